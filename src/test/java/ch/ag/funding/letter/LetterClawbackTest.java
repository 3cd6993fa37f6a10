package ch.ag.funding.letter;

import static ch.ag.funding.letter.LetterExamples.settled;
import static ch.ag.funding.letter.LetterExamples.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.math.BigDecimal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The clawback letter gives the reason, the amount claimed, what was paid and how to pay. */
class LetterClawbackTest {

  private final LetterService letters = LetterExamples.service();

  private static LetterFacts.Settlement claim(String amount) {
    return new LetterFacts.Settlement(null, null, null, new BigDecimal("8000"), BigDecimal.ZERO,
        new BigDecimal(amount), false);
  }

  @Test
  void clawbackGivesTheReasonTheAmountAndThePaymentDetails() throws IOException {
    Letter letter = letters.render(LetterType.CLAWBACK, settled(claim("8000"),
        "Trotz Mahnung haben Sie den Schlussbericht nicht eingereicht. Das Sprachcafé hat gemäss "
            + "Gemeinde Wettingen nie stattgefunden; «Räume» wurden nicht gemietet."));

    String text = text(letter);
    assertThat(letter.fileName()).isEqualTo("Rueckforderung_SI-2026-0042.pdf");
    try (PDDocument document = Loader.loadPDF(letter.pdf())) {
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Rückforderung SI-2026-0042");
    }
    assertThat(text).contains(
        "Rückforderung des Beitrags an Ihr Projekt «Sprachcafé <b>Wettingen</b>»",
        "Aarau, 15. März 2028",
        "Beitrag von CHF 10'000.00 bewilligt und davon bisher CHF 8'000.00 ausbezahlt.",
        "Wir fordern von Ihnen CHF 8'000.00 zurück.",
        "Begründung Trotz Mahnung haben Sie den Schlussbericht nicht eingereicht.",
        "gemäss Gemeinde Wettingen nie stattgefunden; «Räume» wurden nicht gemietet.",
        "Bisher ausbezahlt CHF 8'000.00",
        "Rückforderung CHF 8'000.00",
        "innert 30 Tagen unter Angabe des Aktenzeichens auf das Konto des Kantons",
        "Kontoinhaber Kanton Aargau, Departement Volkswirtschaft und Inneres",
        "IBAN CH00 0000 0000 0000 0000 0",
        "Aktenzeichen SI-2026-0042",
        "Der nicht ausbezahlte Rest des bewilligten Beitrags von CHF 2'000.00 verfällt",
        "Seite 1 von");
    LetterTextAssertions.assertClean(text);
  }

  @Test
  void partialClawbackStatesOnlyThePartClaimed() {
    String text = text(letters.render(LetterType.CLAWBACK, settled(claim("3500"),
        "Der Kurs für Mütter fand nur halb so oft statt wie vereinbart.")));

    assertThat(text).contains("Wir fordern von Ihnen CHF 3'500.00 zurück.",
        "Bitte überweisen Sie den Betrag von CHF 3'500.00 innert 30 Tagen",
        "Der Kurs für Mütter fand nur halb so oft statt wie vereinbart.");
    LetterTextAssertions.assertClean(text);
  }

  @Test
  void clawbackWithoutReasonOrSettlementIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> letters.render(LetterType.CLAWBACK, settled(claim("8000"), null)))
        .withMessageContaining("reason");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> letters.render(LetterType.CLAWBACK, settled(claim("8000"), "  ")))
        .withMessageContaining("reason");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> letters.render(LetterType.CLAWBACK, settled(null, "Kein Bericht.")))
        .withMessageContaining("settlement");
  }

  @Test
  void clawbackOfNothingOrMoreThanWasPaidIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> letters.render(LetterType.CLAWBACK, settled(claim("0"), "Kein Bericht.")))
        .withMessageContaining("SI-2026-0042");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> letters.render(LetterType.CLAWBACK,
            settled(claim("9000"), "Kein Bericht.")))
        .withMessageContaining("at most what was paid");
  }
}

package ch.ag.funding.letter;

import static ch.ag.funding.letter.LetterExamples.reported;
import static ch.ag.funding.letter.LetterExamples.settled;
import static ch.ag.funding.letter.LetterExamples.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The final settlement states the report's figures and the result (domain.md §7, "Money": CHF
 * 10'000 approved, CHF 8'000 advance), or that the office waived the report.
 */
class LetterClosureTest {

  private final LetterService letters = LetterExamples.service();

  @Test
  void acceptedReportLeadsToAFinalPayment() {
    Letter letter = letters.render(LetterType.CLOSURE,
        settled(reported("12000", "3000", "9000", "1000", "0"), null));

    String text = text(letter);
    assertThat(letter.fileName()).isEqualTo("Schlussabrechnung_SI-2026-0042.pdf");
    assertThat(text).contains(
        "Schlussabrechnung zu Ihrem Projekt «Sprachcafé <b>Wettingen</b>»",
        "Aarau, 15. März 2028",
        "Bewilligter Beitrag CHF 10'000.00",
        "Effektive Kosten CHF 12'000.00",
        "Effektive übrige Einnahmen CHF 3'000.00",
        "Definitiver Beitrag CHF 9'000.00",
        "Bereits ausbezahlt CHF 8'000.00",
        "Schlusszahlung CHF 1'000.00",
        "Wir überweisen Ihnen CHF 1'000.00 als Schlusszahlung",
        "Beitrags von CHF 1'000.00 verfällt",
        "Damit ist Ihr Gesuch abgeschlossen. Wir danken Ihnen herzlich für Ihr Projekt",
        "Seite 1 von 1");
    assertThat(text).doesNotContain("zurück", "IBAN", "verzichten");
    LetterTextAssertions.assertClean(text);
  }

  @Test
  void eligibleAmountBelowTheAdvanceIsClaimedBack() {
    String text = text(letters.render(LetterType.CLOSURE,
        settled(reported("9000", "3000", "6000", "0", "2000"), null)));

    assertThat(text).contains(
        "Definitiver Beitrag CHF 6'000.00",
        "Bereits ausbezahlt CHF 8'000.00",
        "Rückforderung CHF 2'000.00",
        "Wir fordern CHF 2'000.00 zurück.",
        "Bitte überweisen Sie den Betrag von CHF 2'000.00 innert 30 Tagen unter Angabe des "
            + "Aktenzeichens auf das Konto des Kantons",
        "Kontoinhaber Kanton Aargau, Departement Volkswirtschaft und Inneres",
        "IBAN CH00 0000 0000 0000 0000 0",
        "Aktenzeichen SI-2026-0042",
        "Wir danken Ihnen herzlich für Ihr Projekt",
        "Seite 1 von");
    assertThat(text).doesNotContain("Wir überweisen Ihnen", "Schlusszahlung CHF",
        "Gesuch abgeschlossen");
    LetterTextAssertions.assertClean(text);
  }

  @Test
  void advanceMatchingTheEligibleAmountEndsWithoutPayment() {
    String text = text(letters.render(LetterType.CLOSURE,
        settled(reported("11000", "3000", "8000", "0", "0"), null)));

    assertThat(text).contains("Definitiver Beitrag CHF 8'000.00",
            "Es erfolgt keine weitere Zahlung, und wir fordern nichts zurück.")
        .doesNotContain("Wir überweisen Ihnen", "IBAN");
    LetterTextAssertions.assertClean(text);
  }

  @Test
  void waivedReportClosesWithoutFiguresOrPayment() {
    String text = text(letters.render(LetterType.CLOSURE, settled(new LetterFacts.Settlement(
        null, null, null, new BigDecimal("8000"), BigDecimal.ZERO, BigDecimal.ZERO, true), null)));

    assertThat(text).contains(
        "Schlussabrechnung zu Ihrem Projekt «Sprachcafé <b>Wettingen</b>»",
        "Wir verzichten auf den Schlussbericht zu Ihrem Projekt «Sprachcafé <b>Wettingen</b>» "
            + "und schliessen das Dossier ohne weitere Zahlung ab.",
        "Bewilligter Beitrag CHF 10'000.00",
        "Bereits ausbezahlt CHF 8'000.00",
        "Der nicht ausbezahlte Rest des bewilligten Beitrags von CHF 2'000.00 verfällt.",
        "Wir danken Ihnen herzlich für Ihr Projekt",
        "Seite 1 von 1");
    assertThat(text).doesNotContain("Effektive", "Definitiver Beitrag", "Schlusszahlung CHF",
        "IBAN", "Wir überweisen Ihnen");
    LetterTextAssertions.assertClean(text);
  }

  @Test
  void closureWithoutSettlementIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> letters.render(LetterType.CLOSURE, settled(null, null)))
        .withMessageContaining("SI-2026-0042");
  }

  @Test
  void settlementThatDoesNotAddUpIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> letters.render(LetterType.CLOSURE,
            settled(reported("12000", "3000", "9000", "2000", "0"), null)))
        .withMessageContaining("does not add up");
  }

  @Test
  void waivedReportWithAPaymentIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> letters.render(LetterType.CLOSURE, settled(new LetterFacts.Settlement(
            null, null, null, new BigDecimal("8000"), new BigDecimal("2000"), BigDecimal.ZERO,
            true), null)))
        .withMessageContaining("waived");
  }
}

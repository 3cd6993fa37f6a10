package ch.ag.funding.letter;

import static ch.ag.funding.letter.LetterExamples.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** What every letter shares: its name, its document info and how it treats applicants' text. */
class LetterServiceTest {

  private final LetterService letters = LetterExamples.service();

  @Test
  void fileNameAndDocumentInfoNameTheLetterAndItsSender() throws IOException {
    Letter letter = letters.render(LetterType.APPROVAL, LetterExamples.approved(
        new BigDecimal("12500"), null, LocalDate.of(2027, 11, 30), LocalDate.of(2028, 2, 29),
        null));

    assertThat(letter.fileName()).isEqualTo("Bewilligung_SI-2026-0042.pdf");
    try (PDDocument document = Loader.loadPDF(letter.pdf())) {
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Bewilligung SI-2026-0042");
      assertThat(document.getDocumentInformation().getAuthor())
          .isEqualTo("Amt für Migration und Integration Kanton Aargau (MIKA)");
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de-CH");
    }
  }

  @Test
  void eachLetterTypeHasItsGermanFileName() {
    assertThat(letters.render(LetterType.REJECTION, LetterExamples.rejected("Kein Bedarf."))
        .fileName()).isEqualTo("Ablehnung_SI-2026-0042.pdf");
    assertThat(letters.render(LetterType.NOT_ENTERED,
        LetterExamples.notEntered(List.of(), null)).fileName())
        .isEqualTo("Nichteintreten_SI-2026-0042.pdf");
    assertThat(letters.render(LetterType.CLOSURE, LetterExamples.settled(
        LetterExamples.reported("12000", "3000", "9000", "1000", "0"), null)).fileName())
        .isEqualTo("Schlussabrechnung_SI-2026-0042.pdf");
  }

  @Test
  void fileNamesStayAsciiWhereTheLabelHasAnUmlaut() {
    for (LetterType type : LetterType.values()) {
      assertThat(type.fileStem()).matches("[A-Za-z]+");
    }
    assertThat(LetterType.CLAWBACK.label()).isEqualTo("Rückforderung");
    assertThat(LetterType.CLAWBACK.fileStem()).isEqualTo("Rueckforderung");
  }

  @Test
  void applicantsTextIsPrintedLiterallyNeverAsMarkup() {
    String reason = "<img src=\"http://example.invalid/x.png\"/> & <script>alert(1)</script> "
        + "[[${7*7}]] ${7*7}";

    String text = text(letters.render(LetterType.REJECTION, LetterExamples.rejected(reason)));

    assertThat(text).contains("Sprachcafé <b>Wettingen</b>",
        "<img src=\"http://example.invalid/x.png\"/> & <script>alert(1)</script>",
        "[[${7*7}]] ${7*7}")
        .doesNotContain("49");
  }
}

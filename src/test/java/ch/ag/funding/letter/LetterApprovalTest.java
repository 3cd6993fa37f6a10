package ch.ag.funding.letter;

import static ch.ag.funding.letter.LetterExamples.approved;
import static ch.ag.funding.letter.LetterExamples.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The approval letter states the amounts, the project and the contract's main terms. */
class LetterApprovalTest {

  private final LetterService letters = LetterExamples.service();

  @Test
  void reducedApprovalStatesBothAmountsTheReasonAndTheTerms() {
    Letter letter = letters.render(LetterType.APPROVAL, approved(new BigDecimal("10000"),
        "Die Raumkosten sind gemäss Richtlinien nur zur Hälfte anrechenbar; «Znüni» für Freiwillige ’zählt’ nicht.",
        LocalDate.of(2027, 11, 30), LocalDate.of(2028, 2, 29), null));

    String text = text(letter);
    assertThat(text).contains(
        "Bewilligung Ihres Gesuchs «Sprachcafé <b>Wettingen</b>»",
        "Gesuch SI-2026-0042",
        "Aarau, 24. November 2026",
        "CHF 12'500.00",
        "CHF 10'000.00",
        "01.02.2027 bis 30.11.2027",
        "tiefer als der beantragte Beitrag",
        "Die Raumkosten sind gemäss Richtlinien nur zur Hälfte anrechenbar",
        "«Znüni» für Freiwillige ’zählt’ nicht.",
        "Regionale Integrationsfachstelle Baden",
        "80 % des bewilligten Beitrags aus, also CHF 8'000.00",
        "innert 30 Tagen",
        "29.02.2028",
        "Freundliche Grüsse",
        "Seite 1 von 1");
    assertThat(text).doesNotContain("Zwischenbericht");
    LetterTextAssertions.assertClean(text);
  }

  @Test
  void fullApprovalSaysNothingAboutAReduction() {
    String text = text(letters.render(LetterType.APPROVAL, approved(new BigDecimal("12500"), null,
        LocalDate.of(2027, 11, 30), LocalDate.of(2028, 2, 29), null)));

    assertThat(text).contains("CHF 12'500.00", "CHF 10'000.00")
        .doesNotContain("tiefer als", "Begründung", "Bemerkung");
  }

  @Test
  void projectRunningPastTheYearEndOwesAnInterimReport() {
    String text = text(letters.render(LetterType.APPROVAL, approved(new BigDecimal("10000"), null,
        LocalDate.of(2028, 3, 31), LocalDate.of(2028, 6, 30), LocalDate.of(2028, 2, 28))));

    assertThat(text).contains("Zwischenbericht", "bis 28.02.2028", "bis 30.06.2028",
        "01.02.2027 bis 31.03.2028");
    LetterTextAssertions.assertClean(text);
  }

  @Test
  void approvalWithoutTermsIsRefused() {
    LetterFacts withoutTerms = LetterExamples.facts();

    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> letters.render(LetterType.APPROVAL, withoutTerms))
        .withMessageContaining("SI-2026-0042");
  }
}

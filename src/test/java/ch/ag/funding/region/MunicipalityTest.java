package ch.ag.funding.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityTest {

  private static final Municipality BUCHS =
      new Municipality(4003, "Buchs (AG)", "Bezirk Aarau", null, null);
  private static final Municipality BEINWIL_FREIAMT =
      new Municipality(4224, "Beinwil (Freiamt)", "Bezirk Muri", null, null);
  private static final Municipality AARAU =
      new Municipality(4001, "Aarau", "Bezirk Aarau", null, null);

  private static Municipality existing(String from, String to) {
    return new Municipality(4999, "Musterdorf", "Bezirk Aarau",
        from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
  }

  // --- isCalled ----------------------------------------------------------------------------------

  @Test
  void isCalledByItsOfficialName() {
    assertThat(BUCHS.isCalled("Buchs (AG)")).isTrue();
    assertThat(BEINWIL_FREIAMT.isCalled("Beinwil (Freiamt)")).isTrue();
    assertThat(AARAU.isCalled("Aarau")).isTrue();
  }

  @Test
  void isCalledByTheShortFormWithoutCantonSuffix() {
    assertThat(BUCHS.isCalled("Buchs")).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {" Buchs", "Buchs ", "  Buchs  ", "\tBuchs (AG)\n", " Buchs (AG) "})
  void surroundingWhitespaceIsIgnored(String name) {
    assertThat(BUCHS.isCalled(name)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"buchs", "BUCHS", "buchs (ag)", "Buchs (ag)", "Buchs AG", "Buchs(AG)",
      "Buchs  (AG)", "Buchs (ZH)", "Buch", "Buchs (AG) Dorf", "B", "", "   "})
  void nothingLooserThanOfficialNameOrShortFormMatches(String name) {
    assertThat(BUCHS.isCalled(name)).isFalse();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Beinwil", "Beinwil am See", "Beinwil (AG)", "Beinwil Freiamt",
      "beinwil (freiamt)"})
  void onlyTheCantonSuffixMayBeLeftOut(String name) {
    assertThat(BEINWIL_FREIAMT.isCalled(name)).isFalse();
  }

  @Test
  void aNameWithoutSuffixIsNotCalledWithAnAddedSuffix() {
    assertThat(AARAU.isCalled("Aarau (AG)")).isFalse();
  }

  // --- existsOn ----------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1848-01-01", "2023-01-01", "2026-03-01", "2999-12-31"})
  void withoutBoundsItAlwaysExists(LocalDate date) {
    assertThat(existing(null, null).existsOn(date)).isTrue();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "1900-01-01, true",
      "2025-12-30, true",
      "2025-12-31, true",
      "2026-01-01, false",
      "2030-01-01, false"})
  void withOnlyAnEndItExistsUntilAndIncludingTheEndDay(LocalDate date, boolean exists) {
    assertThat(existing(null, "2025-12-31").existsOn(date)).isEqualTo(exists);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "2000-01-01, false",
      "2025-12-31, false",
      "2026-01-01, true",
      "2026-01-02, true",
      "2999-12-31, true"})
  void withOnlyAStartItExistsFromAndIncludingTheStartDay(LocalDate date, boolean exists) {
    assertThat(existing("2026-01-01", null).existsOn(date)).isEqualTo(exists);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "2022-12-31, false",
      "2023-01-01, true",
      "2024-06-15, true",
      "2025-12-31, true",
      "2026-01-01, false"})
  void withBothBoundsItExistsBetweenThemBothIncluded(LocalDate date, boolean exists) {
    assertThat(existing("2023-01-01", "2025-12-31").existsOn(date)).isEqualTo(exists);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "2025-12-31, false",
      "2026-01-01, true",
      "2026-01-02, false"})
  void aSingleDayPeriodHoldsOnThatDayOnly(LocalDate date, boolean exists) {
    assertThat(existing("2026-01-01", "2026-01-01").existsOn(date)).isEqualTo(exists);
  }
}

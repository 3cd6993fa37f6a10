package ch.ag.funding.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwissFormatTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      12500      | CHF 12'500.00
      0          | CHF 0.00
      0.5        | CHF 0.50
      999.99     | CHF 999.99
      1000       | CHF 1'000.00
      1234567.89 | CHF 1'234'567.89
      0.005      | CHF 0.01
      12500.004  | CHF 12'500.00
      -1500.5    | CHF -1'500.50
      """)
  void amountsAreWrittenInFrancsWithApostrophesAndTwoDecimals(String amount, String expected) {
    assertThat(SwissFormat.chf(new BigDecimal(amount))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "2026-03-01, 01.03.2026",
      "2026-12-31, 31.12.2026",
      "2028-02-29, 29.02.2028"})
  void datesAreWrittenDayMonthYear(LocalDate date, String expected) {
    assertThat(SwissFormat.date(date)).isEqualTo(expected);
  }

  @Test
  void formatDoesNotDependOnTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("de-DE"));
      assertThat(SwissFormat.chf(new BigDecimal("12500"))).isEqualTo("CHF 12'500.00");
      Locale.setDefault(Locale.forLanguageTag("fr-CH"));
      assertThat(SwissFormat.chf(new BigDecimal("12500"))).isEqualTo("CHF 12'500.00");
      assertThat(SwissFormat.date(LocalDate.of(2026, 3, 1))).isEqualTo("01.03.2026");
    } finally {
      Locale.setDefault(before);
    }
  }
}

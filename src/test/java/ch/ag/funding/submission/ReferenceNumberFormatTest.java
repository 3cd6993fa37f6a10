package ch.ag.funding.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceNumberFormatTest {

  @ParameterizedTest
  @CsvSource({
      "2026, 1, SI-2026-0001",
      "2026, 42, SI-2026-0042",
      "2026, 9999, SI-2026-9999",
      "2026, 10000, SI-2026-10000",
      "2026, 12345, SI-2026-12345",
      "2027, 7, SI-2027-0007"})
  void referenceIsYearAndSequencePaddedToAtLeastFourDigits(int year, long sequence,
      String expected) {
    assertThat(ReferenceNumberService.format(year, sequence)).isEqualTo(expected);
  }
}

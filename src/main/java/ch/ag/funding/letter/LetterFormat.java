package ch.ag.funding.letter;

import ch.ag.funding.system.SwissFormat;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The project's Swiss formats, offered to the letter templates as {@code ${format}}: the
 * templates write {@code ${format.chf(facts.approvedAmount)}} and every letter shows amounts and
 * dates the way the rest of the application does.
 */
final class LetterFormat {

  public String chf(BigDecimal amount) {
    return SwissFormat.chf(amount);
  }

  public String date(LocalDate date) {
    return SwissFormat.date(date);
  }

  public String longDate(LocalDate date) {
    return SwissFormat.longDate(date);
  }
}

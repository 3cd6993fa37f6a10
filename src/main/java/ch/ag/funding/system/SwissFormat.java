package ch.ag.funding.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Amounts and dates as Swiss readers expect them: {@code CHF 12'500.00}, {@code 31.12.2026}. */
public final class SwissFormat {

  /** The canton's time zone: dates such as the submission date are Swiss local dates. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Zurich");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("de-CH"));

  private SwissFormat() {}

  public static String chf(BigDecimal amount) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setGroupingSeparator('\'');
    symbols.setDecimalSeparator('.');
    DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
    return "CHF " + format.format(amount.setScale(2, RoundingMode.HALF_UP));
  }

  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** The date as a letter writes it beside the place: {@code 24. November 2026}. */
  public static String longDate(LocalDate date) {
    return LONG_DATE.format(date);
  }
}

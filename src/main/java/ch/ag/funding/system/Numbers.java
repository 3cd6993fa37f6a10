package ch.ag.funding.system;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Numbers as forms and clients send them (Integer, Long, Double, BigDecimal …), as decimals. */
public final class Numbers {

  private Numbers() {}

  /** The value as a decimal, or null when it is no number (text, NaN, infinity …). */
  public static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof BigInteger big) {
      return new BigDecimal(big);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      return Double.isFinite(number) ? BigDecimal.valueOf(number) : null;
    }
    return null;
  }
}

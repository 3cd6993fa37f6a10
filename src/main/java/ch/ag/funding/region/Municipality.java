package ch.ag.funding.region;

import java.time.LocalDate;

/**
 * A municipality of the canton, keyed by its BFS number.
 *
 * @param validFrom since when it exists ({@code null}: always)
 * @param validTo until when it exists, e.g. the day before a merger ({@code null}: still)
 */
public record Municipality(int bfsNumber, String name, String district, LocalDate validFrom,
    LocalDate validTo) {

  private static final String CANTON_SUFFIX = " (AG)";

  /** Whether it existed on that day. */
  public boolean existsOn(LocalDate date) {
    return Validity.covers(validFrom, validTo, date);
  }

  /** A name as typed: trimmed, also of non-breaking spaces pasted from web pages. */
  public static String normalise(String name) {
    return name == null ? "" : name.replace('\u00a0', ' ').strip();
  }

  /** The official name, or its short form without " (AG)", after trimming; nothing looser. */
  public boolean isCalled(String someName) {
    String candidate = normalise(someName);
    return name.equals(candidate)
        || name.endsWith(CANTON_SUFFIX)
        && name.substring(0, name.length() - CANTON_SUFFIX.length()).equals(candidate);
  }
}

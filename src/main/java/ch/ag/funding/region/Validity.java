package ch.ag.funding.region;

import java.time.LocalDate;

/** Validity periods with inclusive bounds; a missing bound is open. */
final class Validity {

  private Validity() {}

  static boolean covers(LocalDate from, LocalDate to, LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}

package ch.ag.funding.region;

import java.time.LocalDate;

/** A municipality belongs to a RIF's perimeter from {@code validFrom} until {@code validTo}. */
public record Membership(String regionId, int bfsNumber, LocalDate validFrom, LocalDate validTo) {

  public boolean validOn(LocalDate date) {
    return Validity.covers(validFrom, validTo, date);
  }
}

package ch.ag.funding.region;

import java.util.List;

/**
 * Who is responsible for an application, and why (German, for the caseworker).
 *
 * @param office a RIF id or {@link #CANTON}
 * @param warnings what the caseworker should check, e.g. an unknown municipality
 */
public record Responsibility(String office, String reason, List<String> warnings) {

  public static final String CANTON = "canton-mika";

  public boolean isCanton() {
    return CANTON.equals(office);
  }
}

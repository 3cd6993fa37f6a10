package ch.ag.funding.submission;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Application input as the portal or a form would submit it. */
public final class TestApplications {

  private TestApplications() {}

  /**
   * A valid application, formally complete: the project starts on the first day of the month
   * three months from today (more than six weeks ahead) and runs ten months.
   */
  public static Map<String, Object> valid() {
    LocalDate start = LocalDate.now().plusMonths(3).withDayOfMonth(1);
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("organisationName", "Verein Sprachbrücke");
    input.put("organisationType", "VEREIN");
    input.put("contactName", "Anna Muster");
    input.put("contactEmail", "anna.muster@example.ch");
    input.put("contactPhone", "056 123 45 67");
    input.put("iban", "CH93 0076 2011 6238 5295 7");
    input.put("projectTitle", "Sprachcafé Wettingen");
    input.put("projectDescription", "Ein wöchentlicher Treffpunkt zum Deutschsprechen.");
    input.put("offerType", "KONVERSATION");
    input.put("targetGroup", "Zugewanderte Erwachsene");
    input.put("expectedParticipants", 40);
    input.put("volunteerCount", 6);
    input.put("municipalities", List.of("Wettingen"));
    input.put("supraRegional", false);
    input.put("projectStart", start.toString());
    input.put("projectEnd", start.plusMonths(10).minusDays(1).toString());
    input.put("totalCost", 20000);
    input.put("ownContribution", 5000);
    input.put("thirdPartyFunding", 3000);
    input.put("municipalityContribution", 2000);
    input.put("requestedAmount", 10000);
    input.put("fundingSource", "KIP");
    input.put("exclusionsConfirmed", true);
    return input;
  }

  /** A valid small project: CHF 4,000 requested, which the RIF decides alone. */
  public static Map<String, Object> small() {
    Map<String, Object> input = valid();
    input.put("totalCost", 10000);
    input.put("ownContribution", 3000);
    input.put("thirdPartyFunding", 2000);
    input.put("municipalityContribution", 1000);
    input.put("requestedAmount", 4000);
    return input;
  }

  /** Well-formed, but the financing plan does not balance: the formal check finds a problem. */
  public static Map<String, Object> unbalanced() {
    Map<String, Object> input = valid();
    input.put("totalCost", 25000);
    return input;
  }

  public static Map<String, Object> with(Map<String, Object> input, String field, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(input);
    changed.put(field, value);
    return changed;
  }
}

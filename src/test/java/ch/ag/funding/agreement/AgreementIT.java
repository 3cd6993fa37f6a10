package ch.ag.funding.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.CaseDriver.Case;
import ch.ag.funding.Http;
import ch.ag.funding.PostgresIntegrationTest;
import ch.ag.funding.submission.TestApplications;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The agreement phase on PostgreSQL with the real services: accepted in the portal or recorded
 * from paper by staff, the advance is booked and its payment exported; not accepted in time,
 * the case is withdrawn and its reservation released.
 */
class AgreementIT extends PostgresIntegrationTest {

  @Autowired
  private HistoryService historyService;
  @Autowired
  private JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static void moveClock(Duration by) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
  }

  /** A small Wettingen project approved by RIF Baden: waiting for the agreement. */
  private Case approvedSmallProject() {
    Case approved = driver().submit(TestApplications.small());
    driver().complete("rif-baden-demo", approved, Map.of("rifDecision", "APPROVE"));
    driver().runDueJobs(approved);
    return approved;
  }

  @Test
  void anAgreementAcceptedInThePortalBooksTheAdvanceAndFinanceExportsItsPayment() {
    Case approved = approvedSmallProject();
    assertThat(http().page(approved.statusPath()).body())
        .contains("Leistungsvereinbarung annehmen");
    JsonNode open = http().get(approved.statusPath() + "/aufgabe").json();
    assertThat(open.get("taskKey").asText()).isEqualTo("acceptAgreement");
    assertThat(open.get("data").get("advanceAmount").asDouble()).isEqualTo(3200.0);
    String taskId = open.get("taskId").asText();

    Http.Response unconfirmed = http().post(approved.statusPath() + "/aufgabe/" + taskId,
        Map.of("agreementAccepted", false, "agreementSignedBy", "Anna Muster"));
    assertThat(unconfirmed.status()).isEqualTo(400);
    assertThat(unconfirmed.body()).contains("Leistungsvereinbarung annehmen");
    assertThat(driver().bookings(approved)).containsExactly("RESERVATION");

    Http.Response accepted = http().post(approved.statusPath() + "/aufgabe/" + taskId,
        Map.of("agreementAccepted", true, "agreementSignedBy", "Anna Muster"));
    assertThat(accepted.status()).as(accepted.body()).isBetween(200, 204);
    assertThat(driver().bookings(approved)).containsExactly("RESERVATION", "ADVANCE_PAYMENT");
    driver().runDueJobs(approved);

    assertThat(driver().variable(approved, "agreementRecordedBy")).isEqualTo("Gesuchsteller");
    assertThat(historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(approved.processInstanceId()).activityId("submitReport").unfinished()
        .count()).as("the case waits for its report").isEqualTo(1);
    Http.Response export = http().as("admin", "demo").post("/api/admin/payment-exports",
        Map.of());
    assertThat(export.status()).as(export.body()).isEqualTo(200);
    assertThat(export.header("Content-Type")).startsWith("text/csv");
    assertThat(export.body()).startsWith("Referenz;Zahlungsart;Betrag;Waehrung;Empfaenger;IBAN;")
        .contains(approved.reference() + ";ADVANCE;3200.00;CHF;Verein Sprachbrücke;"
            + "CH9300762011623852957;Vorauszahlung " + approved.reference()
            + " Sprachcafé Wettingen;");
    Http.Response again = http().as("admin", "demo").post("/api/admin/payment-exports",
        Map.of());
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("message").asText()).contains("keine offenen Zahlungsaufträge");
    assertThat(http().as("canton-demo", "demo").post("/api/admin/payment-exports", Map.of())
        .status()).isEqualTo(403);
  }

  @Test
  void aPaperAgreementIsRecordedByTheRifAndAnIncompleteOneIsRefused() {
    Case approved = approvedSmallProject();

    Http.Response unsigned = driver().tryComplete("rif-baden-demo", approved,
        Map.of("agreementAccepted", true));
    assertThat(unsigned.status()).isEqualTo(400);
    assertThat(unsigned.json().get("message").asText()).contains("Namen der Person");
    Http.Response recorded = driver().tryComplete("rif-baden-demo", approved, Map.of(
        "agreementAccepted", true, "agreementSignedBy", "Anna Muster",
        "agreementNote", "Unterschriebener Vertrag vom 1. Dezember"));

    assertThat(recorded.status()).as(recorded.body()).isEqualTo(204);
    assertThat(driver().variable(approved, "agreementRecordedBy")).isEqualTo("rif-baden-demo");
    assertThat(driver().bookings(approved)).containsExactly("RESERVATION", "ADVANCE_PAYMENT");
  }

  @Test
  void anAgreementNotAcceptedInTimeWithdrawsTheCaseAndReleasesItsReservation() {
    Case approved = approvedSmallProject();

    moveClock(Duration.ofDays(24));
    driver().runDueJobs(approved); // the reminder, a week before the deadline
    moveClock(Duration.ofDays(7));
    driver().runDueJobs(approved);

    assertThat(driver().variable(approved, "outcome")).isEqualTo("WITHDRAWN");
    assertThat(driver().bookings(approved)).containsExactly("RESERVATION", "RELEASE");
    assertThat(jdbc.queryForList("select purpose from mail_outbox where reference = ?"
        + " order by id", String.class, approved.reference()))
        .contains("AGREEMENT_REMINDER", "WITHDRAWAL");
    assertThat(http().page(approved.statusPath()).body()).contains("Gesuch zurückgezogen");
  }
}

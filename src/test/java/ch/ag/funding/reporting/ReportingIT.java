package ch.ag.funding.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.CaseDriver.Case;
import ch.ag.funding.Http;
import ch.ag.funding.PostgresIntegrationTest;
import ch.ag.funding.submission.TestApplications;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A funded project from the agreement to its closure on PostgreSQL with the real services: the
 * applicant accepts and reports in the portal, the office reviews in the engine's REST API (as
 * Tasklist does), the ledger, the payment export, the letter and the mails follow.
 */
class ReportingIT extends PostgresIntegrationTest {

  @Autowired
  private ManagementService managementService;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** A small Wettingen project, approved and its agreement accepted: the final report is due. */
  private Case waitingForTheReport() {
    Case funded = driver().submit(TestApplications.small());
    driver().complete("rif-baden-demo", funded, Map.of("rifDecision", "APPROVE"));
    driver().runJobs(funded);
    driver().answer(funded, Map.of("agreementAccepted", true, "agreementSignedBy", "Anna Muster"));
    driver().runJobs(funded);
    return funded;
  }

  @Test
  void aProjectReportedInThePortalAndAcceptedIsSettledPaidAndClosed() {
    Case funded = waitingForTheReport();
    JsonNode open = http().get(funded.statusPath() + "/aufgabe").json();
    assertThat(open.get("taskKey").asText()).isEqualTo("submitReport");
    assertThat(open.get("data").get("reportKindLabel").asText()).isEqualTo("Schlussbericht");
    assertThat(open.get("data").has("caseBudgetSummary")).as("internal: not for the applicant")
        .isFalse();
    assertThat(http().page(funded.statusPath()).body()).contains("Bericht einreichen");

    Http.Response incomplete = http().post(funded.statusPath() + "/aufgabe/"
        + open.get("taskId").asText(), Map.of("reportActivities", "Treffen"));
    assertThat(incomplete.status()).isEqualTo(400);
    driver().answer(funded, Map.of("reportActivities", "40 Treffen im Gemeinschaftsraum.",
        "reportParticipants", 48, "reportVolunteers", 6, "actualCosts", 10000,
        "actualIncome", 5000));
    driver().runJobs(funded);
    assertThat((String) driver().variable(funded, "settlementPreview")).contains("Schlusszahlung"
        + " CHF 800.00");
    String reviewTask = http().as("rif-baden-demo", "demo").get(
        "/engine-rest/task?processInstanceBusinessKey=" + funded.reference()).json().get(0)
        .get("id").asText();
    assertThat(http().as("rif-baden-demo", "demo").get("/engine-rest/task/" + reviewTask
        + "/form-variables?variableNames=caseBudgetSummary").json().get("caseBudgetSummary")
        .get("value").asText())
        .startsWith("Bewilligt CHF 4'000.00, ausbezahlt CHF 3'200.00, noch reserviert"
            + " CHF 800.00. Budget Fachstelle Integration Region Baden")
        .contains("davon verfügbar CHF ");
    driver().complete("rif-baden-demo", funded, Map.of("reportReview", "ACCEPT"));
    driver().runJobs(funded);

    assertThat(driver().variable(funded, "outcome")).isEqualTo("CLOSED");
    assertThat(driver().bookings(funded)).containsExactly("RESERVATION", "ADVANCE_PAYMENT",
        "FINAL_PAYMENT");
    JsonNode budgets = http().as("canton-demo", "demo").get("/api/cases/" + funded.reference()
        + "/ledger").json();
    assertThat(budgets.toString()).contains("800");
    assertThat(http().as("rif-baden-demo", "demo").get("/api/cases/" + funded.reference()
        + "/documents").json().findValuesAsText("fileName"))
        .contains("Schlussabrechnung_" + funded.reference() + ".pdf");
    assertThat(jdbc.queryForList("select kind from payment_instruction where reference = ?"
        + " order by id", String.class, funded.reference())).containsExactly("ADVANCE", "FINAL");
    assertThat(jdbc.queryForList("select purpose from mail_outbox where reference = ?"
        + " order by id", String.class, funded.reference()))
        .containsSubsequence("APPROVAL", "REPORT_RECEIVED", "SETTLEMENT");
    assertThat(http().page(funded.statusPath()).body()).contains("Projekt abgeschlossen");
  }

  @Test
  void costsBelowTheAdvanceAreClaimedBackAndFinanceRecordsTheRepayment() {
    Case funded = waitingForTheReport();
    driver().answer(funded, Map.of("reportActivities", "Nur 10 Treffen.", "reportParticipants", 12,
        "reportVolunteers", 2, "actualCosts", 3000, "actualIncome", 1000));
    driver().runJobs(funded);
    driver().complete("rif-baden-demo", funded, Map.of("reportReview", "ACCEPT"));
    driver().runJobs(funded);
    assertThat(driver().bookings(funded)).containsExactly("RESERVATION", "ADVANCE_PAYMENT", "RELEASE",
        "REPAYMENT_CLAIM");
    String path = "/api/admin/cases/" + funded.reference() + "/repayments";

    Http.Response tooMuch = http().as("admin", "demo").post(path,
        Map.of("amount", 1300, "paymentReference", "Bank 4711"));
    Http.Response notAdmin = http().as("canton-demo", "demo").post(path,
        Map.of("amount", 1200, "paymentReference", "Bank 4711"));
    Http.Response paid = http().as("admin", "demo").post(path,
        Map.of("amount", 1200, "paymentReference", "Bank 4711"));
    Http.Response again = http().as("admin", "demo").post(path,
        Map.of("amount", 1200, "paymentReference", "Bank 4711"));

    assertThat(tooMuch.status()).isEqualTo(400);
    assertThat(tooMuch.json().get("message").asText()).contains("übersteigt");
    assertThat(notAdmin.status()).isEqualTo(403);
    assertThat(paid.status()).as(paid.body()).isEqualTo(201);
    assertThat(again.json().get("id")).as("recorded once").isEqualTo(paid.json().get("id"));
    assertThat(driver().bookings(funded)).containsExactly("RESERVATION", "ADVANCE_PAYMENT", "RELEASE",
        "REPAYMENT_CLAIM", "REPAYMENT_RECEIVED");
    assertThat(driver().variable(funded, "outcome")).isEqualTo("CLOSED");
  }

  @Test
  void theOfficeChangesTheProjectEndAndTheDeadlineMoves() {
    Case funded = waitingForTheReport();
    String end = (String) TestApplications.small().get("projectEnd");
    String moved = java.time.LocalDate.parse(end).plusMonths(2).toString();
    String path = "/api/cases/" + funded.reference() + "/project-end";

    Http.Response badDate = http().as("rif-baden-demo", "demo").put(path,
        Map.of("projectEnd", "bald", "reason", "Verzögerung"));
    Http.Response noReason = http().as("rif-baden-demo", "demo").put(path,
        Map.of("projectEnd", moved));
    Http.Response manager = http().as("manager-demo", "demo").put(path,
        Map.of("projectEnd", moved, "reason", "Verzögerung"));
    Http.Response otherRegion = http().as("rif-aarau-demo", "demo").put(path,
        Map.of("projectEnd", moved, "reason", "Verzögerung"));
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.json().get("message").asText()).contains("JJJJ-MM-TT");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(manager.status()).isEqualTo(403);
    assertThat(otherRegion.status()).isEqualTo(403);
    assertThat(driver().variable(funded, "projectEnd")).isEqualTo(end);

    Http.Response changed = http().as("rif-baden-demo", "demo").put(path,
        Map.of("projectEnd", moved, "reason", "Die Räume waren zwei Monate geschlossen."));

    assertThat(changed.status()).as(changed.body()).isEqualTo(204);
    assertThat(driver().variable(funded, "projectEnd")).isEqualTo(moved);
    assertThat(driver().variable(funded, "projectEndChangedBy")).isEqualTo("rif-baden-demo");
    assertThat(runtimeService.getVariable(funded.processInstanceId(), "reportDueDate"))
        .isNotEqualTo(java.time.LocalDate.parse(end).plusMonths(3).toString());
    assertThat(managementService.createJobQuery().processInstanceId(funded.processInstanceId())
        .timers().activityId("Event_ReportOverdue").count()).isEqualTo(1);
  }

  @Test
  void theProjectEndCannotChangeWhenNoReportIsAwaited() {
    Http.Response submitted = http().post("/api/applications", TestApplications.small());
    String reference = submitted.json().get("reference").asText();

    Http.Response refused = http().as("rif-baden-demo", "demo").put("/api/cases/" + reference
        + "/project-end", Map.of("projectEnd", "2027-12-31", "reason", "Verzögerung"));

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("message").asText()).contains("solange ein Bericht aussteht");
  }
}

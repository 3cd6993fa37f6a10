package ch.ag.funding.decision;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.Http;
import ch.ag.funding.PostgresIntegrationTest;
import ch.ag.funding.submission.TestApplications;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The decision phase on PostgreSQL with the real services, driven as the demo users drive it:
 * through the engine's REST API (as Tasklist does) with their own passwords and authorizations.
 */
class DecisionIT extends PostgresIntegrationTest {

  // The tests share one database: together they reserve less than RIF Baden's demo budget.

  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private HistoryService historyService;
  @Autowired
  private ManagementService managementService;

  private String submit(Map<String, Object> application) {
    Http.Response response = http().post("/api/applications", application);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("reference").asText();
  }

  private static Map<String, Object> project(int requested, String... municipalities) {
    Map<String, Object> input = TestApplications.valid();
    int total = requested * 2;
    input.put("totalCost", total);
    input.put("ownContribution", total - requested - 1000);
    input.put("thirdPartyFunding", 500);
    input.put("municipalityContribution", 500);
    input.put("requestedAmount", requested);
    input.put("municipalities", List.of(municipalities));
    return input;
  }

  private Http as(String user) {
    return http().as(user, "demo");
  }

  /** The user's open tasks of a case, as Tasklist lists them. */
  private JsonNode tasks(String user, String reference) {
    Http.Response response = as(user).get("/engine-rest/task?processInstanceBusinessKey="
        + reference);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private String taskId(String user, String reference, String key) {
    JsonNode tasks = tasks(user, reference);
    assertThat(tasks).as("tasks of %s for %s", user, reference).hasSize(1);
    assertThat(tasks.get(0).get("taskDefinitionKey").asText()).isEqualTo(key);
    return tasks.get(0).get("id").asText();
  }

  private Http.Response complete(String user, String taskId, Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return as(user).post("/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", variables));
  }

  private Object variable(String reference, String name) {
    var instance = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(reference).singleResult();
    var variable = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult();
    return variable == null ? null : variable.getValue();
  }

  private void runJobs(String reference) {
    var instance = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(reference).singleResult();
    // jobs lead to jobs (the letter, then the notice to the canton)
    for (int round = 0; round < 5; round++) {
      for (Job job : managementService.createJobQuery().processInstanceId(instance.getId())
          .executable().list()) {
        managementService.executeJob(job.getId());
      }
    }
  }

  /** Approved: the case goes on to the applicant's agreement. */
  private boolean waitsForTheAgreement(String reference) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .activityIdIn("acceptAgreement").count() == 1;
  }

  @Test
  void smallWettingenProjectIsApprovedByRifBadenAloneAndReserved() {
    String reference = submit(project(4000, "Wettingen"));

    assertThat(tasks("rif-aarau-demo", reference)).isEmpty();
    assertThat(tasks("canton-demo", reference)).isEmpty();
    String taskId = taskId("rif-baden-demo", reference, "rifPreDecision");
    assertThat(tasks("rif-baden-demo", reference).get(0).get("name").asText())
        .isEqualTo("Vorentscheid " + reference + ": Sprachcafé Wettingen");
    assertThat(tasks("rif-baden-demo", reference).get(0).get("due").asText()).isNotEmpty();

    Http.Response claimed = as("rif-baden-demo").post("/engine-rest/task/" + taskId + "/claim",
        Map.of("userId", "rif-baden-demo"));
    assertThat(claimed.status()).as(claimed.body()).isEqualTo(204);
    Http.Response completed = complete("rif-baden-demo", taskId, Map.of("rifDecision", "APPROVE"));
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);

    assertThat(variable(reference, "outcome")).isEqualTo("APPROVED");
    assertThat(variable(reference, "approvedAmount")).isEqualTo(4000.0);
    assertThat(variable(reference, "rifDecidedBy")).isEqualTo("rif-baden-demo");
    JsonNode ledger = as("canton-demo").get("/api/cases/" + reference + "/ledger").json();
    assertThat(ledger.toString()).contains("RESERVATION").contains("4000");
    assertThat(tasks("canton-demo", reference)).isEmpty();
    runJobs(reference); // the canton is informed in a job of its own
    assertThat(waitsForTheAgreement(reference)).isTrue();
  }

  @Test
  void largerWettingenProjectGoesToTheCantonAfterRifBaden() {
    String reference = submit(project(20000, "Wettingen"));
    complete("rif-baden-demo", taskId("rif-baden-demo", reference, "rifPreDecision"),
        Map.of("rifDecision", "APPROVE"));

    String taskId = taskId("canton-demo", reference, "cantonDecision");
    assertThat(tasks("rif-baden-demo", reference)).isEmpty();
    assertThat(tasks("rif-aarau-demo", reference)).isEmpty();
    Http.Response completed = complete("canton-demo", taskId,
        Map.of("cantonDecision", "APPROVED", "approvedAmount", 12000));

    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
    runJobs(reference); // the approval letter is produced in a job of its own
    assertThat(waitsForTheAgreement(reference)).as("at %s, refusal %s", runtimeService
        .createProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
        .map(i -> runtimeService.getActiveActivityIds(i.getId())).toList(),
        variable(reference, "reservationRefusal")).isTrue();
    assertThat(variable(reference, "outcome")).isEqualTo("APPROVED");
    assertThat(variable(reference, "cantonDecidedBy")).isEqualTo("canton-demo");
    assertThat(as("canton-demo").get("/api/cases/" + reference + "/ledger").body())
        .contains("12000");
  }

  @Test
  void spreitenbachAndSupraRegionalProjectsGoStraightToTheCanton() {
    String outside = submit(project(20000, "Spreitenbach"));
    Map<String, Object> supraRegional = project(20000, "Aarau", "Baden");
    supraRegional.put("supraRegional", true);
    String both = submit(supraRegional);

    for (String reference : List.of(outside, both)) {
      taskId("canton-demo", reference, "cantonDecision");
      assertThat(tasks("rif-baden-demo", reference)).isEmpty();
      assertThat(tasks("rif-aarau-demo", reference)).isEmpty();
      assertThat(variable(reference, "responsibleOffice")).isEqualTo("canton-mika");
    }
  }

  @Test
  void anotherRifCannotSeeClaimReadOrCompleteTheTask() {
    String reference = submit(project(4000, "Wettingen"));
    String taskId = taskId("rif-baden-demo", reference, "rifPreDecision");

    assertThat(as("rif-aarau-demo").get("/engine-rest/task/" + taskId).status())
        .isIn(403, 404);
    assertThat(as("rif-aarau-demo").get("/engine-rest/task/" + taskId + "/variables").status())
        .isIn(403, 404);
    assertThat(as("rif-aarau-demo").get("/engine-rest/task/" + taskId + "/form-variables")
        .status()).isIn(403, 404);
    assertThat(as("rif-aarau-demo").post("/engine-rest/task/" + taskId + "/claim",
        Map.of("userId", "rif-aarau-demo")).status()).isIn(403, 404);
    assertThat(complete("rif-aarau-demo", taskId, Map.of("rifDecision", "APPROVE")).status())
        .isIn(403, 404);
    assertThat(complete("manager-demo", taskId, Map.of("rifDecision", "APPROVE")).status())
        .isIn(403, 404);
    assertThat(complete("canton-demo", taskId, Map.of("rifDecision", "APPROVE")).status())
        .isIn(403, 404);
    assertThat(as("rif-aarau-demo").get("/api/cases/" + reference + "/ledger").status())
        .isIn(403, 404);

    assertThat(taskId("rif-baden-demo", reference, "rifPreDecision")).isEqualTo(taskId);
    assertThat(variable(reference, "rifDecision")).isNull();
  }

  @Test
  void managerCanReadButCompleteNothing() {
    String reference = submit(project(20000, "Spreitenbach"));
    String taskId = taskId("canton-demo", reference, "cantonDecision");

    assertThat(tasks("manager-demo", reference)).hasSize(1);
    Http.Response completed = complete("manager-demo", taskId,
        Map.of("cantonDecision", "REJECTED", "cantonReason", "Nein."));

    assertThat(completed.status()).isIn(403, 404);
    assertThat(taskId("canton-demo", reference, "cantonDecision")).isEqualTo(taskId);
  }

  @Test
  void incompleteDecisionsAreRefusedWithGermanMessagesAndChangeNothing() {
    String reference = submit(project(20000, "Wettingen"));
    String taskId = taskId("rif-baden-demo", reference, "rifPreDecision");

    Http.Response missing = complete("rif-baden-demo", taskId, Map.of());
    Http.Response noReason = complete("rif-baden-demo", taskId, Map.of("rifDecision", "REJECT"));
    Http.Response tooMuch = complete("rif-baden-demo", taskId, Map.of(
        "rifDecision", "APPROVE_REDUCED", "rifAmount", 25000, "rifReason", "Kürzung"));

    assertThat(missing.status()).as(missing.body()).isEqualTo(400);
    assertThat(missing.json().get("message").asText()).contains("Bitte wählen Sie einen");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().get("message").asText())
        .contains("Bitte begründen Sie die Ablehnung.");
    assertThat(tooMuch.status()).isEqualTo(400);
    assertThat(tooMuch.json().get("message").asText()).contains("nicht übersteigen");
    assertThat(taskId("rif-baden-demo", reference, "rifPreDecision")).isEqualTo(taskId);
    assertThat(variable(reference, "rifDecision")).isNull();
    assertThat(variable(reference, "rifAmount")).isNull();
  }

  @Test
  void whoPreDecidedCannotDecideAlsoThroughRest() {
    Http admin = http().as("admin", "demo");
    assertThat(admin.post("/engine-rest/user/create", Map.of(
        "profile", Map.of("id", "doppelrolle", "firstName", "Dora", "lastName", "Doppel",
            "email", "dora@example.ch"),
        "credentials", Map.of("password", "demo"))).status()).isEqualTo(204);
    for (String group : List.of("rif-baden", "canton-mika")) {
      assertThat(admin.put("/engine-rest/group/" + group + "/members/doppelrolle", Map.of())
          .status()).isEqualTo(204);
    }
    String reference = submit(project(20000, "Wettingen"));
    complete("doppelrolle", taskId("doppelrolle", reference, "rifPreDecision"),
        Map.of("rifDecision", "APPROVE"));
    String taskId = taskId("doppelrolle", reference, "cantonDecision");

    Http.Response refused = complete("doppelrolle", taskId,
        Map.of("cantonDecision", "APPROVED", "approvedAmount", 20000));

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("Vier-Augen-Prinzip");
    assertThat(taskId("canton-demo", reference, "cantonDecision")).isEqualTo(taskId);
    assertThat(variable(reference, "outcome")).isNull();
    Http.Response approved = complete("canton-demo", taskId,
        Map.of("cantonDecision", "APPROVED", "approvedAmount", 10000));
    assertThat(approved.status()).as(approved.body()).isEqualTo(204);
  }

  @Test
  void refusedReservationReturnsTheCaseToTheRifInsteadOfAnIncident() {
    int year = LocalDate.parse((String) TestApplications.valid().get("projectStart")).getYear();
    Http admin = http().as("admin", "demo");
    assertThat(admin.put("/api/admin/budgets/rif-brugg/" + year + "/KIP",
        Map.of("amount", 3000)).status()).isEqualTo(200);
    String reference = submit(project(4000, "Brugg"));
    String taskId = taskId("rif-brugg-demo", reference, "rifPreDecision");

    Http.Response completed = complete("rif-brugg-demo", taskId,
        Map.of("rifDecision", "APPROVE"));

    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
    taskId("rif-brugg-demo", reference, "rifPreDecision");
    assertThat((String) variable(reference, "reservationRefusal"))
        .contains("reicht nicht").contains("3'000.00");
    assertThat(variable(reference, "outcome")).isNull();
    assertThat(as("rif-brugg-demo").get("/api/cases/" + reference + "/ledger").body())
        .doesNotContain("RESERVATION");

    Http.Response reduced = complete("rif-brugg-demo",
        taskId("rif-brugg-demo", reference, "rifPreDecision"), Map.of(
            "rifDecision", "APPROVE_REDUCED", "rifAmount", 3000,
            "rifReason", "Das Budget reicht nur noch für CHF 3'000."));
    assertThat(reduced.status()).as(reduced.body()).isEqualTo(204);
    assertThat(variable(reference, "outcome")).isEqualTo("APPROVED");
    assertThat(variable(reference, "reservationRefusal")).isNull();
  }

  @Test
  void questionIsOfferedToTheAskingRifAndItsAnswerComesBack() {
    String reference = submit(project(4000, "Wettingen"));
    complete("rif-baden-demo", taskId("rif-baden-demo", reference, "rifPreDecision"),
        Map.of("rifDecision", "REQUEST_INFO", "rifQuestion", "Wer leitet die Treffen?"));

    String taskId = taskId("rif-baden-demo", reference, "completeApplication");
    assertThat(tasks("canton-demo", reference)).isEmpty();
    Http.Response unanswered = complete("rif-baden-demo", taskId, Map.of());
    assertThat(unanswered.status()).isEqualTo(400);
    assertThat(unanswered.json().get("message").asText()).contains("Rückfrage");
    Http.Response answered = complete("rif-baden-demo", taskId,
        Map.of("applicantAnswer", "Zwei ausgebildete Freiwillige (Telefonnotiz)."));

    assertThat(answered.status()).as(answered.body()).isEqualTo(204);
    taskId("rif-baden-demo", reference, "rifPreDecision");
    assertThat(variable(reference, "applicantAnswer"))
        .isEqualTo("Zwei ausgebildete Freiwillige (Telefonnotiz).");
  }

  @Test
  void caseworkerCommentsOnTheGroupsTaskAndReadsItsHistoryButNotAnotherRifs() {
    String reference = submit(project(4000, "Wettingen"));
    String taskId = taskId("rif-baden-demo", reference, "rifPreDecision");

    Http.Response comment = as("rif-baden-demo").post("/engine-rest/task/" + taskId
        + "/comment/create", Map.of("message", "Telefonisch nachgefragt."));
    Http.Response history = as("rif-baden-demo").get("/engine-rest/history/task?taskId="
        + taskId);
    Http.Response foreignComment = as("rif-aarau-demo").post("/engine-rest/task/" + taskId
        + "/comment/create", Map.of("message", "Fremd."));
    Http.Response foreignHistory = as("rif-aarau-demo").get("/engine-rest/history/task?taskId="
        + taskId);

    assertThat(comment.status()).as(comment.body()).isEqualTo(200);
    assertThat(history.json()).hasSize(1);
    assertThat(as("rif-baden-demo").get("/engine-rest/task/" + taskId + "/comment").body())
        .contains("Telefonisch nachgefragt.").doesNotContain("Fremd.");
    // Camunda answers "No task found" with 400 when the task is hidden from the user
    assertThat(foreignComment.status()).isIn(400, 403, 404);
    assertThat(foreignHistory.json()).isEmpty();
  }

  @Test
  void theCantonSeesTheRifsCommentInTheHistoryOfItsTaskForm() throws Exception {
    String reference = submit(project(20000, "Wettingen"));
    String rifTask = taskId("rif-baden-demo", reference, "rifPreDecision");
    assertThat(as("rif-baden-demo").post("/engine-rest/task/" + rifTask + "/comment/create",
        Map.of("message", "Lokal der Gemeinde ist zugesagt.")).status()).isEqualTo(200);
    assertThat(complete("rif-baden-demo", rifTask, Map.of("rifDecision", "APPROVE")).status())
        .isEqualTo(204);

    String cantonTask = taskId("canton-demo", reference, "cantonDecision");
    Http.Response form = as("canton-demo").get("/engine-rest/task/" + cantonTask
        + "/form-variables?variableNames=caseHistory&deserializeValues=false");
    assertThat(form.status()).as(form.body()).isEqualTo(200);
    JsonNode history = Http.JSON.readTree(form.json().get("caseHistory").get("value").asText());
    assertThat(history).extracting(entry -> entry.get("step").asText() + " | "
            + entry.get("who").asText() + " | " + entry.get("what").asText() + " | "
            + entry.get("note").asText())
        .containsExactly("Vorentscheid | rif-baden-demo | Kommentar | Lokal der Gemeinde ist"
            + " zugesagt.", "Vorentscheid | rif-baden-demo | Bewilligen | ");
  }
}

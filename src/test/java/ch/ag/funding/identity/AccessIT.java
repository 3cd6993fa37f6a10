package ch.ag.funding.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.Http;
import ch.ag.funding.PostgresIntegrationTest;
import ch.ag.funding.submission.TestApplications;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may do what, through the engine's REST API on PostgreSQL: authentication, the caseworkers'
 * tasks, the managers' read-only access, the group filters.
 */
class AccessIT extends PostgresIntegrationTest {

  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;

  private String submitIncompleteApplication() {
    Http.Response response = http().post("/api/applications", TestApplications.unbalanced());
    assertThat(response.status()).isEqualTo(201);
    return response.json().get("processInstanceId").asText();
  }

  private String taskOf(String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult()
        .getId();
  }

  @Test
  void anonymousEngineRestCallsAreRefused() {
    assertThat(http().get("/engine-rest/process-definition").status()).isEqualTo(401);
    assertThat(http().get("/engine-rest/task").status()).isEqualTo(401);
  }

  @Test
  void wrongPasswordIsRefused() {
    // a user no other test of this class logs in with: Camunda delays the next logins of a
    // user for some seconds after a wrong password
    assertThat(http().as("rif-zofingen-demo", "falsch").get("/engine-rest/process-definition")
        .status()).isEqualTo(401);
    assertThat(http().as("niemand", "demo").get("/engine-rest/task").status()).isEqualTo(401);
  }

  @Test
  void demoAdminSeesTheProcessWithItsForms() {
    Http.Response definitions = http().as("admin", "demo")
        .get("/engine-rest/process-definition?key=fundingApplication");

    assertThat(definitions.status()).isEqualTo(200);
    JsonNode definition = definitions.json().get(0);
    assertThat(definition.get("name").asText()).isEqualTo("Projektgesuch Soziale Integration");
    Http.Response resources = http().as("admin", "demo")
        .get("/engine-rest/deployment/" + definition.get("deploymentId").asText() + "/resources");
    assertThat(StreamSupport.stream(resources.json().spliterator(), false)
        .map(resource -> resource.get("name").asText()))
        .anyMatch(name -> name.endsWith("application-submission.form"))
        .anyMatch(name -> name.endsWith("complete-application.form"))
        .anyMatch(name -> name.endsWith("funding-application.bpmn"));
  }

  @Test
  void rifCaseworkerCanNeitherSeeNorCompleteTheCantonsTask() {
    String instance = submitIncompleteApplication();
    String task = taskOf(instance);
    Http rif = http().as("rif-baden-demo", "demo");

    assertThat(rif.get("/engine-rest/task?processInstanceId=" + instance).json()).isEmpty();
    assertThat(rif.get("/engine-rest/task/" + task).status()).isIn(403, 404);
    assertThat(rif.post("/engine-rest/task/" + task + "/complete", Map.of()).status())
        .isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
  }

  @Test
  void cantonCaseworkerCompletesTheApplicationForTheApplicant() {
    String instance = submitIncompleteApplication();
    Http canton = http().as("canton-demo", "demo");
    JsonNode tasks = canton.get("/engine-rest/task?processInstanceId=" + instance).json();
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).get("name").asText())
        .matches("Vervollständigung SI-\\d{4}-\\d{4,}: Sprachcafé Wettingen");

    Http.Response completed = canton.post(
        "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/submit-form",
        Map.of("variables", Map.of("totalCost", Map.of("value", 20000, "type", "Integer"))));

    assertThat(completed.status()).isIn(200, 204);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
        .activityId("rifPreDecision").unfinished().count()).isEqualTo(1);
  }

  @Test
  void malformedCompletionIsRefusedWith400AndTheTaskStays() {
    String instance = submitIncompleteApplication();
    String task = taskOf(instance);

    Http.Response refused = http().as("canton-demo", "demo").post(
        "/engine-rest/task/" + task + "/submit-form",
        Map.of("variables", Map.of("projectEnd", Map.of("value", "Ende 2027", "type", "String"))));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("Projektende", "Ungültiges Datum");
    assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
  }

  @Test
  void managerReadsInCockpitButChangesNothing() {
    String instance = submitIncompleteApplication();
    Http manager = http().as("manager-demo", "demo");
    String timerJob = managementService.createJobQuery().processInstanceId(instance)
        .singleResult().getId();

    assertThat(manager.get("/engine-rest/process-instance/" + instance).status()).isEqualTo(200);
    assertThat(manager.get("/engine-rest/history/process-instance?processInstanceId=" + instance)
        .json()).hasSize(1);
    assertThat(manager.delete("/engine-rest/process-instance/" + instance).status())
        .isEqualTo(403);
    assertThat(manager.put("/engine-rest/process-instance/" + instance + "/variables/totalCost",
        Map.of("value", 1, "type", "Integer")).status()).isEqualTo(403);
    assertThat(manager.put("/engine-rest/job/" + timerJob + "/retries", Map.of("retries", 5))
        .status()).isEqualTo(403);
    assertThat(manager.post("/engine-rest/process-definition/key/fundingApplication/submit-form",
        Map.of("variables", Map.of())).status()).isEqualTo(403);
  }

  @Test
  void everyCaseworkerGroupReadsExactlyItsOwnReadyMadeFilters() {
    for (String user : List.of("rif-aarau-demo", "rif-baden-demo", "rif-oberes-freiamt-demo")) {
      JsonNode filters = http().as(user, "demo").get("/engine-rest/filter?resourceType=Task")
          .json();
      assertThat(names(filters)).as(user).containsExactlyInAnyOrder(
          "Aufgaben meiner Gruppe", "Meine Aufgaben", "Offene Vorentscheide meiner Region",
          "Überfällig", "Rückfragen an Gesuchstellende");
    }
    JsonNode canton = http().as("canton-demo", "demo").get("/engine-rest/filter?resourceType=Task")
        .json();
    assertThat(names(canton)).containsExactlyInAnyOrder(
        "Aufgaben meiner Gruppe", "Meine Aufgaben", "Kantonsentscheide", "Überfällig",
        "Rückfragen an Gesuchstellende");
    assertThat(http().as("manager-demo", "demo").get("/engine-rest/filter?resourceType=Task")
        .json()).isEmpty();
  }

  private static List<String> names(JsonNode filters) {
    return StreamSupport.stream(filters.spliterator(), false)
        .map(filter -> filter.get("name").asText()).toList();
  }

  @Test
  void aRifFilterListsOnlyItsRegionsTasksWithTheCaseColumns() {
    String reference = http().post("/api/applications", TestApplications.valid()).json()
        .get("reference").asText();
    for (String user : List.of("rif-baden-demo", "rif-aarau-demo")) {
      Http as = http().as(user, "demo");
      String filterId = StreamSupport.stream(as.get("/engine-rest/filter?resourceType=Task")
              .json().spliterator(), false)
          .filter(filter -> filter.get("name").asText().equals(
              "Offene Vorentscheide meiner Region"))
          .findFirst().orElseThrow().get("id").asText();
      // the request Tasklist sends: the filter's tasks with their variables (HAL)
      JsonNode list = as.postWithAccept("/engine-rest/filter/" + filterId + "/list?firstResult=0"
              + "&maxResults=15", "application/hal+json",
          Map.of("processVariables", List.of(), "sorting", List.of(Map.of("sortBy", "created",
              "sortOrder", "desc"))));
      List<String> references = list.findValuesAsText("value").stream()
          .filter(value -> value.equals(reference)).toList();
      if (user.equals("rif-baden-demo")) {
        assertThat(list.toString()).as(user).contains("Vorentscheid " + reference,
            "\"listProjectTitle\"", "Sprachcafé Wettingen", "\"listOrganisation\"",
            "Verein Sprachbrücke", "\"listRequestedAmount\"");
        assertThat(references).as("the reference column").isNotEmpty();
      } else {
        assertThat(list.toString()).as(user).doesNotContain(reference);
      }
    }
  }
}

package ch.ag.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;

/**
 * Drives cases through the running application as its users do: the applicant through the
 * portal ({@code /api/applications}, the status page's open task), caseworkers through the
 * engine's REST API as demo users, and the job executor's work run by the test (the integration
 * tests switch it off).
 */
public final class CaseDriver {

  /** A submitted case: its reference, process instance and status page path. */
  public record Case(String reference, String processInstanceId, String statusPath) {}

  private final Http http;
  private final ManagementService managementService;
  private final HistoryService historyService;

  public CaseDriver(Http http, ManagementService managementService,
      HistoryService historyService) {
    this.http = http;
    this.managementService = managementService;
    this.historyService = historyService;
  }

  /** Submits an application through the portal's API; it must be accepted. */
  public Case submit(Map<String, Object> application) {
    Http.Response submitted = http.post("/api/applications", application);
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    JsonNode body = submitted.json();
    return new Case(body.get("reference").asText(), body.get("processInstanceId").asText(),
        URI.create(body.get("statusUrl").asText()).getPath());
  }

  /** The one open task of the case that the user sees. */
  public String taskId(String user, Case of) {
    JsonNode tasks = http.as(user, "demo").get("/engine-rest/task?processInstanceBusinessKey="
        + of.reference()).json();
    assertThat(tasks).as("open tasks of %s that %s sees", of.reference(), user).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  /** Completes the user's open task of the case through the REST API; it must be accepted. */
  public void complete(String user, Case of, Map<String, Object> values) {
    Http.Response response = tryComplete(user, of, values);
    assertThat(response.status()).as(response.body()).isEqualTo(204);
  }

  /** Tries to complete the user's open task of the case, as Tasklist does: the answer. */
  public Http.Response tryComplete(String user, Case of, Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return http.as(user, "demo").post("/engine-rest/task/" + taskId(user, of) + "/complete",
        Map.of("variables", variables));
  }

  /** Completes the applicant's open task through the status page; it must be accepted. */
  public void answer(Case of, Map<String, Object> values) {
    JsonNode open = http.get(of.statusPath() + "/aufgabe").json();
    Http.Response answered = http.post(of.statusPath() + "/aufgabe/"
        + open.get("taskId").asText(), values);
    assertThat(answered.status()).as(answered.body()).isBetween(200, 204);
  }

  /** Runs the case's asynchronous continuations (letters, notices, payments), not its timers. */
  public void runJobs(Case of) {
    run(of, false);
  }

  /** Runs every due job of the case, timers included (after the clock was moved). */
  public void runDueJobs(Case of) {
    run(of, true);
  }

  private void run(Case of, boolean timersToo) {
    // jobs lead to jobs (the letter, then the notice to the canton)
    for (int round = 0; round < 5; round++) {
      JobQuery due = managementService.createJobQuery()
          .processInstanceId(of.processInstanceId()).executable();
      List<Job> jobs = (timersToo ? due : due.messages()).list();
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  /** A variable of the case, also after it ended; null when it has none of that name. */
  public Object variable(Case of, String name) {
    var variable = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(of.processInstanceId()).variableName(name).singleResult();
    return variable == null ? null : variable.getValue();
  }

  /** The types of the case's bookings in the ledger, as the canton reads them. */
  public List<String> bookings(Case of) {
    return http.as("canton-demo", "demo").get("/api/cases/" + of.reference() + "/ledger")
        .json().findValuesAsText("type");
  }
}

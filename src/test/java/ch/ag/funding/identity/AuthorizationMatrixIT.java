package ch.ag.funding.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import ch.ag.funding.Http;
import ch.ag.funding.PostgresIntegrationTest;
import ch.ag.funding.StaffBrowser;
import ch.ag.funding.identity.ExpectedAuthorizations.Action;
import ch.ag.funding.identity.ExpectedAuthorizations.Cell;
import ch.ag.funding.identity.ExpectedAuthorizations.Subject;
import ch.ag.funding.submission.TestApplications;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The authorization matrix of {@link ExpectedAuthorizations}, cell by cell: every action as the
 * demo user of every role (and anonymously) through the engine's REST API and the project's own
 * endpoints, compared with the expectation. Changing actions (complete, suspend, modify, delete)
 * run on a new case per cell; what the test creates in the identity service it removes again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT extends PostgresIntegrationTest {

  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;

  /** A case: its reference, process instance and the one open task. */
  record Case(String reference, String processInstanceId, String taskId) {}

  private Case baden;
  private Case aarau;
  private Case cantonTask;
  private String badenJob;

  @BeforeAll
  void cases() {
    baden = submit(badenApplication());
    aarau = submit(aarauApplication());
    cantonTask = submit(TestApplications.unbalanced());
    List<Job> jobs = managementService.createJobQuery().processInstanceId(
        baden.processInstanceId()).list();
    assertThat(jobs).as("jobs of the Baden case").isNotEmpty();
    badenJob = jobs.get(0).getId();
  }

  static Stream<Cell> cells() {
    return ExpectedAuthorizations.testedCells().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cells")
  void cellMatches(Cell cell) {
    boolean allowed = probe(cell.action(), cell.subject());
    assertThat(allowed ? "allowed" : "denied").as(cell.toString())
        .isEqualTo(cell.allowed() ? "allowed" : "denied");
  }

  private static Map<String, Object> badenApplication() {
    return TestApplications.small();
  }

  private static Map<String, Object> aarauApplication() {
    Map<String, Object> input = TestApplications.small();
    input.put("projectTitle", "Sprachcafé Suhr");
    input.put("municipalities", List.of("Suhr"));
    return input;
  }

  private Case submit(Map<String, Object> application) {
    Http.Response response = http().post("/api/applications", application);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    String instance = response.json().get("processInstanceId").asText();
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult()
        .getId();
    return new Case(response.json().get("reference").asText(), instance, task);
  }

  private Http as(Subject subject) {
    return subject.user == null ? http() : http().as(subject.user, "demo");
  }

  /** Drives one action as the subject: true when it was allowed, false when it was refused. */
  private boolean probe(Action action, Subject subject) {
    Http as = as(subject);
    return switch (action) {
      case READ_DEFINITION -> list(as.get(
          "/engine-rest/process-definition?key=" + AuthorizationMatrix.FUNDING_PROCESS));
      case START_PROCESS -> engine(as.post("/engine-rest/process-definition/key/"
          + AuthorizationMatrix.FUNDING_PROCESS + "/submit-form",
          Map.of("variables", startFormVariables())), 200);
      case READ_DEPLOYMENTS -> list(as.get("/engine-rest/deployment"));

      case READ_TASK_OWN -> engine(as.get("/engine-rest/task/" + baden.taskId()), 200);
      case READ_TASK_OTHER -> engine(as.get("/engine-rest/task/" + aarau.taskId()), 200);
      case READ_TASK_CANTON -> engine(as.get("/engine-rest/task/" + cantonTask.taskId()), 200);
      case CLAIM_TASK_OWN -> claim(as, subject, baden.taskId());
      case CLAIM_TASK_OTHER -> claim(as, subject, aarau.taskId());
      case COMPLETE_TASK_OWN -> engine(as.post("/engine-rest/task/"
          + submit(badenApplication()).taskId() + "/complete", rejection()), 204);
      case COMPLETE_TASK_OTHER -> engine(as.post("/engine-rest/task/"
          + submit(aarauApplication()).taskId() + "/complete", rejection()), 204);
      case COMPLETE_TASK_CANTON -> engine(as.post("/engine-rest/task/"
          + submit(TestApplications.unbalanced()).taskId() + "/submit-form",
          Map.of("variables", Map.of("totalCost", Map.of("value", 20000, "type", "Integer")))),
          204);

      case READ_INSTANCE_OWN -> engine(as.get("/engine-rest/process-instance/"
          + baden.processInstanceId()), 200);
      case READ_INSTANCE_OTHER -> engine(as.get("/engine-rest/process-instance/"
          + aarau.processInstanceId()), 200);

      case TASK_VARIABLES_OWN -> engine(as.get("/engine-rest/task/" + baden.taskId()
          + "/variables"), 200);
      case TASK_VARIABLES_OTHER -> engine(as.get("/engine-rest/task/" + aarau.taskId()
          + "/variables"), 200);
      case INSTANCE_VARIABLES_OWN -> engine(as.get("/engine-rest/process-instance/"
          + baden.processInstanceId() + "/variables"), 200);
      case INSTANCE_VARIABLES_OTHER -> engine(as.get("/engine-rest/process-instance/"
          + aarau.processInstanceId() + "/variables"), 200);
      case HISTORIC_VARIABLES_OWN -> list(as.get(historicVariable(baden, "requestedAmount")));
      case HISTORIC_VARIABLES_OTHER -> list(as.get(historicVariable(aarau, "requestedAmount")));
      case HISTORY_OWN -> list(as.get("/engine-rest/history/process-instance?processInstanceId="
          + baden.processInstanceId()));
      case HISTORY_OTHER -> list(as.get(
          "/engine-rest/history/process-instance?processInstanceId="
              + aarau.processInstanceId()));
      case HISTORIC_TASKS_OWN -> list(as.get("/engine-rest/history/task?processInstanceId="
          + baden.processInstanceId()));
      case HISTORIC_TASKS_OTHER -> list(as.get("/engine-rest/history/task?processInstanceId="
          + aarau.processInstanceId()));

      case SUSPEND_INSTANCE -> engine(as.put("/engine-rest/process-instance/"
          + submit(badenApplication()).processInstanceId() + "/suspended",
          Map.of("suspended", true)), 204);
      case MODIFY_INSTANCE -> engine(as.post("/engine-rest/process-instance/"
          + submit(badenApplication()).processInstanceId() + "/modification",
          Map.of("skipCustomListeners", true, "skipIoMappings", true, "instructions",
              List.of(Map.of("type", "cancel", "activityId", "rifPreDecision")))), 204);
      case SET_VARIABLE -> engine(as.put("/engine-rest/process-instance/"
          + baden.processInstanceId() + "/variables/authzProbe",
          Map.of("value", subject.name(), "type", "String")), 204);
      case SET_JOB_RETRIES -> engine(as.put("/engine-rest/job/" + badenJob + "/retries",
          Map.of("retries", 3)), 204);
      case DELETE_INSTANCE -> engine(as.delete("/engine-rest/process-instance/"
          + submit(badenApplication()).processInstanceId() + "?skipCustomListeners=true"), 204);

      case READ_USERS -> list(as.get("/engine-rest/user?id=rif-aarau-demo"));
      case CREATE_USER -> createUser(as);
      case READ_GROUPS -> list(as.get("/engine-rest/group?id=rif-aarau"));
      case CREATE_GROUP -> createGroup(as);
      case READ_AUTHORIZATIONS -> list(as.get("/engine-rest/authorization?groupIdIn=rif-aarau"));
      case CREATE_AUTHORIZATION -> createAuthorization(as);

      case TASKLIST -> applicationAccess(as, "tasklist");
      case COCKPIT -> applicationAccess(as, "cockpit");
      case ADMIN_APP -> applicationAccess(as, "admin");

      case LEDGER_OWN -> api(as.get("/api/cases/" + baden.reference() + "/ledger"), 200);
      case LEDGER_OTHER -> api(as.get("/api/cases/" + aarau.reference() + "/ledger"), 200);
      case DOCUMENTS_OWN -> api(as.get("/api/cases/" + baden.reference() + "/documents"), 200);
      case DOCUMENTS_OTHER -> api(as.get("/api/cases/" + aarau.reference() + "/documents"),
          200);
      case MAILS_OWN -> api(as.get("/api/cases/" + baden.reference() + "/mails"), 200);
      case MAILS_OTHER -> api(as.get("/api/cases/" + aarau.reference() + "/mails"), 200);

      case REGIONS -> api(as.get("/api/regions"), 200);
      case BUDGETS -> api(as.get("/api/budgets"), 200);
      case SET_BUDGET -> api(as.put("/api/admin/budgets/rif-baden/2099/KIP",
          Map.of("amount", 40000)), 200);
      case REPLACE_PERIMETERS -> putInvalidPerimeters(subject);
      case PAYMENT_EXPORT -> api(as.post("/api/admin/payment-exports", Map.of()), 200, 409);
      case RECORD_REPAYMENT -> api(as.post("/api/admin/cases/" + baden.reference()
          + "/repayments", Map.of("amount", 100, "paymentReference", "Probe")), 400);
      case ADMIN_MAILS -> api(as.get("/api/admin/mails"), 200);

      case DASHBOARD -> dashboard(subject, "/dashboard");
      case DASHBOARD_EXPORT -> dashboard(subject, "/dashboard/export.csv");
    };
  }

  /**
   * The dashboard as a browser session: through the login page (or without a login). Allowed
   * is the page; denied is a 403 or being sent back to the login page.
   */
  private boolean dashboard(Subject subject, String path) {
    StaffBrowser browser = new StaffBrowser("http://localhost:" + port);
    if (subject.user != null) {
      assertThat(browser.logIn(subject.user, "demo").statusCode()).as("login").isEqualTo(302);
    }
    HttpResponse<byte[]> response = browser.download(path);
    if (response.statusCode() == 302) {
      assertThat(response.headers().firstValue("Location")).get().asString()
          .contains("/dashboard/anmelden");
      return false;
    }
    return classify(response.statusCode(), "", Set.of(200), Set.of(403));
  }

  /** A CSV that the import refuses as a whole: 400 means it got past the authorization. */
  private boolean putInvalidPerimeters(Subject subject) {
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/admin/perimeters"))
        .header("Content-Type", "text/csv; charset=UTF-8")
        .PUT(BodyPublishers.ofString("kein;Perimeter\n"));
    if (subject.user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
          (subject.user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
          BodyHandlers.ofString(StandardCharsets.UTF_8));
      return classify(response.statusCode(), response.body(), Set.of(400), Set.of(401, 403));
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String historicVariable(Case of, String name) {
    return "/engine-rest/history/variable-instance?processInstanceId=" + of.processInstanceId()
        + "&variableName=" + name;
  }

  private boolean claim(Http as, Subject subject, String taskId) {
    try {
      return engine(as.post("/engine-rest/task/" + taskId + "/claim",
          Map.of("userId", subject.user == null ? "niemand" : subject.user)), 204);
    } finally {
      taskService.setAssignee(taskId, null);
    }
  }

  private boolean createUser(Http as) {
    String id = "authz-probe-" + UUID.randomUUID().toString().substring(0, 8);
    try {
      return engine(as.post("/engine-rest/user/create", Map.of(
          "profile", Map.of("id", id, "firstName", "Probe", "lastName", "Probe",
              "email", id + "@funding.invalid"),
          "credentials", Map.of("password", "Probe-Passw0rd!"))), 204);
    } finally {
      identityService.deleteUser(id);
    }
  }

  private boolean createGroup(Http as) {
    String id = "authz-probe-" + UUID.randomUUID().toString().substring(0, 8);
    try {
      return engine(as.post("/engine-rest/group/create",
          Map.of("id", id, "name", "Probe", "type", "WORKFLOW")), 204);
    } finally {
      identityService.deleteGroup(id);
    }
  }

  private boolean createAuthorization(Http as) {
    String resourceId = "authz-probe-" + UUID.randomUUID().toString().substring(0, 8);
    try {
      // resource type 6: process definition
      return engine(as.post("/engine-rest/authorization/create", Map.of("type", 1,
          "permissions", List.of("READ"), "groupId", "authz-probe", "resourceType", 6,
          "resourceId", resourceId)), 200);
    } finally {
      authorizationService.createAuthorizationQuery().groupIdIn("authz-probe")
          .resourceId(resourceId).list().stream().map(Authorization::getId)
          .forEach(authorizationService::deleteAuthorization);
    }
  }

  private static boolean applicationAccess(Http as, String application) {
    Http.Response response = as.get("/engine-rest/authorization/check?permissionName=ACCESS"
        + "&resourceName=application&resourceType=0&resourceId=" + application);
    if (response.status() == 401) {
      return false;
    }
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().get("authorized").asBoolean();
  }

  /** A list request: allowed when it shows something, denied when it is empty or refused. */
  private static boolean list(Http.Response response) {
    if (response.status() == 401 || response.status() == 403) {
      return false;
    }
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().isArray()).as(response.body()).isTrue();
    return !response.json().isEmpty();
  }

  /** The engine's REST API: refused with 401/403, or 404 for what the user may not see. */
  private static boolean engine(Http.Response response, int allowed) {
    return classify(response, Set.of(allowed), Set.of(401, 403, 404));
  }

  /** The project's API: 401 without login, 403 without the group or the case. */
  private static boolean api(Http.Response response, Integer... allowed) {
    return classify(response, Set.of(allowed), Set.of(401, 403));
  }

  private static boolean classify(Http.Response response, Set<Integer> allowed,
      Set<Integer> denied) {
    return classify(response.status(), response.body(), allowed, denied);
  }

  private static boolean classify(int status, String body, Set<Integer> allowed,
      Set<Integer> denied) {
    if (allowed.contains(status)) {
      return true;
    }
    if (denied.contains(status)) {
      return false;
    }
    return fail("neither allowed " + allowed + " nor denied " + denied + ": " + status + " "
        + body);
  }

  private static Map<String, Object> rejection() {
    return Map.of("variables", Map.of(
        "rifDecision", Map.of("value", "REJECT"),
        "rifReason", Map.of("value", "Prüfung der Berechtigungen")));
  }

  /** A valid application as Tasklist's start form sends it. */
  private static Map<String, Object> startFormVariables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    TestApplications.small().forEach((name, value) -> variables.put(name, value instanceof List
        ? Map.of("value", Http.JSON.valueToTree(value).toString(), "type", "Json")
        : Map.of("value", value)));
    return variables;
  }
}

package ch.ag.funding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.Http;
import ch.ag.funding.PostgresIntegrationTest;
import ch.ag.funding.submission.TestApplications;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The applicant portal's pages over real HTTP, on PostgreSQL. */
class PortalIT extends PostgresIntegrationTest {

  @Autowired
  private TaskService taskService;
  @Autowired
  private JdbcTemplate jdbc;

  private JsonNode submit(Map<String, Object> application) {
    Http.Response response = http().post("/api/applications", application);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  /** The status page's path: the link's host is the configured public address. */
  private static String statusPath(JsonNode submission) {
    return URI.create(submission.get("statusUrl").asText()).getPath();
  }

  private static void assertPortalHeaders(Http.Response response) {
    assertThat(response.header("Content-Security-Policy"))
        .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'");
    assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
  }

  @Test
  void startPageTellsWhatIsFundedInGerman() {
    Http.Response page = http().page("/");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("lang=\"de-CH\"", "Gesuch einreichen", "href=\"/gesuch\"",
        "Was wird unterstützt?", "Fristen", "Häufige Fragen", "/camunda/app/tasklist/")
        .doesNotContain("ß");
    assertPortalHeaders(page);
  }

  @Test
  void submissionPageRendersTheStartFormOfTasklistWithTheBundledRenderer() throws IOException {
    Http.Response page = http().page("/gesuch");
    Http.Response form = http().get("/gesuch/formular");
    Http.Response script = http().get("/portal/gesuch.js");
    Http.Response styles = http().get("/portal/gesuch.css");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("/portal/gesuch.js", "/portal/gesuch.css",
        "data-schema-url=\"/gesuch/formular\"", "data-submit-url=\"/api/applications\"");
    assertPortalHeaders(page);
    assertThat(form.status()).isEqualTo(200);
    try (InputStream file = new ClassPathResource("forms/application-submission.form")
        .getInputStream()) {
      // the same form, with the municipalities of today's reference data in German order
      JsonNode expected = Http.JSON.readTree(file);
      assertThat(withoutMunicipalityOptions(form.json()))
          .isEqualTo(withoutMunicipalityOptions(expected));
    }
    assertThat(form.body()).contains("{\"label\":\"Wettingen\",\"value\":\"Wettingen\"}");
    assertThat(form.body().indexOf("\"Aarau\"")).isLessThan(form.body().indexOf("\"Aarburg\""))
        .isLessThan(form.body().indexOf("\"Zofingen\""));
    assertThat(form.json().get("id").asText()).isEqualTo("application-submission");
    assertThat(script.status()).isEqualTo(200);
    assertThat(script.header("Content-Type")).contains("javascript");
    assertThat(script.body()).contains("importSchema", "gesuch-formular")
        .hasSizeGreaterThan(100_000);
    assertThat(styles.status()).isEqualTo(200);
    assertThat(styles.body()).contains(".fjs-container");
  }

  @Test
  void statusPageShowsTheCaseAtItsRifWithoutReferrerOrCache() {
    JsonNode submission = submit(TestApplications.valid());

    Http.Response page = http().page(statusPath(submission));

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains(submission.get("reference").asText(),
        "Sprachcafé Wettingen", "Gesuch eingereicht", "Formelle Prüfung",
        "In Prüfung bei Fachstelle Integration Region Baden", "(aktuell)");
    assertPortalHeaders(page);
    assertThat(page.header("Cache-Control")).contains("no-store");
  }

  @Test
  void statusPageShowsTheQuestionOfTheRif() {
    JsonNode submission = submit(TestApplications.valid());
    Task task = taskService.createTaskQuery()
        .processInstanceId(submission.get("processInstanceId").asText()).singleResult();
    Http.Response asked = http().as("rif-baden-demo", "demo").post(
        "/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", Map.of(
            "rifDecision", Map.of("value", "REQUEST_INFO"),
            "rifQuestion", Map.of("value", "Wer leitet die Treffen? <b>fett</b>"))));
    assertThat(asked.status()).as(asked.body()).isEqualTo(204);

    Http.Response page = http().page(statusPath(submission));

    assertThat(page.body()).contains("Rückfrage der Fachstelle",
        "Wer leitet die Treffen? &lt;b&gt;fett&lt;/b&gt;", "Ihre Ergänzung ist gefragt")
        .doesNotContain("<b>fett</b>");
  }

  @Test
  void scriptInTheProjectTitleShowsAsText() {
    JsonNode submission = submit(TestApplications.with(TestApplications.valid(),
        "projectTitle", "<script>alert('x')</script>"));

    Http.Response page = http().page(statusPath(submission));

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .doesNotContain("<script>alert");
  }

  @Test
  void unknownMalformedAndForeignPathsGetAGermanNotFoundPage() {
    for (String path : List.of("/status/abc", "/status/" + "A".repeat(43),
        "/status/%3Cscript%3E", "/gibt-es-nicht")) {
      Http.Response page = http().page(path);

      assertThat(page.status()).as(path).isEqualTo(404);
      assertThat(page.body()).as(path).contains("Seite nicht gefunden")
          .doesNotContain("Exception", "at ch.ag", "Whitelabel");
    }
  }

  @Test
  void applicantCompletesTheApplicationWithTheTasksOwnForm() {
    JsonNode submission = submit(TestApplications.unbalanced());
    String task = statusPath(submission) + "/aufgabe";

    Http.Response open = http().get(task);

    assertThat(open.status()).as(open.body()).isEqualTo(200);
    assertThat(open.json().get("taskKey").asText()).isEqualTo("completeApplication");
    assertThat(open.json().get("schema").get("id").asText()).isEqualTo("complete-application");
    JsonNode data = open.json().get("data");
    assertThat(data.get("totalCost").asDouble()).isEqualTo(25000.0);
    assertThat(data.get("municipalities").toString()).isEqualTo("[\"Wettingen\"]");
    assertThat(data.get("formalProblems").toString()).contains("Finanzierungsplan");
    assertThat(data.has("budgetSummary")).isFalse();
    assertThat(data.has("submissionDate")).isFalse();
    String taskId = open.json().get("taskId").asText();

    Http.Response foreign = http().post(task + "/" + taskId, Map.of("rifDecision", "APPROVE"));
    Http.Response malformed = http().post(task + "/" + taskId, Map.of("projectStart", "bald"));
    Http.Response wrongTask = http().post(task + "/nicht-diese", Map.of("totalCost", 20000));
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(foreign.json().get("errors").get(0).get("message").asText())
        .contains("gehört nicht zu diesem Formular");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("message").asText()).contains("Projektbeginn");
    assertThat(wrongTask.status()).isEqualTo(404);
    assertThat(http().get(task).json().get("taskId").asText()).isEqualTo(taskId);

    Http.Response completed = http().post(task + "/" + taskId,
        Map.of("totalCost", 20000, "municipalities", List.of("Wettingen", "Baden")));

    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
    assertThat(http().get(task).status()).isEqualTo(404);
    Http.Response page = http().page(statusPath(submission));
    assertThat(page.body()).contains("Ergänzung erhalten",
        "In Prüfung bei Fachstelle Integration Region Baden");
  }

  @Test
  void applicantAnswersTheQuestionOfTheRifInThePortal() {
    JsonNode submission = submit(TestApplications.valid());
    Task rifTask = taskService.createTaskQuery()
        .processInstanceId(submission.get("processInstanceId").asText()).singleResult();
    http().as("rif-baden-demo", "demo").post("/engine-rest/task/" + rifTask.getId()
        + "/complete", Map.of("variables", Map.of(
            "rifDecision", Map.of("value", "REQUEST_INFO"),
            "rifQuestion", Map.of("value", "Wer leitet die Treffen?"))));
    String task = statusPath(submission) + "/aufgabe";
    JsonNode open = http().get(task).json();
    assertThat(open.get("data").get("completionPurpose").asText()).isEqualTo("REQUEST_INFO");
    assertThat(open.get("data").get("rifQuestion").asText()).isEqualTo("Wer leitet die Treffen?");
    String taskId = open.get("taskId").asText();

    Http.Response empty = http().post(task + "/" + taskId, Map.of("applicantAnswer", " "));
    Http.Response answered = http().post(task + "/" + taskId,
        Map.of("applicantAnswer", "Zwei ausgebildete Freiwillige."));

    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().get("message").asText()).contains("Rückfrage");
    assertThat(answered.status()).as(answered.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery()
        .processInstanceId(submission.get("processInstanceId").asText()).singleResult()
        .getTaskDefinitionKey()).isEqualTo("rifPreDecision");
  }

  @Test
  void aTokenReachesOnlyItsOwnCasesTask() {
    JsonNode first = submit(TestApplications.unbalanced());
    JsonNode second = submit(TestApplications.unbalanced());
    String firstTaskId = http().get(statusPath(first) + "/aufgabe").json().get("taskId").asText();

    Http.Response crossed = http().post(statusPath(second) + "/aufgabe/" + firstTaskId,
        Map.of("totalCost", 20000));
    Http.Response unknown = http().get("/status/" + "B".repeat(43) + "/aufgabe");

    assertThat(crossed.status()).isEqualTo(404);
    assertThat(crossed.json().get("message").asText()).contains("keine Aufgabe offen");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(http().get(statusPath(first) + "/aufgabe").json().get("taskId").asText())
        .isEqualTo(firstTaskId);
  }

  private Http.Response recover(String reference, String email) {
    return http().postForm("/status-link",
        "reference=" + encode(reference) + "&email=" + encode(email));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The case's queued mails with a new status link ("Status-Link verloren"). */
  private List<Map<String, Object>> outbox(String reference) {
    return jdbc.queryForList("select recipient, subject, body from mail_outbox where reference = ?"
        + " and purpose = 'STATUS_LINK'", reference);
  }

  @Test
  void lostStatusLinkIsReissuedToTheContactAddressAndTheOldOneStops() {
    JsonNode submission = submit(TestApplications.valid());
    String reference = submission.get("reference").asText();
    String oldPath = statusPath(submission);

    Http.Response form = http().page("/status-link");
    Http.Response answer = recover(reference.toLowerCase(), "  Anna.Muster@Example.CH ");

    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body()).contains("Status-Link verloren", "for=\"email\"",
        "for=\"reference\"");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).contains("Wenn das Aktenzeichen und die E-Mail-Adresse");
    assertThat(http().page(oldPath).status()).isEqualTo(404);
    List<Map<String, Object>> mails = outbox(reference);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).get("recipient")).isEqualTo("anna.muster@example.ch");
    String body = (String) mails.get(0).get("body");
    String newPath = URI.create(body.substring(body.indexOf("http"), body.indexOf("\n\nDer"))
        .strip()).getPath();
    assertThat(newPath).isNotEqualTo(oldPath);
    assertThat(http().page(newPath).body()).contains(reference);
  }

  @Test
  void wrongAddressOrUnknownReferenceGetTheSameAnswerAndChangeNothing() {
    JsonNode submission = submit(TestApplications.valid());
    String reference = submission.get("reference").asText();

    Http.Response wrongAddress = recover(reference, "someone@example.ch");
    Http.Response unknownCase = recover("SI-1999-0001", "anna.muster@example.ch");
    Http.Response blank = recover("", "");

    assertThat(wrongAddress.status()).isEqualTo(200);
    assertThat(unknownCase.status()).isEqualTo(200);
    assertThat(wrongAddress.body()).isEqualTo(unknownCase.body());
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.body()).contains("Bitte geben Sie die E-Mail-Adresse an",
        "Bitte geben Sie das Aktenzeichen an");
    assertThat(outbox(reference)).isEmpty();
    assertThat(http().page(statusPath(submission)).status()).isEqualTo(200);
  }

  private static JsonNode withoutMunicipalityOptions(JsonNode form) {
    JsonNode copy = form.deepCopy();
    copy.findParents("key").stream()
        .filter(field -> "municipalities".equals(field.get("key").asText()))
        .forEach(field -> ((com.fasterxml.jackson.databind.node.ObjectNode) field)
            .remove("values"));
    return copy;
  }

  static Stream<Arguments> hostileAnswers() {
    String huge = "{\"applicantAnswer\":\"" + "x".repeat(300 * 1024) + "\"}";
    return Stream.of(
        Arguments.of("body over 256 KiB", "application/json", huge, 400, "zu gross"),
        Arguments.of("not JSON", "application/json", "totalCost=1", 400, "kein gültiges JSON"),
        Arguments.of("JSON array", "application/json", "[1,2]", 400, "kein gültiges JSON"),
        Arguments.of("empty body", "application/json", "", 400, "keine Angaben"),
        Arguments.of("a field twice", "application/json",
            "{\"totalCost\":1,\"totalCost\":2}", 400, "kein gültiges JSON"),
        Arguments.of("nested object", "application/json", "{\"totalCost\":{\"a\":1}}", 400,
            "Ungültiger Wert"),
        Arguments.of("field of another form", "application/json",
            "{\"approvedAmount\":50000}", 400, "Formular"),
        Arguments.of("script as a date", "application/json",
            "{\"projectStart\":\"<script>alert(1)</script>\"}", 400, "Projektbeginn"),
        Arguments.of("text for a number", "application/json", "{\"totalCost\":\"viel\"}",
            400, "Gesamtkosten"),
        Arguments.of("form post instead of JSON", "application/x-www-form-urlencoded",
            "totalCost=20000", 415, "JSON"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileAnswers")
  void hostileAnswerIsRefusedInGermanAndChangesNothing(String label, String contentType,
      String body, int status, String messageMentions) {
    JsonNode submission = submit(TestApplications.unbalanced());
    String task = statusPath(submission) + "/aufgabe";
    JsonNode before = http().get(task).json();

    Http.Response refused = http().postRaw(task + "/" + before.get("taskId").asText(),
        contentType, java.net.http.HttpRequest.BodyPublishers.ofString(body));

    assertThat(refused.status()).as(refused.body()).isEqualTo(status);
    assertThat(refused.json().get("message").asText() + refused.body())
        .contains(messageMentions).doesNotContain("Exception", "at ch.ag");
    assertThat(http().get(task).json()).isEqualTo(before);
  }

  @Test
  void aReplayedAnswerFindsNoTask() {
    JsonNode submission = submit(TestApplications.unbalanced());
    String task = statusPath(submission) + "/aufgabe";
    String taskId = http().get(task).json().get("taskId").asText();
    assertThat(http().post(task + "/" + taskId, Map.of("totalCost", 20000)).status())
        .isEqualTo(204);

    Http.Response replayed = http().post(task + "/" + taskId, Map.of("totalCost", 20000));

    assertThat(replayed.status()).isEqualTo(404);
    assertThat(replayed.json().get("message").asText()).contains("keine Aufgabe offen");
  }

  @Test
  void oddPathsAndMethodsGetGermanPages() {
    assertThat(http().page("/status/" + "a".repeat(2000)).status()).isEqualTo(404);
    assertThat(http().page("/status/..%2F..%2Fetc%2Fpasswd").status()).isIn(400, 404);
    Http.Response deleted = http().delete("/status/" + "A".repeat(43));
    assertThat(deleted.status()).isIn(404, 405);
    assertThat(deleted.body()).doesNotContain("Exception", "Whitelabel");
    Http.Response reflected = http().page("/gesuch?x=%3Cscript%3Ealert(1)%3C/script%3E");
    assertThat(reflected.status()).isEqualTo(200);
    assertThat(reflected.body()).doesNotContain("<script>alert(1)");
  }
}

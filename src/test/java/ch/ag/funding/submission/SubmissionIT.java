package ch.ag.funding.submission;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.Http;
import ch.ag.funding.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Submission through every channel on PostgreSQL with the real services: the portal's JSON API,
 * the engine's REST API, refused input, concurrency, the year's sequence and every path of the
 * submission slice.
 */
class SubmissionIT extends PostgresIntegrationTest {

  private static final String REFERENCE = "SI-\\d{4}-\\d{4,}";

  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private Http.Response submit(Object body) {
    return http().post("/api/applications", body);
  }

  /** Everything a submission may leave behind. */
  private List<Long> footprint() {
    return List.of(
        historyService.createHistoricProcessInstanceQuery().count(),
        runtimeService.createProcessInstanceQuery().count(),
        jdbc.queryForObject("select count(*) from status_link", Long.class),
        jdbc.queryForObject("select coalesce(sum(last_value), 0) from reference_counter",
            Long.class));
  }

  @Test
  void validApplicationThroughTheApiGetsItsReferenceAndStatusLink() {
    Http.Response response = submit(TestApplications.valid());

    assertThat(response.status()).isEqualTo(201);
    JsonNode body = response.json();
    String reference = body.get("reference").asText();
    assertThat(reference).matches(REFERENCE);
    assertThat(body.get("statusUrl").asText()).matches("http://localhost:8080/status/[\\w-]{43}");
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(body.get("processInstanceId").asText()).singleResult()
        .getBusinessKey()).isEqualTo(reference);
    String token = body.get("statusUrl").asText().replaceAll(".*/", "");
    assertThat(jdbc.queryForList("select token_hash from status_link where reference = ?",
        String.class, reference)).singleElement().asString().hasSize(64).doesNotContain(token);
  }

  @Test
  void validApplicationThroughEngineRestSubmitFormGetsItsReference() {
    Map<String, Object> variables = new LinkedHashMap<>();
    TestApplications.valid().forEach((name, value) -> variables.put(name, value instanceof List
        ? Map.of("value", Http.JSON.valueToTree(value).toString(), "type", "Json")
        : Map.of("value", value)));

    Http.Response response = http().as("canton-demo", "demo")
        .post("/engine-rest/process-definition/key/fundingApplication/submit-form",
            Map.of("variables", variables));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("businessKey").asText()).matches(REFERENCE);
    assertThat(response.json().get("ended").asBoolean()).isFalse();
    assertThat(historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(response.json().get("id").asText())
        .activityId("rifPreDecision").unfinished().count()).isEqualTo(1);
  }

  @Test
  void malformedInputThroughEngineRestIsRefusedAndStartsNothing() {
    List<Long> before = footprint();
    Map<String, Object> variables = new LinkedHashMap<>();
    TestApplications.valid().forEach((name, value) -> variables.put(name, Map.of("value",
        value instanceof List ? Http.JSON.valueToTree(value).toString() : value)));
    variables.put("projectStart", Map.of("value", "bald"));

    Http.Response response = http().as("canton-demo", "demo")
        .post("/engine-rest/process-definition/key/fundingApplication/submit-form",
            Map.of("variables", variables));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("message").asText()).contains("Projektbeginn");
    assertThat(footprint()).isEqualTo(before);
  }

  @Test
  void malformedInputThroughEngineRestStartIsRefusedWith400Too() {
    List<Long> before = footprint();

    Http.Response response = http().as("canton-demo", "demo")
        .post("/engine-rest/process-definition/key/fundingApplication/start",
            Map.of("variables", Map.of("totalCost", Map.of("value", "viel"))));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("message").asText()).contains("Gesamtkosten", "Angabe fehlt");
    assertThat(footprint()).isEqualTo(before);
  }

  static Stream<Arguments> malformedApplications() {
    Map<String, Object> valid = TestApplications.valid();
    Map<String, Object> missing = new LinkedHashMap<>(valid);
    missing.remove("contactEmail");
    Map<String, Object> huge = TestApplications.with(valid, "projectDescription",
        "x".repeat(300 * 1024));
    return Stream.of(
        Arguments.of("text where a number belongs",
            TestApplications.with(valid, "totalCost", "zwanzigtausend"), "totalCost"),
        Arguments.of("unparseable date",
            TestApplications.with(valid, "projectStart", "1. März 2027"), "projectStart"),
        Arguments.of("missing required field", missing, "contactEmail"),
        Arguments.of("unknown enumeration value",
            TestApplications.with(valid, "offerType", "KURS"), "offerType"),
        Arguments.of("unknown field",
            TestApplications.with(valid, "budgetCode", "4711"), "budgetCode"),
        Arguments.of("decimal where a whole number belongs",
            TestApplications.with(valid, "expectedParticipants", 12.5), "expectedParticipants"),
        Arguments.of("negative amount",
            TestApplications.with(valid, "ownContribution", -100), "ownContribution"),
        Arguments.of("more than two decimals",
            TestApplications.with(valid, "requestedAmount", 100.125), "requestedAmount"),
        Arguments.of("municipalities not a list",
            TestApplications.with(valid, "municipalities", "Baden"), "municipalities"),
        Arguments.of("text where a flag belongs",
            TestApplications.with(valid, "supraRegional", "nein"), "supraRegional"),
        Arguments.of("blank required text",
            TestApplications.with(valid, "projectTitle", "   "), "projectTitle"),
        Arguments.of("body over 256 KiB", huge, null),
        Arguments.of("not JSON", "{\"organisationName\": ", null),
        Arguments.of("a JSON array instead of an object", "[1, 2]", null),
        Arguments.of("an empty body", "", null),
        Arguments.of("a field given twice",
            "{\"projectTitle\": \"A\", \"projectTitle\": \"B\"}", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedApplications")
  void malformedInputIsRefusedWithAGermanMessageAndLeavesNothingBehind(String kind, Object body,
      String field) {
    List<Long> before = footprint();

    Http.Response response = submit(body);

    assertThat(response.status()).isEqualTo(400);
    JsonNode error = response.json();
    assertThat(error.get("message").asText()).matches(".*(Gesuch|Anfrage).*");
    if (field != null) {
      assertThat(error.get("errors").findValuesAsText("field")).contains(field);
      assertThat(error.get("errors").findValuesAsText("message"))
          .allMatch(message -> !message.isBlank() && !message.contains("ß"));
    }
    assertThat(response.body()).doesNotContain("Exception", "at ch.");
    assertThat(footprint()).isEqualTo(before);
  }

  @Test
  void otherContentTypesAreRefusedInGerman() {
    Http.Response response = http().postRaw("/api/applications", "text/plain",
        BodyPublishers.ofString("Gesuch"));

    assertThat(response.status()).isEqualTo(415);
    assertThat(response.json().get("message").asText()).contains("JSON");
  }

  @Test
  void concurrentSubmissionsGetDistinctReferences() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Callable<Http.Response>> submissions = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        submissions.add(() -> submit(TestApplications.valid()));
      }
      Set<String> references = new HashSet<>();
      for (Future<Http.Response> result : pool.invokeAll(submissions)) {
        Http.Response response = result.get();
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        references.add(response.json().get("reference").asText());
      }
      assertThat(references).hasSize(20).allMatch(reference -> reference.matches(REFERENCE));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void referenceSequenceStartsAgainEachYear() {
    ClockUtil.setCurrentTime(at(2031, 6, 1));
    assertThat(referenceOfNewSubmission()).isEqualTo("SI-2031-0001");
    assertThat(referenceOfNewSubmission()).isEqualTo("SI-2031-0002");

    ClockUtil.setCurrentTime(at(2032, 1, 1));
    assertThat(referenceOfNewSubmission()).isEqualTo("SI-2032-0001");
  }

  private String referenceOfNewSubmission() {
    Http.Response response = submit(TestApplications.valid());
    assertThat(response.status()).isEqualTo(201);
    return response.json().get("reference").asText();
  }

  private static Date at(int year, int month, int day) {
    return Date.from(ZonedDateTime.of(year, month, day, 0, 30, 0, 0, ZoneId.of("Europe/Zurich"))
        .toInstant());
  }

  @Test
  void formallyCompleteApplicationGetsItsResponsibleOfficeAndBudgetCheck() {
    String instance = submit(TestApplications.valid()).json().get("processInstanceId").asText();

    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
        .activityId("rifPreDecision").unfinished().count()).isEqualTo(1);
    assertThat(variable(instance, "responsibleOffice")).isEqualTo("rif-baden");
    assertThat(variable(instance, "responsibilityReason")).isEqualTo(
        "Alle Durchführungsorte liegen im Perimeter von Fachstelle Integration Region Baden.");
    assertThat(variable(instance, "budgetSufficient")).isEqualTo(true);
    assertThat((String) variable(instance, "budgetSummary"))
        .contains("Beantragt: CHF 10'000.00 (50 % der Gesamtkosten",
            "Fachstelle Integration Region Baden (KIP ", "reicht für den beantragten Beitrag");
  }

  @Test
  void applicationOutsideEveryPerimeterGoesToTheCanton() {
    String instance = submit(TestApplications.with(TestApplications.valid(), "municipalities",
        List.of("Spreitenbach"))).json().get("processInstanceId").asText();

    assertThat(variable(instance, "responsibleOffice")).isEqualTo("canton-mika");
    assertThat(variable(instance, "responsibilityReason")).isEqualTo(
        "Spreitenbach liegt ausserhalb aller RIF-Perimeter: zuständig ist der Kanton.");
    assertThat((String) variable(instance, "budgetSummary")).contains("Kanton (MIKA) (KIP ");
  }

  private Object variable(String processInstanceId, String name) {
    return historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName(name).singleResult().getValue();
  }

  @Test
  void applicationWithProblemsWaitsInCompleteApplicationWithItsProblems() {
    Http.Response response = submit(TestApplications.unbalanced());
    assertThat(response.status()).isEqualTo(201);
    String instance = response.json().get("processInstanceId").asText();

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance)
        .activityIdIn("completeApplication").count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(instance, "formalProblems").toString())
        .contains("Der Finanzierungsplan geht nicht auf");
  }

  @Test
  void missedCompletionDeadlineEndsTheCaseAsNotEnteredInto() {
    String instance = submit(TestApplications.unbalanced()).json().get("processInstanceId")
        .asText();
    Job deadline = managementService.createJobQuery().processInstanceId(instance).timers()
        .singleResult();

    ClockUtil.setCurrentTime(new Date(deadline.getDuedate().getTime() + 1000));
    assertThat(managementService.createJobQuery().processInstanceId(instance).executable()
        .count()).isEqualTo(1);
    managementService.executeJob(deadline.getId());
    // the letter is produced in a job of its own
    Job letter = managementService.createJobQuery().processInstanceId(instance).singleResult();
    assertThat(letter.getFailedActivityId()).isNull();
    managementService.executeJob(letter.getId());

    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
        .activityId("Event_NotEntered").count()).isEqualTo(1);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("outcome").singleResult().getValue()).isEqualTo("NOT_ENTERED");
    long started = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(instance).singleResult().getStartTime().getTime();
    assertThat(deadline.getDuedate().getTime() - started)
        .isBetween(Duration.ofDays(14).toMillis(), Duration.ofDays(14).plusSeconds(5).toMillis());
  }
}

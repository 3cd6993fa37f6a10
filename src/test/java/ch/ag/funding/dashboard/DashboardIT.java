package ch.ag.funding.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.Http;
import ch.ag.funding.PostgresIntegrationTest;
import ch.ag.funding.StaffBrowser;
import ch.ag.funding.submission.TestApplications;
import ch.ag.funding.system.SwissFormat;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The programme dashboard on PostgreSQL: the login page against Camunda's identity service, who
 * may see it, and that its page and its CSV and XLSX exports show the ledger's figures.
 */
class DashboardIT extends PostgresIntegrationTest {

  @Autowired
  private TaskService taskService;
  @Autowired
  private Clock clock;

  private StaffBrowser browser() {
    return new StaffBrowser("http://localhost:" + port);
  }

  @Test
  void anonymousVisitorIsSentToTheLoginPage() {
    for (String path : List.of("/dashboard", "/dashboard/data", "/dashboard/export.csv",
        "/dashboard/export.xlsx")) {
      HttpResponse<String> response = browser().get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(302);
      assertThat(response.headers().firstValue("Location")).as(path).get().asString()
          .endsWith("/dashboard/anmelden");
    }
    HttpResponse<String> login = browser().get("/dashboard/anmelden");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("Anmeldung Programm-Dashboard").contains("name=\"_csrf\"");
    assertThat(login.headers().firstValue("Content-Security-Policy")).get().asString()
        .contains("script-src 'self'");
  }

  @Test
  void wrongPasswordIsRefusedInGerman() {
    StaffBrowser browser = browser();
    // not a user of the other tests: Camunda locks a user for a while after a wrong password
    HttpResponse<String> refused = browser.logIn("rif-aarau-demo", "falsch");
    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(refused.headers().firstValue("Location")).get().asString()
        .endsWith("/dashboard/anmelden?fehler");
    assertThat(browser.get("/dashboard/anmelden?fehler").body())
        .contains("Benutzername oder Passwort ist falsch.");
    assertThat(browser.get("/dashboard").statusCode()).isEqualTo(302);
  }

  @Test
  void loginWithoutCsrfTokenIsRefused() {
    StaffBrowser browser = browser();
    browser.get("/dashboard/anmelden");
    HttpResponse<String> refused = browser.postForm("/dashboard/anmelden",
        Map.of("username", "manager-demo", "password", "demo"));
    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(refused.headers().firstValue("Location")).get().asString()
        .endsWith("/dashboard/anmelden?abgelaufen");
    assertThat(browser.get("/dashboard/anmelden?abgelaufen").body())
        .contains("Das Formular ist abgelaufen.");
    assertThat(browser.get("/dashboard").statusCode()).isEqualTo(302);
  }

  @Test
  void rifCaseworkerIsRefusedInGerman() {
    StaffBrowser browser = browser();
    assertThat(browser.logIn("rif-baden-demo", "demo").statusCode()).isEqualTo(302);
    HttpResponse<String> page = browser.get("/dashboard");
    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("Kein Zugriff").contains("Berechtigung");
    assertThat(browser.download("/dashboard/export.csv").statusCode()).isEqualTo(403);
  }

  @Test
  void adminMaySeeTheDashboard() {
    StaffBrowser browser = browser();
    browser.logIn("admin", "demo");
    assertThat(browser.get("/dashboard").statusCode()).isEqualTo(200);
  }

  @Test
  void managerLogsInSeesTheYearAndLogsOut() {
    StaffBrowser browser = browser();
    HttpResponse<String> loggedIn = browser.logIn("manager-demo", "demo");
    assertThat(loggedIn.statusCode()).isEqualTo(302);
    assertThat(loggedIn.headers().firstValue("Location")).get().asString()
        .endsWith("/dashboard");

    int year = LocalDate.now().getYear();
    HttpResponse<String> page = browser.get("/dashboard?year=" + year);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Programm-Dashboard " + year)
        .contains("Fachstelle Integration Region Baden")
        .contains("CHF 40&#39;000.00")
        .contains("Vorentscheid RIF").contains("Entscheid Kanton").contains("Berichterstattung")
        .contains("zurückgefordert")
        .contains("id=\"diagramm-budgets\"").contains("/dashboard/dashboard.js")
        .doesNotContain("<script>");
    assertThat(browser.get("/dashboard?year=1999").statusCode()).isEqualTo(400);

    String token = StaffBrowser.csrfToken(page.body());
    HttpResponse<String> out = browser.postForm("/dashboard/abmelden", Map.of("_csrf", token));
    assertThat(out.headers().firstValue("Location")).get().asString()
        .endsWith("/dashboard/anmelden?abgemeldet");
    assertThat(browser.get("/dashboard").statusCode()).isEqualTo(302);
  }

  /**
   * The only test that decides a case: ten days after its submission (the engine's clock moved
   * on), so that the average time to decision of the year is exactly ten days.
   */
  @Test
  void exportsShowTheLedgersReservationAndTheDaysToDecisionOfAnApprovedCase()
      throws IOException {
    Map<String, Object> application = TestApplications.small();
    int year = LocalDate.parse((String) application.get("projectStart")).getYear();
    String reference = submit(application);
    String taskId = rifPreDecision(reference);
    LocalDate decided;
    try {
      ClockUtil.setCurrentTime(Date.from(Instant.now().plus(10, ChronoUnit.DAYS)));
      decided = LocalDate.now(clock);
      Http.Response completed = complete(taskId, Map.of("rifDecision", "APPROVE"));
      assertThat(completed.status()).as(completed.body()).isEqualTo(204);
    } finally {
      ClockUtil.reset();
    }

    BigDecimal reserved = reservedOfRifBadenKip(year);
    assertThat(reserved).isGreaterThanOrEqualTo(new BigDecimal("4000"));

    StaffBrowser browser = browser();
    browser.logIn("manager-demo", "demo");
    assertThat(browser.get("/dashboard?year=" + year).body())
        .contains(SwissFormat.chf(reserved).replace("'", "&#39;"));

    HttpResponse<byte[]> csv = browser.download("/dashboard/export.csv?year=" + year);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition")).get().asString()
        .contains("attachment").contains("programm-kennzahlen-" + year + ".csv");
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text).contains("Jahr;Stelle;Bezeichnung;Quelle;Budget;Reserviert;Ausbezahlt;"
        + "Verfügbar").contains("Stand;Art;Fälle").contains("Überfällige Aufgaben");
    String rifBaden = text.lines().filter(line -> line.startsWith(year + ";rif-baden;")
        && line.contains(";KIP;")).findFirst().orElseThrow();
    assertThat(new BigDecimal(rifBaden.split(";")[5])).isEqualByComparingTo(reserved);

    HttpResponse<byte[]> xlsx = browser.download("/dashboard/export.xlsx?year=" + year);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Disposition")).get().asString()
        .contains("programm-kennzahlen-" + year + ".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet budgets = workbook.getSheet("Budgets");
      assertThat(budgets.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Reserviert");
      Row row = null;
      for (Row candidate : budgets) {
        if (candidate.getRowNum() > 1 && "rif-baden".equals(
            candidate.getCell(1).getStringCellValue())
            && "KIP".equals(candidate.getCell(3).getStringCellValue())) {
          row = candidate;
        }
      }
      assertThat(row).isNotNull();
      assertThat(BigDecimal.valueOf(row.getCell(5).getNumericCellValue()))
          .isEqualByComparingTo(reserved);
      assertThat(workbook.getSheet("Fälle")).isNotNull();
      assertThat(workbook.getSheet("Überfällig")).isNotNull();
    }

    JsonNode data = json(browser, "/dashboard/data?year=" + decided.getYear());
    assertThat(data.get("decisionTime").get("decisions").asInt()).isEqualTo(1);
    assertThat(data.get("decisionTime").get("averageDays").decimalValue())
        .isEqualByComparingTo("10.0");
    assertThat(stage(data, "Leistungsvereinbarung")).isGreaterThanOrEqualTo(1);
    assertThat(new String(browser.download("/dashboard/export.csv?year=" + decided.getYear())
        .body(), StandardCharsets.UTF_8)).contains(decided.getYear() + ";1;10.0");
  }

  @Test
  void overdueTaskCountsForItsOffice() {
    String reference = submit(TestApplications.small());
    String taskId = rifPreDecision(reference);
    StaffBrowser browser = browser();
    browser.logIn("manager-demo", "demo");
    long before = overdue(browser, "rif-baden");

    taskService.setDueDate(taskId, Date.from(Instant.now().minus(1, ChronoUnit.DAYS)));

    assertThat(overdue(browser, "rif-baden")).isEqualTo(before + 1);
    assertThat(stage(json(browser, "/dashboard/data"), "Vorentscheid RIF"))
        .isGreaterThanOrEqualTo(1);
  }

  // ---- helpers

  private String submit(Map<String, Object> application) {
    Http.Response response = http().post("/api/applications", application);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("reference").asText();
  }

  private String rifPreDecision(String reference) {
    JsonNode tasks = http().as("rif-baden-demo", "demo")
        .get("/engine-rest/task?processInstanceBusinessKey=" + reference).json();
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).get("taskDefinitionKey").asText()).isEqualTo("rifPreDecision");
    return tasks.get(0).get("id").asText();
  }

  private Http.Response complete(String taskId, Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return http().as("rif-baden-demo", "demo").post("/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", variables));
  }

  private BigDecimal reservedOfRifBadenKip(int year) {
    for (JsonNode budget : http().as("manager-demo", "demo").get("/api/budgets?year=" + year)
        .json()) {
      if ("rif-baden".equals(budget.get("office").asText())
          && "KIP".equals(budget.get("source").asText())) {
        return budget.get("reserved").decimalValue();
      }
    }
    throw new AssertionError("no budget of RIF Baden (KIP) in " + year);
  }

  private static JsonNode json(StaffBrowser browser, String path) {
    HttpResponse<byte[]> response = browser.download(path);
    assertThat(response.statusCode()).isEqualTo(200);
    try {
      return Http.JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long overdue(StaffBrowser browser, String office) {
    for (JsonNode count : json(browser, "/dashboard/data").get("overdueTasks")) {
      if (office.equals(count.get("office").asText())) {
        return count.get("tasks").asLong();
      }
    }
    throw new AssertionError("no office " + office);
  }

  private static long stage(JsonNode data, String label) {
    for (JsonNode stage : data.get("stages")) {
      if (label.equals(stage.get("stage").asText())) {
        return stage.get("cases").asLong();
      }
    }
    throw new AssertionError("no stage " + label + " in " + data);
  }
}

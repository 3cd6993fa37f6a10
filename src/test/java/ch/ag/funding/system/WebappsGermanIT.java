package ch.ag.funding.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.Http;
import ch.ag.funding.Http.Response;
import ch.ag.funding.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Tasklist, Cockpit, Admin (and Welcome) in German with Swiss spelling, under the programme's
 * name, without the Camunda 8 banner: the files that the project puts in place of the webjar's
 * are the ones served, and Tasklist shows them in a real browser.
 */
class WebappsGermanIT extends PostgresIntegrationTest {

  private static final String APP = "/camunda/app/";
  private static final String WEBJAR = "META-INF/resources/webjars/camunda/app/";
  private static final String PROGRAMME = "Projektförderung Soziale Integration";
  private static final String BRAND = "Kanton Aargau · " + PROGRAMME;
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configStartsInGermanWithEnglishAvailableUnderTheProgrammesName(String app) {
    Response response = http().get(APP + app + "/scripts/config.js");

    assertThat(response.status()).isEqualTo(200);
    String config = withoutComments(response.body());
    assertThat(config)
        .contains("fallbackLocale: 'de'")
        .contains("availableLocales: ['de', 'en']")
        .contains("name: '" + PROGRAMME + "'")
        .contains("vendor: 'Kanton Aargau ·'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void userStylesHideTheCamunda8Banner(String app) {
    Response response = http().get(APP + app + "/styles/user-styles.css");

    assertThat(response.status()).isEqualTo(200);
    assertThat(withoutComments(response.body()).replaceAll("\\s+", " "))
        .contains("[cam-widget-header] .ce-eol-banner { display: none; }");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void germanTextsAreTheShippedOnesInSwissSpelling(String app) throws IOException {
    String shipped = shippedGermanTexts(app);
    Response response = http().get(APP + app + "/locales/de.json");

    assertThat(response.status()).isEqualTo(200);
    JsonNode served = json(response.body());
    assertThat(response.body()).doesNotContain("ß").contains("Schliessen");
    assertThat(leaves(served)).isGreaterThanOrEqualTo(leaves(json(shipped)));
    assertThat(served).isEqualTo(json(shipped.replace("ß", "ss")));
  }

  @Test
  void tasklistSpeaksGermanToAGermanBrowser() {
    ChromeDriver browser = browser("de-CH");
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      browser.get("http://localhost:" + port + APP + "tasklist/default/");
      assertThat(visible(wait, By.cssSelector(".login-header .app-name")).getText())
          .isEqualTo(PROGRAMME);
      assertThat(visible(wait, By.cssSelector("form[name='signinForm'] button")).getText())
          .isEqualTo("Anmelden");

      logIn(browser, wait, "canton-demo", "demo");

      assertThat(visible(wait, By.cssSelector("[cam-widget-header] .brand-name")).getText())
          .isEqualTo(BRAND);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
          "Prozess starten"));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
          "Aufgaben meiner Gruppe"));
      assertThat(browser.getTitle()).isEqualTo(BRAND);
      assertThat((String) browser.executeScript("return document.body.textContent"))
          .contains("Abmelden").doesNotContain("ß");
      assertThat(browser.findElements(By.cssSelector(".ce-eol-banner")))
          .isNotEmpty().noneMatch(WebElement::isDisplayed);
      screenshot(browser, "tasklist-de.png");
    } finally {
      quit(browser);
    }
  }

  @Test
  void tasklistSpeaksEnglishToAnEnglishBrowser() {
    ChromeDriver browser = browser("en-US");
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      browser.get("http://localhost:" + port + APP + "tasklist/default/");

      logIn(browser, wait, "canton-demo", "demo");

      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
          "Start process"));
      assertThat(browser.getTitle()).isEqualTo(BRAND);
    } finally {
      quit(browser);
    }
  }

  // ---- a RIF caseworker's Tasklist (issue 9): the ready-made filters and their columns

  /** Submits a case in these municipalities; returns its reference and status page path. */
  private String[] submit(String municipality) {
    Map<String, Object> application = ch.ag.funding.submission.TestApplications.with(
        ch.ag.funding.submission.TestApplications.valid(), "municipalities",
        java.util.List.of(municipality));
    application.put("projectTitle", "Sprachcafé " + municipality);
    JsonNode submitted = http().post("/api/applications", application).json();
    return new String[] {submitted.get("reference").asText(),
        java.net.URI.create(submitted.get("statusUrl").asText()).getPath()};
  }

  @Test
  void aRifCaseworkerSeesItsRegionsCasesWithTheirColumnsAndTheApplicationInTheForm() {
    String[] baden = submit("Wettingen");
    String[] aarau = submit("Suhr");
    Response uploaded = http().postRaw(baden[1] + "/documents",
        "multipart/form-data; boundary=x", java.net.http.HttpRequest.BodyPublishers.ofString(
            "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Budget.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\r\n--x--\r\n"));
    assertThat(uploaded.status()).as(uploaded.body()).isBetween(200, 201);
    ChromeDriver browser = browser("de-CH");
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      openTasklistFilter(browser, wait, "rif-baden-demo", "Offene Vorentscheide meiner Region");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
          "Vorentscheid " + baden[0] + ": Sprachcafé Wettingen"));
      // the first two columns show, the others behind the task's expander
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
          "Aktenzeichen:"));
      String list = (String) browser.executeScript("return document.body.textContent");
      assertThat(list).contains("Aktenzeichen:", "Projekt:", "Trägerschaft:", "Beantragt (CHF):",
          baden[0], "Verein Sprachbrücke").doesNotContain(aarau[0]);
      screenshot(browser, "tasklist-rif.png");

      browser.findElement(By.xpath("//*[contains(normalize-space(text()), 'Vorentscheid "
          + baden[0] + "')]")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
          "Vorentscheid RIF: Gesuch " + baden[0]));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
          "//a[normalize-space(text())='Budget.pdf']")));
      screenshot(browser, "tasklist-rif-form.png");
    } finally {
      quit(browser);
    }
  }

  @Test
  void theCantonSeesItsDecisionsWithTheRifsCommentAndTheBudgetInTheForm() {
    String[] outside = submit("Spreitenbach");
    String[] baden = submit("Wettingen");
    String[] waitingAtTheRif = submit("Suhr");
    Http rif = http().as("rif-baden-demo", "demo");
    String rifTask = rif.get("/engine-rest/task?processInstanceBusinessKey=" + baden[0]).json()
        .get(0).get("id").asText();
    assertThat(rif.post("/engine-rest/task/" + rifTask + "/comment/create",
        Map.of("message", "Gemeinde Wettingen stellt den Raum gratis zur Verfügung.")).status())
        .isEqualTo(200);
    assertThat(rif.post("/engine-rest/task/" + rifTask + "/complete", Map.of("variables",
        Map.of("rifDecision", Map.of("value", "APPROVE")))).status()).isEqualTo(204);
    ChromeDriver browser = browser("de-CH");
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      openTasklistFilter(browser, wait, "canton-demo", "Kantonsentscheide");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
          "Entscheid Kanton " + baden[0] + ": Sprachcafé Wettingen"));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
          "Entscheid Kanton " + outside[0] + ": Sprachcafé Spreitenbach"));
      String list = (String) browser.executeScript("return document.body.textContent");
      assertThat(list).contains("Aktenzeichen:", "Projekt:").doesNotContain(waitingAtTheRif[0]);
      screenshot(browser, "tasklist-canton.png");

      browser.findElement(By.xpath("//*[contains(normalize-space(text()), 'Entscheid Kanton "
          + baden[0] + "')]")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
          "Entscheid Kanton: Gesuch " + baden[0]));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
          "Gemeinde Wettingen stellt den Raum gratis zur Verfügung."));
      String form = (String) browser.executeScript("return document.body.textContent");
      assertThat(form).contains("Verlauf", "Vorentscheid: Kommentar (rif-baden-demo)",
          "Vorentscheid: Bewilligen (rif-baden-demo)", "Budget:", "davon verfügbar");
      screenshot(browser, "tasklist-canton-form.png");
    } finally {
      quit(browser);
    }
  }

  @Test
  void aManagerSeesTheProcessInCockpitInGerman() {
    submit("Wettingen");
    ChromeDriver browser = browser("de-CH");
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      browser.get("http://localhost:" + port + APP + "cockpit/default/#/processes");
      logIn(browser, wait, "manager-demo", "demo");

      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
          "Projektgesuch Soziale Integration"));
      assertThat(browser.getTitle()).startsWith(BRAND);
      assertThat((String) browser.executeScript("return document.body.textContent"))
          .contains("Abmelden").doesNotContain("ß");
      screenshot(browser, "cockpit-manager.png");
    } finally {
      quit(browser);
    }
  }

  // ---- the shipped files

  /** The webjar's own {@code locales/de.json}, read from its jar on the classpath. */
  private static String shippedGermanTexts(String app) throws IOException {
    for (URL url : Collections.list(WebappsGermanIT.class.getClassLoader()
        .getResources(WEBJAR + app + "/locales/de.json"))) {
      if (url.toString().contains("camunda-webapp-webjar")) {
        try (InputStream in = url.openStream()) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no " + app + "/locales/de.json in camunda-webapp-webjar");
  }

  /** Parsed as a browser does: Tasklist's and Admin's de.json start with a byte order mark. */
  private static JsonNode json(String text) throws IOException {
    return Http.JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  private static int leaves(JsonNode node) {
    if (!node.isContainerNode()) {
      return 1;
    }
    int count = 0;
    for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
      count += leaves(children.next());
    }
    return count;
  }

  /** Script or style sheet without its comments: only what takes effect. */
  private static String withoutComments(String text) {
    return text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
  }

  // ---- the browser: Debian's headless Chromium and chromedriver, as in PortalBrowser

  private static ChromeDriver browser(String language) {
    try {
      Path target = Path.of("target").toAbsolutePath();
      Path profile = Files.createTempDirectory(target, "chromium-profile-");
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(new File("/usr/bin/chromedriver"))
          .usingAnyFreePort()
          .withLogFile(target.resolve("chromedriver-webapps.log").toFile())
          .build();
      ChromeOptions options = new ChromeOptions();
      options.setBinary("/usr/bin/chromium");
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
          "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--lang=" + language,
          "--window-size=1280,900", "--user-data-dir=" + profile);
      // the webapps take the first of navigator.languages, which follows this preference
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
      return new ChromeDriver(service, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void logIn(ChromeDriver browser, WebDriverWait wait, String user,
      String password) {
    visible(wait, By.cssSelector("input[ng-model='username']")).sendKeys(user);
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
    browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']"))
        .click();
    visible(wait, By.cssSelector("[cam-widget-header] .brand-name"));
  }

  /** Opens Tasklist, logs in as the demo user and opens one of its filters. */
  private void openTasklistFilter(ChromeDriver browser, WebDriverWait wait, String user,
      String filter) {
    browser.get("http://localhost:" + port + APP + "tasklist/default/");
    logIn(browser, wait, user, "demo");
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[normalize-space(text())='"
        + filter + "']"))).click();
  }

  private static WebElement visible(WebDriverWait wait, By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private static void screenshot(ChromeDriver browser, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name),
          browser.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void quit(ChromeDriver browser) {
    String profile = ((Map<?, ?>) browser.getCapabilities().getCapability("chrome"))
        .get("userDataDir").toString();
    browser.quit();
    try (Stream<Path> files = Files.walk(Path.of(profile))) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // target/ is cleaned by the next mvn clean
    }
  }
}

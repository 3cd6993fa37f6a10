package ch.ag.funding.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.PostgresIntegrationTest;
import ch.ag.funding.submission.TestApplications;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in Debian's headless Chromium (driver and browser given by path): a manager
 * logs in on the login page and sees the charts drawn under the page's CSP, without console
 * errors, and axe-core finds no critical or serious accessibility violation. Screenshot: {@code target/screenshots/dashboard.png}.
 */
class DashboardBrowserIT extends PostgresIntegrationTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Path AXE = Path.of("src/main/frontend/node_modules/axe-core/axe.min.js");

  private static ChromeDriver driver;

  @BeforeAll
  static void startBrowser() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort()
        .withEnvironment(Map.of("TZ", "Europe/Zurich")).build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--lang=de-CH",
        "--window-size=1280,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void quitBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  /**
   * The critical and serious violations that axe-core (the copy the build installs with npm)
   * finds on the page with its default rules: id, count of nodes and the first selectors.
   */
  @SuppressWarnings("unchecked")
  private static List<String> seriousAccessibilityViolations() throws IOException {
    driver.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return (List<String>) driver.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document).then(r => done(r.violations
            .filter(v => v.impact === 'critical' || v.impact === 'serious')
            .map(v => v.id + ' (' + v.nodes.length + '): '
                + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
          .catch(e => done(['axe failed: ' + e]));""");
  }

  /** A PNG of the whole page, beyond the viewport. */
  @SuppressWarnings("unchecked")
  private static byte[] wholePage() {
    try {
      Map<String, Object> size = (Map<String, Object>) driver.executeCdpCommand(
          "Page.getLayoutMetrics", Map.of()).get("cssContentSize");
      Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
          "format", "png", "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0,
              "width", ((Number) size.get("width")).doubleValue(),
              "height", ((Number) size.get("height")).doubleValue(), "scale", 1)));
      return Base64.getDecoder().decode((String) shot.get("data"));
    } catch (RuntimeException e) {
      return driver.getScreenshotAs(OutputType.BYTES);
    }
  }

  @Test
  void managerLogsInAndSeesTheChartsDrawn() throws IOException {
    // a running case, so that the chart of the stages has a bar
    assertThat(http().post("/api/applications", TestApplications.small()).status())
        .isEqualTo(201);
    driver.get("http://localhost:" + port + "/dashboard");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.until(d -> d.getCurrentUrl().endsWith("/dashboard/anmelden"));
    driver.findElement(By.id("username")).sendKeys("manager-demo");
    driver.findElement(By.id("password")).sendKeys("demo");
    driver.findElement(By.id("anmelden")).click();

    // read in one script: the login page's body may be replaced by the dashboard's meanwhile
    wait.until(d -> "gezeichnet".equals(((JavascriptExecutor) d).executeScript(
        "return document.body && document.body.getAttribute('data-diagramme')")));
    List<WebElement> canvases = driver.findElements(By.tagName("canvas"));
    assertThat(canvases).hasSizeGreaterThanOrEqualTo(2);
    for (WebElement canvas : canvases) {
      assertThat(canvas.getSize().getWidth()).as(canvas.getDomAttribute("id")).isPositive();
      assertThat(canvas.getSize().getHeight()).as(canvas.getDomAttribute("id")).isPositive();
      // Chart.js has drawn: the canvas holds pixels that are not transparent
      assertThat((Boolean) driver.executeScript("const c = arguments[0];"
          + " const p = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
          + " for (let i = 3; i < p.length; i += 4) { if (p[i] !== 0) return true; }"
          + " return false;", canvas)).as(canvas.getDomAttribute("id")).isTrue();
    }
    assertThat(driver.findElement(By.id("tabelle-budgets")).getText())
        .contains("Fachstelle Integration Region Baden").contains("CHF 40'000.00");
    Files.write(SCREENSHOTS.resolve("dashboard.png"), wholePage());

    assertThat(seriousAccessibilityViolations()).as("axe-core").isEmpty();

    List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage).toList();
    assertThat(errors).as("console errors (CSP violations included)").isEmpty();
  }
}

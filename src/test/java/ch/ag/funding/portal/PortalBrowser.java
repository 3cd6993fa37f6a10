package ch.ag.funding.portal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver (never a downloaded one: the
 * driver and the browser are given by path, so Selenium Manager does not run), with the few page
 * operations the portal's browser tests need: form-js widgets, screenshots, viewport sizes, axe.
 */
final class PortalBrowser {

  static final Path TARGET = Path.of("target");
  static final Path SCREENSHOTS = TARGET.resolve("screenshots");
  private static final Path AXE = Path.of("src/main/frontend/node_modules/axe-core/axe.min.js");
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  /** The form rendered by form-js on the submission page or on the status page. */
  static final By SUBMISSION_FORM = By.id("gesuch-formular");
  static final By TASK_FORM = By.id("aufgabe-formular");

  private final ChromeDriver driver;
  private final Path profile;
  private final WebDriverWait wait;
  private String baseUrl;
  private String viewport = "desktop";

  private PortalBrowser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
    this.wait = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(50));
  }

  static PortalBrowser start() {
    try {
      Files.createDirectories(SCREENSHOTS);
      try (Stream<Path> old = Files.list(SCREENSHOTS)) {
        // only its own (<viewport>-<name>.png): other browser tests save theirs here too
        for (Path png : old.filter(f -> f.getFileName().toString()
            .matches("(desktop|phone)-.*\\.png")).toList()) {
          Files.delete(png);
        }
      }
      Path profile = Files.createTempDirectory(TARGET.toAbsolutePath(), "chromium-profile-");
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(new File("/usr/bin/chromedriver"))
          .usingAnyFreePort()
          // applicants are in Switzerland: dates are typed and shown in Swiss time
          .withEnvironment(Map.of("TZ", "Europe/Zurich"))
          .withLogFile(TARGET.resolve("chromedriver.log").toFile())
          .build();
      ChromeOptions options = new ChromeOptions();
      options.setBinary("/usr/bin/chromium");
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
          "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--lang=de-CH",
          "--window-size=1280,900", "--user-data-dir=" + profile);
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-CH,de"));
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriver driver = new ChromeDriver(service, options);
      // Debian's chromium ships only the en-US locale (de needs the package chromium-l10n), so
      // --lang alone leaves Intl, and with it form-js' date format, at en-US: set it directly
      driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "de-CH"));
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      return new PortalBrowser(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ends the browser and its driver, and removes the profile. */
  void quit() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      } catch (IOException e) {
        // target/ is cleaned by the next mvn clean
      }
    }
  }

  ChromeDriver driver() {
    return driver;
  }

  WebDriverWait waiting() {
    return wait;
  }

  void baseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  String baseUrl() {
    return baseUrl;
  }

  // ---- viewports

  /** A desktop window of 1280×900 CSS pixels. */
  void desktop() {
    viewport("desktop", 1280, 900, false);
  }

  /** A phone of 375×812 CSS pixels (iPhone X class), with the meta viewport honoured. */
  void phone() {
    viewport("phone", 375, 812, true);
  }

  private void viewport(String name, int width, int height, boolean mobile) {
    driver.manage().window().setSize(new Dimension(width, height));
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    viewport = name;
  }

  String viewportName() {
    return viewport;
  }

  long innerWidth() {
    return ((Number) js("return window.innerWidth")).longValue();
  }

  long scrollWidth() {
    return ((Number) js("return document.documentElement.scrollWidth")).longValue();
  }

  /** Up to ten elements that reach beyond the viewport's right edge, for a failure message. */
  @SuppressWarnings("unchecked")
  List<String> elementsBeyondTheRightEdge() {
    return (List<String>) js("""
        const width = document.documentElement.clientWidth;
        const out = [];
        for (const e of document.querySelectorAll('body *')) {
          const r = e.getBoundingClientRect();
          if (r.width > 0 && r.right > width + 1) {
            out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (e.className && typeof e.className === 'string'
                    ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                + ' right=' + Math.round(r.right));
          }
          if (out.length >= 10) break;
        }
        return out;""");
  }

  // ---- navigation and waiting

  void open(String path) {
    driver.get(baseUrl + path);
    wait.until(d -> "complete".equals(js("return document.readyState")));
  }

  /** The path (and query) of a link's target, to be opened on this test's server. */
  static String pathOf(String href) {
    URI uri = URI.create(href);
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  WebElement find(By by) {
    return driver.findElement(by);
  }

  List<WebElement> findAll(By by) {
    return driver.findElements(by);
  }

  String text(By by) {
    return visible(by).getText();
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  String activeElementId() {
    return (String) js("return document.activeElement && document.activeElement.id");
  }

  /**
   * Waits until the form-js form in the container has rendered, its button is shown, and the
   * form has settled.
   *
   * <p>form-js 1.8.7 renders the whole form once more about 300 ms after the first render: its
   * number fields send their initial values through their 300 ms debounce. That render puts
   * every text field back to the form's state, so that text typed before it is lost (a person
   * does not type that fast; a test does). Marker: a character appended to a text field's value
   * without an input event, which that render removes again.
   */
  void waitForForm(By container, By button) {
    wait.until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(container,
        By.cssSelector(".fjs-form .fjs-form-field")));
    visible(button);
    WebElement probe = find(container).findElement(
        By.cssSelector("input.fjs-input[type='text']:not([id$='-date'])"));
    String original = (String) js(
        "const v = arguments[0].value; arguments[0].value = v + '\\u2063'; return v;", probe);
    try {
      new WebDriverWait(driver, Duration.ofSeconds(3), Duration.ofMillis(20))
          .until(d -> !((String) js("return arguments[0].value", probe)).endsWith("\u2063"));
    } catch (TimeoutException e) {
      js("arguments[0].value = arguments[1];", probe, original); // no second render came
    }
  }

  // ---- form-js widgets

  /** A form-js field by its key: its input (ids are {@code fjs-form-<random>-Field_<key>}). */
  static By field(String key) {
    return By.cssSelector("[id$='-Field_" + key + "']");
  }

  /** The form field element (label, input, description, errors) around a field's input. */
  WebElement fieldBox(String key) {
    return find(field(key)).findElement(By.xpath(
        "./ancestor::div[contains(concat(' ', @class, ' '), ' fjs-form-field ')][1]"));
  }

  /** Clicks into a field and types, as a person does. */
  WebElement clickAndType(String key, CharSequence... keys) {
    WebElement input = visible(field(key));
    input.click();
    wait.until(d -> input.equals(d.switchTo().activeElement()));
    input.sendKeys(keys);
    return input;
  }

  /** Clicks into a field, selects its content with the keyboard and types over it. */
  WebElement clickAndReplace(String key, CharSequence text) {
    WebElement input = clickAndType(key, Keys.chord(Keys.CONTROL, "a"));
    input.sendKeys(text);
    return input;
  }

  /** Presses Tab, checks that the focus went to the field, and types there. */
  WebElement tabAndType(String key, CharSequence... keys) {
    driver.switchTo().activeElement().sendKeys(Keys.TAB);
    WebElement input = find(field(key));
    wait.until(d -> input.equals(d.switchTo().activeElement()));
    input.sendKeys(keys);
    return input;
  }

  /** A form-js select, with the mouse: opens its list and clicks the option. */
  void chooseWithMouse(String key, String label) {
    WebElement box = fieldBox(key);
    box.findElement(By.cssSelector(".fjs-select-display")).click();
    WebElement option = wait.until(d -> box.findElements(By.cssSelector(
            ".fjs-dropdownlist .fjs-dropdownlist-item")).stream()
        .filter(item -> item.getText().equals(label)).findFirst().orElse(null));
    option.click();
    wait.until(d -> label.equals(box.findElement(By.cssSelector(".fjs-select-display"))
        .getText()));
  }

  /**
   * A form-js select, with the keyboard: the focus is on its input (the list opens on focus);
   * arrows move to the option, Enter takes it.
   */
  void chooseWithKeyboard(String key, String label) {
    WebElement box = fieldBox(key);
    WebElement input = find(field(key));
    wait.until(d -> input.equals(d.switchTo().activeElement()));
    List<String> labels = wait.until(d -> {
      List<WebElement> items = box.findElements(By.cssSelector(".fjs-dropdownlist-item"));
      return items.isEmpty() ? null : items.stream().map(WebElement::getText).toList();
    });
    int target = labels.indexOf(label);
    if (target < 0) {
      throw new AssertionError("no option '" + label + "' in " + labels);
    }
    for (int step = 0; step < 2 * labels.size(); step++) {
      String focused = box.findElement(By.cssSelector(".fjs-dropdownlist-item.focused"))
          .getText();
      int at = labels.indexOf(focused);
      if (at == target) {
        break;
      }
      input.sendKeys(at < target ? Keys.ARROW_DOWN : Keys.ARROW_UP);
      wait.until(d -> !focused.equals(box.findElement(
          By.cssSelector(".fjs-dropdownlist-item.focused")).getText()));
    }
    input.sendKeys(Keys.ENTER);
    wait.until(d -> label.equals(box.findElement(By.cssSelector(".fjs-select-display"))
        .getText()));
  }

  /** A form-js taglist: types into its search field and clicks the matching option. */
  void pickTag(String key, String search, String label) {
    WebElement box = fieldBox(key);
    clickAndType(key, search);
    WebElement option = wait.until(d -> box.findElements(By.cssSelector(
            ".fjs-dropdownlist .fjs-dropdownlist-item")).stream()
        .filter(item -> item.getText().equals(label)).findFirst().orElse(null));
    option.click();
    wait.until(d -> box.findElements(By.cssSelector(".fjs-taglist-tag-label")).stream()
        .anyMatch(tag -> tag.getText().equals(label)));
    // the list stays open for the next pick and covers the fields below: Escape closes it
    find(field(key)).sendKeys(Keys.ESCAPE);
    wait.until(d -> box.findElements(By.cssSelector(".fjs-dropdownlist")).isEmpty());
  }

  // ---- evidence

  /**
   * Saves a PNG of the whole page (beyond the viewport) as
   * {@code target/screenshots/<viewport>-<name>.png}.
   */
  @SuppressWarnings("unchecked")
  Path screenshot(String name) {
    Path file = SCREENSHOTS.resolve(viewport + "-" + name + ".png");
    byte[] png;
    try {
      Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
      Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
      Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
          "format", "png", "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0,
              "width", ((Number) size.get("width")).doubleValue(),
              "height", ((Number) size.get("height")).doubleValue(), "scale", 1)));
      png = Base64.getDecoder().decode((String) shot.get("data"));
    } catch (RuntimeException e) {
      png = driver.getScreenshotAs(OutputType.BYTES);
    }
    try {
      Files.write(file, png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** The browser console's errors since the last call (network errors included). */
  List<String> consoleErrors() {
    List<String> errors = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        errors.add(entry.getMessage());
      }
    }
    return errors;
  }

  /**
   * Runs axe-core (the copy that the build installs with npm) with its default rules on the
   * current page. Returns the page's address, axe's version, the number of passed rules, the
   * violations (id, impact, count of nodes, help, and the nodes' selectors and HTML) and, for
   * information, the results axe could not decide ("incomplete": id, impact, count).
   */
  @SuppressWarnings("unchecked")
  Map<String, Object> axe() {
    if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object'"))) {
      try {
        js(Files.readString(AXE, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("axe-core is missing: run the Maven build (npm ci)", e);
      }
    }
    Map<String, Object> answer = (Map<String, Object>) ((JavascriptExecutor) driver)
        .executeAsyncScript("""
            const done = arguments[arguments.length - 1];
            const brief = v => ({ id: v.id, impact: v.impact, count: v.nodes.length,
              targets: v.nodes.slice(0, 20).map(n => n.target.join(' ')) });
            axe.run(document)
              .then(r => done({ version: axe.version, passes: r.passes.length,
                violations: r.violations.map(v => Object.assign(brief(v), {
                  help: v.help, helpUrl: v.helpUrl,
                  nodes: v.nodes.map(n => ({ target: n.target.join(' '),
                    html: n.html.length > 300 ? n.html.substring(0, 300) + '…' : n.html,
                    summary: n.failureSummary })) })),
                incomplete: r.incomplete.map(brief) }))
              .catch(e => done({ error: String(e) }));""");
    if (answer.containsKey("error")) {
      throw new IllegalStateException("axe failed: " + answer.get("error"));
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("url", driver.getCurrentUrl());
    result.put("viewport", viewport);
    result.put("axeVersion", answer.get("version"));
    result.put("passes", answer.get("passes"));
    result.put("violations", answer.get("violations"));
    result.put("incomplete", answer.get("incomplete"));
    return result;
  }
}

package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
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
 * Debian's headless Chromium driven through Debian's chromedriver (nothing downloaded), with the checks every page
 * of the web console gets: axe-core's accessibility rules and the browser's own log of refused content.
 */
final class Chromium implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
  private static final ObjectMapper JSON = new ObjectMapper();

  final ChromeDriver driver;
  private final Path screenshots;
  private final String axe;

  Chromium() {
    assertThat(CHROMEDRIVER).as("Debian's chromium-driver (apt-get install -y chromium chromium-driver; .ci/run "
        + "installs it)").isExecutable();
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1024",
            "--lang=en-GB");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build(), options);
    screenshots = Path.of(System.getProperty("flipside.screenshots", "target/screenshots"));
    try {
      Files.createDirectories(screenshots);
      axe = Files.readString(Path.of(System.getProperty("flipside.axe",
          "../web/node_modules/axe-core/axe.min.js")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  WebElement await(By locator) {
    return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  void awaitText(By locator, String text) {
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  /** Up to 20 s; a look aborted because the page navigated meanwhile (a form's submit) is tried again. */
  private WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.ignoring(WebDriverException.class);
    return wait;
  }

  /** Keeps a screenshot of the page as a build artefact. */
  void screenshot(String name) {
    try {
      Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The page passes axe-core's checks without a serious or critical violation, and the browser refused nothing under
   * the page's Content-Security-Policy.
   */
  void assertAccessibleAndNothingRefused(String page) throws IOException {
    JavascriptExecutor script = driver;
    script.executeScript(axe);
    Object result = script.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "axe.run(document, { resultTypes: ['violations'] }).then(r => done(JSON.stringify(r.violations)));");
    List<String> blocking = new ArrayList<>();
    for (JsonNode violation : JSON.readTree((String) result)) {
      if (BLOCKING_IMPACTS.contains(violation.path("impact").asText())) {
        blocking.add(violation.path("id").asText() + " (" + violation.path("impact").asText() + "): "
            + violation.path("help").asText() + " at " + violation.path("nodes").findValuesAsText("html"));
      }
    }
    assertThat(blocking).as("axe-core's serious and critical violations on %s", page).isEmpty();
    List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
        .filter(message -> message.contains("Content Security Policy") || message.contains("Refused"))
        .toList();
    assertThat(refused).as("what the browser refused on %s", page).isEmpty();
  }

  @Override
  public void close() {
    driver.quit();
  }
}

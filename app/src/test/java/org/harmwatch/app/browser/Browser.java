package org.harmwatch.app.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through /usr/bin/chromedriver, with a fresh profile. The paths
 * are given explicitly so Selenium Manager never looks for (or downloads) a browser. Not
 * thread-safe: one test thread drives it; close it when done.
 */
public final class Browser implements AutoCloseable {
  /** Where Debian's chromium-driver package puts the driver (installed by tools/test-setup.sh). */
  public static final String DRIVER = "/usr/bin/chromedriver";

  /** Where Debian's chromium package puts the browser. */
  public static final String CHROMIUM = "/usr/bin/chromium";

  private final ChromeDriver driver;
  private final Path profile;
  private final WebDriverWait wait;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** Starts a browser whose window is {@code width} x {@code height} CSS pixels. */
  public static Browser open(int width, int height) {
    for (String file : List.of(DRIVER, CHROMIUM)) {
      if (!new File(file).canExecute()) {
        throw new IllegalStateException(file + " is missing: run tools/test-setup.sh first");
      }
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("harmwatch-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a Chromium profile directory", e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--lang=en-GB",
        "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    // The viewport gets exactly the asked size (the window includes browser chrome, and is at
    // least 500 px wide); below 500 px the page is emulated as a phone.
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        java.util.Map.of(
            "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 500));
    return new Browser(driver, profile);
  }

  /** The Selenium driver. */
  public ChromeDriver driver() {
    return driver;
  }

  /** Opens {@code url}. */
  public void go(String url) {
    driver.get(url);
  }

  /** Waits until an element matching {@code css} is visible, and returns it. */
  public WebElement visible(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /** Waits until at least {@code n} elements match {@code css}, and returns them. */
  public List<WebElement> atLeast(String css, int n) {
    return wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(css), n - 1));
  }

  /** Waits until the text of the element matching {@code css} contains {@code text}. */
  public void textContains(String css, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  /** The elements matching {@code css} now, without waiting. */
  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Waits until {@code condition} (a JavaScript expression) is true. */
  public void until(String condition) {
    wait.until(
        d -> Boolean.TRUE.equals(driver.executeScript("return Boolean(" + condition + ");")));
  }

  /** Saves a PNG of the window as {@code name}.png in the screenshot directory, and returns it. */
  public Path screenshot(String name) {
    Path dir = Path.of(System.getProperty("harmwatch.screenshots", "target/screenshots"));
    Path file = dir.resolve(name + ".png");
    try {
      Files.createDirectories(dir);
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save screenshot " + file, e);
    }
    return file;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path root) {
    try (var paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the Chromium profile " + root, e);
    }
  }
}

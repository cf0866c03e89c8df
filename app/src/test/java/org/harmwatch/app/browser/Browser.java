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

  /** Starts an English browser whose window is {@code width} x {@code height} CSS pixels. */
  public static Browser open(int width, int height) {
    return open(width, height, "en-GB");
  }

  /**
   * Starts a browser whose window is {@code width} x {@code height} CSS pixels and whose language
   * (navigator.languages, Accept-Language) is {@code lang}, e.g. "fr-FR".
   */
  public static Browser open(int width, int height, String lang) {
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
        "--lang=" + lang,
        "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height);
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", lang));
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

  /**
   * The accessibility problems of the page as shown now, one line each (empty when none): a visible
   * control (input, select, textarea, button, link) without an accessible name, a positive
   * tabindex, an image without alt text, text whose contrast with its background is under 4.5:1
   * (3:1 for large text; the map and charts are left out).
   */
  @SuppressWarnings("unchecked")
  public List<String> a11yProblems() {
    return (List<String>) driver.executeScript(A11Y_SCRIPT);
  }

  /**
   * Presses Tab until an element matching {@code css} has focus, at most {@code maxTabs} times;
   * true when it got there. Starts from the first focusable element of the page.
   */
  public boolean tabReaches(String css, int maxTabs) {
    // The first focusable element (the skip link on every page) is where a keyboard user starts.
    driver.executeScript(
        "const f = document.querySelector('a[href], button, input, select, textarea, [tabindex]');"
            + " if (f) { f.focus(); }");
    for (int n = 0; n < maxTabs; n++) {
      new org.openqa.selenium.interactions.Actions(driver)
          .sendKeys(org.openqa.selenium.Keys.TAB)
          .perform();
      Object hit =
          driver.executeScript(
              "return document.activeElement && document.activeElement.matches(arguments[0]);",
              css);
      if (Boolean.TRUE.equals(hit)) {
        return true;
      }
    }
    return false;
  }

  // Names as a screen reader computes them, in short: aria-labelledby, aria-label, a label, the
  // text inside, alt of an image inside, title, then a placeholder.
  private static final String A11Y_SCRIPT =
      """
      const out = [];
      const visible = (e) => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length)
        && getComputedStyle(e).visibility !== 'hidden';
      const name = (e) => {
        const by = e.getAttribute('aria-labelledby');
        if (by) { const t = by.split(/\\s+/).map((i) => document.getElementById(i))
          .filter(Boolean).map((x) => x.textContent).join(' ').trim(); if (t) { return t; } }
        const a = e.getAttribute('aria-label'); if (a && a.trim()) { return a; }
        if (e.labels && e.labels.length) { const t = [...e.labels].map((l) => l.textContent).join(' ').trim(); if (t) { return t; } }
        if (e.tagName === 'BUTTON' || e.tagName === 'A') {
          const t = (e.textContent || '').trim(); if (t) { return t; }
          const img = e.querySelector('img[alt]'); if (img && img.alt.trim()) { return img.alt; }
        }
        if (e.tagName === 'INPUT' && ['submit', 'button'].includes(e.type) && e.value) { return e.value; }
        if (e.title && e.title.trim()) { return e.title; }
        return '';
      };
      const describe = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
        + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
      for (const e of document.querySelectorAll('input:not([type=hidden]), select, textarea, button, a[href]')) {
        if (visible(e) && !name(e)) { out.push('no accessible name: ' + describe(e)); }
      }
      for (const e of document.querySelectorAll('[tabindex]')) {
        if (Number(e.getAttribute('tabindex')) > 0) { out.push('positive tabindex: ' + describe(e)); }
      }
      for (const e of document.querySelectorAll('img')) {
        if (!e.hasAttribute('alt') && !e.closest('[aria-hidden=true]')) { out.push('image without alt: ' + describe(e) + ' ' + e.getAttribute('src')); }
      }
      const rgba = (c) => { const m = /rgba?\\(([^)]+)\\)/.exec(c || '');
        if (!m) { return null; } const p = m[1].split(',').map((x) => parseFloat(x));
        return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
      const lum = (c) => { const f = (v) => { v /= 255;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
      const background = (e) => { const layers = [];
        for (let x = e; x; x = x.parentElement) { const c = rgba(getComputedStyle(x).backgroundColor);
          if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) { break; } } }
        let bg = [255, 255, 255];
        for (const c of layers.reverse()) { bg = [0, 1, 2].map((i) => c[i] * c[3] + bg[i] * (1 - c[3])); }
        return bg; };
      for (const e of document.body.querySelectorAll('*')) {
        if (!visible(e) || e.closest('svg, .leaflet-container, [disabled], dialog:not([open])')) { continue; }
        const text = [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
        if (!text) { continue; }
        const st = getComputedStyle(e);
        const fg = rgba(st.color);
        if (!fg) { continue; }
        const a = lum(fg); const b = lum(background(e));
        const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        const size = parseFloat(st.fontSize); const bold = parseInt(st.fontWeight, 10) >= 700;
        const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
        if (ratio < need) { out.push('contrast ' + ratio.toFixed(2) + ' < ' + need + ': ' + describe(e)
          + ' "' + e.textContent.trim().slice(0, 40) + '"'); }
      }
      return out;
      """;

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

package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.harmwatch.app.browser.Browser;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.export.ExportFormat;
import org.harmwatch.export.IncidentExport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The coded datasets page in headless Chromium: an admin uploads the app's own ACLED export, runs
 * the cross-check and sees the report, then switches the dataset's layer on over the explore page's
 * map; the pages pass the accessibility basics.
 */
class ReferencePageBrowserIT {
  private final LiveApp app = LiveApp.get();

  @Test
  void anAdminUploadsCrossChecksAndReadsTheReport() throws Exception {
    Path csv = Files.createTempFile("acled-export", ".csv");
    try (OutputStream out = Files.newOutputStream(csv)) {
      new IncidentExport(app.store(), null, null)
          .run(
              IncidentQuery.all(IncidentQuery.MAX_LIMIT),
              0,
              1000,
              ExportFormat.ACLED_CSV.open(out, false));
    }
    try (Browser b = Browser.open(1280, 800)) {
      app.login(b, "admin1");
      b.go(app.base() + "/reference.html");
      b.until("document.body.dataset.ready === 'true'");
      assertThat(b.a11yProblems()).as("empty page").isEmpty();
      b.driver().findElement(By.id("upload-dataset")).sendKeys("Browser test");
      b.driver().findElement(By.id("upload-file")).sendKeys(csv.toString());
      b.driver().findElement(By.cssSelector("#upload button[type=submit]")).click();
      b.textContains("#upload-result", "Browser test version 1");
      b.textContains("#datasets tbody", "Browser test");
      b.driver()
          .findElement(By.xpath("//table[@id='datasets']//button[text()='Cross-check now']"))
          .click();
      b.textContains("#status", "incidents matched");
      b.textContains("#report", "Per country and month");
      assertThat(b.a11yProblems()).as("page with a report").isEmpty();
      b.screenshot("reference-1280x800");

      // The explore page offers the dataset as a layer, off until switched on.
      b.go(app.base() + "/");
      b.until("document.body.dataset.ready === 'true'");
      b.until(
          "[...document.querySelectorAll('.leaflet-control-layers-overlays label')]"
              + ".some(l => l.textContent.includes('Reference: Browser test'))");
      assertThat(b.all("path.reference-marker")).isEmpty();
      b.driver()
          .findElement(
              By.xpath(
                  "//div[contains(@class,'leaflet-control-layers-overlays')]//label"
                      + "[contains(.,'Reference: Browser test')]//input"))
          .click();
      b.until("document.querySelectorAll('path.reference-marker').length > 0");
      assertThat(b.a11yProblems()).as("explore page with a reference layer").isEmpty();
    } finally {
      Files.deleteIfExists(csv);
    }
  }
}

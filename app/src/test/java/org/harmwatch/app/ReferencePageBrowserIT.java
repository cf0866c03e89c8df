package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.harmwatch.app.browser.Browser;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.export.ExportFormat;
import org.harmwatch.export.IncidentExport;
import org.harmwatch.testkit.CsvParser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The coded datasets page in headless Chromium: an admin uploads the app's own ACLED export less
 * one event, runs the cross-check and sees the report; an incident page says which event of the
 * dataset matches it, and the incident whose event was left out says none does; then the dataset's
 * layer is switched on over the explore page's map. The pages pass the accessibility basics.
 */
class ReferencePageBrowserIT {
  private final LiveApp app = LiveApp.get();

  @Test
  void anAdminUploadsCrossChecksAndReadsTheReport() throws Exception {
    ByteArrayOutputStream export = new ByteArrayOutputStream();
    new IncidentExport(app.store(), null, null)
        .run(
            IncidentQuery.all(IncidentQuery.MAX_LIMIT),
            0,
            1000,
            ExportFormat.ACLED_CSV.open(export, false));
    List<List<String>> rows = CsvParser.parse(export.toString(StandardCharsets.UTF_8));
    int left = aloneInItsCountryForWeeks(rows);
    String missing = rows.get(left).get(0);
    String kept = rows.get(left == 1 ? 2 : 1).get(0);
    List<List<String>> uploaded = new ArrayList<>(rows);
    uploaded.remove(left);
    Path csv = Files.createTempFile("acled-export", ".csv");
    Files.writeString(csv, toCsv(uploaded), StandardCharsets.UTF_8);
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

      // The export's event ids are our incident ids: the kept one matches itself, and the one left
      // out of the file has no event in the dataset.
      b.go(app.base() + "/incident.html?id=" + URLEncoder.encode(kept, StandardCharsets.UTF_8));
      b.until("document.body.dataset.ready === 'true'");
      b.textContains("#reference-matches", "matches Browser test " + kept + " (");
      b.go(app.base() + "/incident.html?id=" + URLEncoder.encode(missing, StandardCharsets.UTF_8));
      b.until("document.body.dataset.ready === 'true'");
      b.textContains("#reference-matches", "no matching event in Browser test");
      assertThat(b.visible("#reference-matches").getText()).doesNotContain("matches Browser test");

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

  /**
   * A data row of the export (its index) strictly inside the file's date span whose country has
   * other rows, none within three weeks of it (the cross-check looks a week around an incident's
   * dates): left out of the file, nothing else can match it.
   */
  private static int aloneInItsCountryForWeeks(List<List<String>> rows) {
    List<String> head = rows.get(0);
    int date = head.indexOf("event_date");
    int country = head.indexOf("country");
    List<List<String>> data = rows.subList(1, rows.size());
    LocalDate first =
        data.stream()
            .map(r -> LocalDate.parse(r.get(date)))
            .min(LocalDate::compareTo)
            .orElseThrow();
    LocalDate last =
        data.stream()
            .map(r -> LocalDate.parse(r.get(date)))
            .max(LocalDate::compareTo)
            .orElseThrow();
    for (int i = 1; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      LocalDate d = LocalDate.parse(r.get(date));
      if (!d.isAfter(first) || !d.isBefore(last)) {
        continue;
      }
      boolean others = false;
      boolean near = false;
      for (int j = 1; j < rows.size(); j++) {
        if (j != i && rows.get(j).get(country).equals(r.get(country))) {
          others = true;
          LocalDate o = LocalDate.parse(rows.get(j).get(date));
          near |= Math.abs(o.toEpochDay() - d.toEpochDay()) <= 21;
        }
      }
      if (others && !near) {
        return i;
      }
    }
    throw new AssertionError(
        "the sample corpus has no incident alone in its country for three weeks");
  }

  private static String toCsv(List<List<String>> rows) {
    StringBuilder s = new StringBuilder();
    for (List<String> r : rows) {
      for (int k = 0; k < r.size(); k++) {
        String c = r.get(k);
        s.append(k == 0 ? "" : ",").append('"').append(c.replace("\"", "\"\"")).append('"');
      }
      s.append("\r\n");
    }
    return s.toString();
  }
}

package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.harmwatch.app.browser.Browser;
import org.harmwatch.core.model.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An analyst adds documents from the browser in headless Chromium: a pasted report and files (JSON
 * Lines, an HTML page, a broken PDF) and a page to capture, one result per document, a bad line,
 * file or address costing only itself, the same text twice stored once; each file's upload progress
 * reaching 100%.
 */
class AddDocumentsBrowserIT {
  private final LiveApp app = LiveApp.get();

  @TempDir Path dir;

  private static final String REPORT =
      "Gunmen killed 14 civilians in the village of Tin-Akoff, in the Oudalan province of Burkina"
          + " Faso, on 2 March 2024, residents said.";

  @Test
  void pastedTextAndFilesEachGetTheirResult() throws Exception {
    Path jsonl = dir.resolve("two-reports.jsonl");
    Files.writeString(
        jsonl,
        "{\"title\":\"Line report\",\"text\":\"Armed men abducted 9 traders near Menaka, Mali, on"
            + " 5 March 2024.\"}\n"
            + "{not json at all\n");
    Path html = dir.resolve("market-raid.html");
    Files.writeString(
        html,
        "<!doctype html><html lang=\"en\"><head><title>Raid on a market</title></head><body>"
            + "<article><p>Armed men stormed the market of Gorom-Gorom, Burkina Faso, on 4 March"
            + " 2024 and shot 6 traders, a local official said.</p></article></body></html>");
    Path pdf = dir.resolve("scan.pdf");
    Files.write(pdf, new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4'});
    try (Browser b = Browser.open(1280, 900)) {
      app.login(b, "analyst1");
      b.go(app.base() + "/add.html");
      b.until("document.body.dataset.ready === 'true'");
      b.visible("#d-title").sendKeys("Tin-Akoff attack");
      b.visible("#d-publisher").sendKeys("Local radio");
      b.driver().executeScript("document.getElementById('d-published').value = '2024-03-03'");
      b.visible("#d-text").sendKeys(REPORT);
      b.driver()
          .findElement(By.id("d-files"))
          .sendKeys(
              jsonl.toAbsolutePath() + "\n" + html.toAbsolutePath() + "\n" + pdf.toAbsolutePath());
      // Every value the upload progress bar takes (the attribute reflects progress.value).
      b.driver()
          .executeScript(
              "const p = document.getElementById('upload-progress'); window.progressSeen = [];"
                  + " new MutationObserver((records) => { for (const r of records) {"
                  + " window.progressSeen.push(r.oldValue); } })"
                  + ".observe(p, { attributes: true, attributeFilter: ['value'],"
                  + " attributeOldValue: true });");
      b.visible("#add-form button[type=submit]").click();
      b.until("document.body.dataset.done === '1'");
      List<WebElement> rows = b.all("#results tbody tr");
      assertThat(rows).hasSize(5);
      @SuppressWarnings("unchecked")
      List<String> seen =
          (List<String>)
              b.driver()
                  .executeScript(
                      "return window.progressSeen.slice(1).concat("
                          + "[document.getElementById('upload-progress').getAttribute('value')]);");
      assertThat(seen).as("each of the 3 files is sent from 0 to 100%").isNotEmpty();
      assertThat(seen.stream().filter("0"::equals).count()).isGreaterThanOrEqualTo(3);
      assertThat(seen.stream().filter("100"::equals).count()).isGreaterThanOrEqualTo(3);
      assertThat(seen.get(seen.size() - 1)).isEqualTo("100");
      for (int i = 1; i < seen.size(); i++) {
        if (!seen.get(i).equals("0")) {
          assertThat(Double.parseDouble(seen.get(i)))
              .as("progress within a file never goes back: " + seen)
              .isGreaterThanOrEqualTo(Double.parseDouble(seen.get(i - 1)));
        } else {
          assertThat(seen.get(i - 1))
              .as("a file ends at 100% before the next: " + seen)
              .isIn("0", "100");
        }
      }
      assertThat(b.visible("#upload-text").getText()).isEqualTo("Sent 100% of scan.pdf");
      assertThat(rows.get(0).getText()).contains("pasted text").contains("stored");
      assertThat(rows.get(1).getText()).contains("two-reports.jsonl, item 1").contains("stored");
      assertThat(rows.get(2).getText()).contains("item 2").contains("error:").contains("JSON");
      assertThat(rows.get(3).getText())
          .contains("market-raid.html")
          .contains("Raid on a market")
          .contains("stored");
      assertThat(rows.get(4).getText()).contains("scan.pdf").contains("not a readable PDF");
      b.textContains("#status", "3 stored, 0 duplicate(s), 2 error(s)");

      String page = rows.get(3).findElement(By.cssSelector("a")).getAttribute("href");
      var fromPage =
          app.store()
              .document(
                  java.net.URLDecoder.decode(
                      page.replaceAll(".*id=", ""), java.nio.charset.StandardCharsets.UTF_8))
              .orElseThrow();
      assertThat(fromPage.contentType()).isEqualTo("text/html");
      assertThat(fromPage.text()).contains("shot 6 traders").doesNotContain("<p>");
      assertThat(fromPage.publisher())
          .as("the form's source, the page naming none")
          .isEqualTo("Local radio");

      String href = rows.get(0).findElement(By.cssSelector("a")).getAttribute("href");
      String docId =
          java.net.URLDecoder.decode(
              href.replaceAll(".*id=", ""), java.nio.charset.StandardCharsets.UTF_8);
      var stored = app.store().document(docId).orElseThrow();
      assertThat(stored.title()).isEqualTo("Tin-Akoff attack");
      assertThat(stored.publisher()).isEqualTo("Local radio");
      assertThat(stored.published()).hasToString("2024-03-03");
      assertThat(stored.text()).isEqualTo(REPORT);
      List<Incident> found = app.store().incidentsOfDocument(docId);
      int shown = rows.get(0).findElements(By.cssSelector("td:nth-child(4) a")).size();
      assertThat(shown).isEqualTo(found.size());

      // The same text again is a duplicate, not a second document. (After errors the form keeps
      // its text, so that nothing typed is lost.)
      assertThat(b.visible("#d-text").getAttribute("value")).isEqualTo(REPORT);
      // With it, an address to capture that is not a web page: its row says so.
      b.driver().executeScript("document.getElementById('d-files').value = ''");
      b.visible("#d-capture").sendKeys(app.base() + "/api/health");
      b.visible("#add-form button[type=submit]").click();
      b.until("document.body.dataset.done === '2'");
      rows = b.all("#results tbody tr");
      assertThat(rows).hasSize(2);
      assertThat(rows.get(0).getText()).contains("duplicate: already stored");
      assertThat(rows.get(1).getText())
          .contains("/api/health")
          .contains("error")
          .contains("not an HTML page");
      assertThat(b.a11yProblems()).isEmpty();
    }
  }
}

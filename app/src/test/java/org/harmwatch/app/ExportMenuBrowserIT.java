package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.app.browser.Browser;
import org.harmwatch.export.AcledCsvWriter;
import org.harmwatch.testkit.CsvParser;
import org.junit.jupiter.api.Test;

/** The explore page's Export menu in a real headless Chromium: it exports what the filters show. */
class ExportMenuBrowserIT {
  private final LiveApp app = LiveApp.get();

  @Test
  void theExportMenuDownloadsTheIncidentsTheFiltersShow() throws Exception {
    try (Browser b = Browser.open(1280, 800)) {
      app.login(b, "viewer1");
      b.go(app.base() + "/?country=ML&from=2020-01-01&killed_min=1");
      b.until("document.body.dataset.ready === 'true'");
      Matcher m =
          Pattern.compile("(\\d+) incident\\(s\\) match").matcher(b.visible("#status").getText());
      assertThat(m.find()).as(b.visible("#status").getText()).isTrue();
      int shown = Integer.parseInt(m.group(1));
      assertThat(shown).isPositive();

      b.visible("#export-menu summary").click();
      String href = b.visible("#export-acled").getAttribute("href");
      assertThat(href)
          .contains("/api/incidents.csv?")
          .contains("format=acled")
          .contains("country=ML")
          .contains("from=2020-01-01")
          .contains("killed_min=1");
      assertThat(b.visible("#export-geojson").getAttribute("href"))
          .contains("/api/incidents.geojson?");
      assertThat(b.a11yProblems()).isEmpty();

      // The link, fetched with the page's session, gives the same incidents as the page shows.
      Object body =
          b.driver()
              .executeAsyncScript(
                  "const done = arguments[arguments.length - 1];"
                      + "fetch(arguments[0]).then(r => r.text())"
                      // As JSON, so that the driver hands the CRLF line ends over unchanged.
                      + ".then(t => done(JSON.stringify(t)), e => done(JSON.stringify('ERR ' + e)));",
                  href);
      String csv = new ObjectMapper().readValue(String.valueOf(body), String.class);
      List<List<String>> rows = CsvParser.parse(csv);
      assertThat(rows.get(0)).containsExactlyElementsOf(AcledCsvWriter.COLUMNS);
      assertThat(rows).hasSize(shown + 1);
      int country = rows.get(0).indexOf("country");
      assertThat(rows.subList(1, rows.size()))
          .allSatisfy(r -> assertThat(r.get(country)).isEqualTo("Mali"));
    }
  }
}

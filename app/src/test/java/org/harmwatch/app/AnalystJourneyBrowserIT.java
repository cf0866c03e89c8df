package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.harmwatch.app.browser.Browser;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.review.Change;
import org.harmwatch.core.review.Grade;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An analyst's day in headless Chromium, end to end against the real app: log in, filter the map,
 * open an incident, correct a field with a reason, grade it, merge a duplicate into it, print its
 * dossier and fetch the PDF; then the API and the stores must hold every change.
 */
class AnalystJourneyBrowserIT {
  private final LiveApp app = LiveApp.get();

  @Test
  void anAnalystFiltersOpensCorrectsGradesMergesAndPrints() {
    String id;
    String duplicate;
    try (Browser b = Browser.open(1280, 800)) {
      app.login(b, "analyst1");
      b.until("document.body.dataset.ready === 'true'");
      int everything = b.atLeast("#rows tr", 2).size();

      // Filter the map: Mali only.
      new Select(b.visible("#f-country")).selectByValue("ML");
      b.visible("#filters button[type=submit]").click();
      b.until("new URLSearchParams(location.search).get('country') === 'ML'");
      b.until("document.getElementById('status').textContent.includes('match')");
      List<WebElement> rows = b.atLeast("#rows tr", 1);
      assertThat(rows.size()).isLessThanOrEqualTo(everything);
      for (WebElement row : rows) {
        assertThat(row.getText()).contains("ML");
      }
      assertThat(b.atLeast(".leaflet-marker-icon.cluster, path.incident-marker", 1)).isNotEmpty();

      // Open an incident of the list that has a likely duplicate nearby.
      @SuppressWarnings("unchecked")
      Map<String, Object> pair =
          (Map<String, Object>)
              b.driver()
                  .executeAsyncScript(
                      "const done = arguments[arguments.length - 1];"
                          + " (async () => {"
                          + " for (const a of document.querySelectorAll('#rows a')) {"
                          + "   const id = new URL(a.href).searchParams.get('id');"
                          + "   const r = await fetch('/api/incidents/' + encodeURIComponent(id)"
                          + "     + '/related').then((x) => x.json());"
                          + "   if (Array.isArray(r) && r.length) { return {id, other: r[0].id}; }"
                          + " } return {}; })().then(done, (e) => done({error: String(e)}));");
      assertThat(pair).containsKeys("id", "other");
      id = (String) pair.get("id");
      duplicate = (String) pair.get("other");
      b.visible("#rows a[href='/incident.html?id=" + id + "']").click();
      b.until("location.pathname === '/incident.html' && document.body.dataset.ready === 'true'");
      assertThat(b.a11yProblems()).isEmpty();

      // Correct a field with a reason.
      b.visible("tr[data-field='casualties.injured'] button.correct").click();
      b.visible("#cf-min").clear();
      b.visible("#cf-min").sendKeys("3");
      b.visible("#cf-max").clear();
      b.visible("#cf-max").sendKeys("5");
      b.visible("#cf-reason").sendKeys("Hospital list names five wounded");
      b.visible("#cf-save").click();
      b.textContains("#status", "Injured corrected");
      b.textContains("tr[data-field='casualties.injured'] .value", "3–5");

      // Grade it.
      new Select(b.visible("#grade-select")).selectByValue("confirmed");
      b.visible("#grade").click();
      b.visible("#dlg-reason").sendKeys("Two independent outlets agree");
      b.visible("dialog[open] button[type=submit]").click();
      b.textContains("#review-grade", "confirmed");

      // Merge the duplicate into it.
      b.visible("#related-table tr[data-id='" + duplicate + "'] button.merge").click();
      b.visible("#dlg-reason").sendKeys("Same attack, same day, same village");
      b.visible("dialog[open] button[type=submit]").click();
      b.textContains("#status", "Merged");
      b.textContains("#history", "Same attack, same day, same village");

      // Print the dossier, and fetch its PDF.
      b.visible("a[href='/dossier.html?id=" + id + "']").click();
      b.until("location.pathname === '/dossier.html' && document.body.dataset.ready === 'true'");
      assertThat(b.all("#summary tbody tr")).hasSize(1);
      // Numbered: the table's row, the details' heading and the map marker carry the same number.
      assertThat(b.visible("#summary tbody tr td").getText()).isEqualTo("1");
      assertThat(b.visible("#details h3").getText()).startsWith("1. ");
      assertThat(b.all("#dossier-map .dossier-number"))
          .allSatisfy(m -> assertThat(m.getText()).isEqualTo("1"));
      b.textContains("#details", "Injured");
      b.textContains("#details", "3–5");
      assertThat(b.a11yProblems()).isEmpty();
      @SuppressWarnings("unchecked")
      Map<String, Object> pdf =
          (Map<String, Object>)
              b.driver()
                  .executeAsyncScript(
                      "const done = arguments[arguments.length - 1];"
                          + " fetch(document.getElementById('pdf').href).then(async (r) => {"
                          + " const bytes = new Uint8Array(await r.arrayBuffer());"
                          + " done({status: r.status, type: r.headers.get('content-type'),"
                          + " size: bytes.length,"
                          + " head: String.fromCharCode(...bytes.slice(0, 5))}); },"
                          + " (e) => done({error: String(e)}));");
      assertThat(((Number) pdf.get("status")).intValue()).isEqualTo(200);
      assertThat((String) pdf.get("type")).startsWith("application/pdf");
      assertThat(pdf.get("head")).isEqualTo("%PDF-");
      assertThat(((Number) pdf.get("size")).intValue()).isGreaterThan(1000);

      // The API agrees: the duplicate now points at the incident.
      @SuppressWarnings("unchecked")
      Map<String, Object> merged =
          (Map<String, Object>)
              b.driver()
                  .executeAsyncScript(
                      "const done = arguments[arguments.length - 1];"
                          + " fetch('/api/incidents/' + encodeURIComponent(arguments[0]))"
                          + ".then((r) => r.json()).then(done, (e) => done({error: String(e)}));",
                      duplicate);
      assertThat(merged.get("merged_into")).isEqualTo(id);
      assertThat(String.valueOf(merged.get("review"))).contains("merged");
    }
    Incident after = app.store().incident(id).orElseThrow();
    assertThat(after.casualties().injured().min()).isEqualTo(3);
    assertThat(after.casualties().injured().max()).isEqualTo(5);
    assertThat(app.review().grade(id)).contains(Grade.CONFIRMED);
    List<Change> history = app.review().history(id);
    assertThat(history)
        .extracting(Change::reason)
        .contains(
            "Hospital list names five wounded",
            "Two independent outlets agree",
            "Same attack, same day, same village");
    assertThat(history)
        .filteredOn(c -> "casualties.injured".equals(c.field()))
        .allSatisfy(c -> assertThat(c.user()).isEqualTo("analyst1"));
    assertThat(app.review().history(duplicate))
        .anySatisfy(c -> assertThat(c.reason()).contains("Same attack, same day, same village"));
  }

  @Test
  void anAnalystSplitsAWrongMergeOnTheIncidentPage() {
    try (Browser b = Browser.open(1280, 800)) {
      app.login(b, "analyst1");
      b.until("document.body.dataset.ready === 'true'");
      // An incident that several reports were linked into.
      String id =
          (String)
              b.driver()
                  .executeAsyncScript(
                      "const done = arguments[arguments.length - 1];"
                          + " fetch('/api/incidents?limit=1000').then((r) => r.json()).then((p) =>"
                          + " done((p.items.find((i) => (i.sources || []).length >= 2) || {}).id"
                          + " || null), (e) => done(null));");
      assertThat(id).isNotNull();
      b.go(app.base() + "/incident.html?id=" + id);
      b.until("document.body.dataset.ready === 'true'");
      List<WebElement> picks = b.atLeast("#sources-table input.split-pick", 1);
      WebElement last = picks.get(picks.size() - 1);
      String document = last.getAttribute("value");
      last.click();
      b.visible("#split").click();
      b.visible("#dlg-reason").sendKeys("The second report is about another convoy");
      b.visible("dialog[open] button[type=submit]").click();
      b.textContains("#status", "Split");
      assertThat(b.all("#sources-table input[value='" + document + "']")).isEmpty();
    }
  }
}

package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.harmwatch.app.browser.Browser;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.review.Change;
import org.harmwatch.core.review.Grade;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An analyst's day in headless Chromium, end to end against the real app: log in, filter the map,
 * open an incident, correct a field with a reason, grade it, merge a duplicate into it, print its
 * dossier and fetch the PDF; then the API and the stores must hold every change. A second day: save
 * a search with a webhook, paste a report, hear the webhook (a local HTTP server started by the
 * test) and correct the new incident's place by a pick on the map.
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

  // Written for this test: a report of our own, on a day no sample report covers.
  private static final String PASTED_REPORT =
      "Armed men on motorbikes killed nine civilians at the weekly market of Gorom-Gorom, in the"
          + " Oudalan province of Burkina Faso, on 19 August 2025, residents said. Several shops"
          + " were burned.";

  @Test
  void anAnalystWatchesASearchPastesAReportHearsTheWebhookAndCorrectsThePlaceOnTheMap()
      throws Exception {
    String incidentId;
    String picked;
    try (MockWebServer hook = new MockWebServer()) {
      // Other saved searches of the same user may fire too: answer every call.
      for (int n = 0; n < 10; n++) {
        hook.enqueue(new MockResponse.Builder().code(200).build());
      }
      hook.start();
      try (Browser b = Browser.open(1280, 900)) {
        app.login(b, "analyst1");
        b.until("document.body.dataset.ready === 'true'");

        // Save a search for Burkina Faso and point the watch at a webhook.
        new Select(b.visible("#f-country")).selectByValue("BF");
        b.visible("#filters button[type=submit]").click();
        b.until("new URLSearchParams(location.search).get('country') === 'BF'");
        b.visible("#save-search").click();
        Alert prompt =
            new WebDriverWait(b.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.alertIsPresent());
        prompt.sendKeys("Journey: Burkina Faso");
        prompt.accept();
        b.textContains("#status", "Saved \"Journey: Burkina Faso\"");
        b.go(app.base() + "/watch.html");
        b.until("document.body.dataset.ready === 'true'");
        b.visible("#hook-url").clear();
        b.visible("#hook-url").sendKeys(hook.url("/journey").toString());
        b.visible("#hook-save").click();
        b.textContains("#status", "Webhook saved.");

        // Paste a report.
        b.go(app.base() + "/add.html");
        b.until("document.body.dataset.ready === 'true'");
        b.visible("#d-title").sendKeys("Market attacked in Gorom-Gorom");
        b.visible("#d-publisher").sendKeys("Journey test wire");
        b.visible("#d-text").sendKeys(PASTED_REPORT);
        b.visible("#add-form button[type=submit]").click();
        WebElement found = b.atLeast("#results tbody tr a[href^='/incident.html']", 1).get(0);
        incidentId = found.getAttribute("href").replaceFirst(".*[?&]id=", "");
        incidentId =
            java.net.URLDecoder.decode(incidentId, java.nio.charset.StandardCharsets.UTF_8);
        b.screenshot("journey-pasted-1280x900");

        // The watch fires: the webhook hears of the new incident under the saved search's name.
        JsonNode heard = null;
        for (int n = 0; n < 10 && heard == null; n++) {
          RecordedRequest posted = hook.takeRequest(60, TimeUnit.SECONDS);
          assertThat(posted).as("the webhook was called").isNotNull();
          JsonNode body = ExchangeJson.mapper().readTree(posted.getBody().utf8());
          if ("Journey: Burkina Faso".equals(body.path("search").path("name").asText())) {
            heard = body;
          }
        }
        assertThat(heard).as("a call for the journey's saved search").isNotNull();
        assertThat(heard.get("incidents").findValuesAsText("id")).contains(incidentId);

        // Correct the place by a pick on the map: a click lists the places near that point.
        found.click();
        b.until("location.pathname === '/incident.html' && document.body.dataset.ready === 'true'");
        String before = b.visible("tr[data-field='location'] .value").getText();
        // The incident's map has context: rivers and lakes, and the towns around it named.
        b.until("Number(document.getElementById('incident-map').dataset.water) > 0");
        b.until("!!document.getElementById('incident-map').dataset.labels");
        assertThat(b.atLeast("#incident-map .place-label", 1)).isNotEmpty();
        b.visible("tr[data-field='location'] button.correct").click();
        b.until("document.querySelector('#cf-place-map .leaflet-pane') !== null");
        // So does the map the new place is picked on.
        b.until("!!document.getElementById('cf-place-map').dataset.labels");
        assertThat(b.atLeast("#cf-place-map .place-label", 1)).isNotEmpty();
        b.visible("#cf-place-map").click();
        b.atLeast("#cf-place-results[data-how='near'] button.place-choice", 2);
        // The nearest place may be the one already given: take the first that is another.
        picked =
            (String)
                b.driver()
                    .executeScript(
                        "const now = arguments[0];"
                            + " const c = [...document.querySelectorAll("
                            + "'#cf-place-results button.place-choice')]"
                            + ".find((x) => !now.startsWith(x.dataset.name));"
                            + " if (!c) { return null; } c.click(); return c.dataset.name;",
                        before);
        assertThat(picked).as("a place near the click other than " + before).isNotNull();
        b.textContains("#cf-place-chosen", picked);
        b.visible("#cf-reason").sendKeys("Residents place the market a little further on");
        b.visible("#cf-save").click();
        b.textContains("#status", "Place corrected");
        b.textContains("tr[data-field='location'] .value", picked);
        b.textContains("#history", "Residents place the market a little further on");
        assertThat(b.a11yProblems()).isEmpty();
        b.screenshot("journey-corrected-1280x900");
      }
    }
    Incident after = app.store().incident(incidentId).orElseThrow();
    assertThat(after.location().name()).isEqualTo(picked);
    assertThat(after.location().countryCode()).isEqualTo("BF");
    assertThat(app.review().history(incidentId))
        .anySatisfy(
            c -> {
              assertThat(c.field()).isEqualTo("location");
              assertThat(c.user()).isEqualTo("analyst1");
            });
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

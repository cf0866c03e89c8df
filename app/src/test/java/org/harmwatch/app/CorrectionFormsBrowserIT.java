package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.harmwatch.app.browser.Browser;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.review.Change;
import org.harmwatch.core.store.IncidentQuery;
import org.junit.jupiter.api.Test;

/**
 * The correction forms of the incident page in a real headless Chromium: a place found in the
 * gazetteer and then picked on the map, a figure as min/max, each with words of the source text
 * selected as its new evidence, and both in the history.
 */
class CorrectionFormsBrowserIT {
  private final LiveApp app = LiveApp.get();

  // Selects characters [start, end) of the element's text, across the marks that split it.
  private static final String SELECT =
      "const box = document.querySelector(arguments[0]); const start = arguments[1];"
          + " const end = arguments[2];"
          + " const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);"
          + " let at = 0; let a = null; let b = null; let n;"
          + " while ((n = walker.nextNode())) { const len = n.textContent.length;"
          + "   if (!a && start < at + len) { a = [n, start - at]; }"
          + "   if (!b && end <= at + len) { b = [n, end - at]; break; } at += len; }"
          + " const r = document.createRange(); r.setStart(a[0], a[1]); r.setEnd(b[0], b[1]);"
          + " const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);"
          + " return s.toString();";

  @Test
  void anAnalystCorrectsAPlaceByTheGazetteerAndTheMapAndAFigureWithEvidenceWords() {
    Incident incident = target();
    String text = app.store().document(incident.document().id()).orElseThrow().text();
    String placeWords = firstWords(text, incident, "location");
    String killedWords = firstWords(text, incident, "casualties.killed");
    String picked;
    try (Browser b = Browser.open(1280, 900)) {
      app.login(b, "analyst1");
      b.go(app.base() + "/incident.html?id=" + incident.id());
      b.until("document.body.dataset.ready === 'true'");
      // Word-level evidence from the extractor's phrases, not only whole sentences.
      assertThat(b.atLeast("#source-text mark.words", 1)).isNotEmpty();

      // The place: a gazetteer search, then a click on the map lists the places near that point.
      b.visible("tr[data-field='location'] button.correct").click();
      b.visible("#cf-place-q").sendKeys("Mopti");
      // The country box starts with the incident's country; the search here is across countries.
      b.visible("#cf-place-country").clear();
      b.visible("#cf-place-search").click();
      b.visible("#cf-place-results button.place-choice").click();
      b.textContains("#cf-place-chosen", "Mopti");
      b.until("document.querySelector('#cf-place-map .leaflet-pane') !== null");
      b.visible("#cf-place-map").click();
      b.atLeast("#cf-place-results[data-how='near'] button.place-choice", 1);
      picked = b.visible("#cf-place-results button.place-choice").getAttribute("data-name");
      b.visible("#cf-place-results button.place-choice").click();
      b.textContains("#cf-place-chosen", picked);
      select(b, text, placeWords);
      b.visible("#cf-use-selection").click();
      b.textContains("#cf-evidence .evidence-chip", placeWords);
      b.visible("#cf-reason").sendKeys("The map shows where the witnesses place it");
      b.visible("#cf-save").click();
      b.textContains("#status", "Place corrected, with its new evidence");
      b.textContains("tr[data-field='location'] .value", picked);
      b.textContains("#history", "The map shows where the witnesses place it");
      b.textContains("#history", "“" + placeWords + "” for Place");

      // A figure through its min/max form, with its own evidence words.
      b.visible("tr[data-field='casualties.killed'] button.correct").click();
      b.visible("#cf-min").clear();
      b.visible("#cf-min").sendKeys("12");
      b.visible("#cf-max").clear();
      b.visible("#cf-max").sendKeys("15");
      select(b, text, killedWords);
      b.visible("#cf-use-selection").click();
      b.textContains("#cf-evidence .evidence-chip", killedWords);
      b.visible("#cf-reason").sendKeys("A later count gives 12 to 15");
      b.visible("#cf-save").click();
      b.textContains("#status", "Killed corrected, with its new evidence");
      b.textContains("tr[data-field='casualties.killed'] .value", "12–15");
      b.textContains("#history", "“" + killedWords + "” for Killed");
      // The field's evidence link now quotes the chosen words.
      b.textContains("tr[data-field='casualties.killed'] button.evidence-link", killedWords);

      // The date as a range with a precision; a range that ends before it starts is refused.
      b.visible("tr[data-field='date'] button.correct").click();
      b.driver()
          .executeScript(
              "document.getElementById('cf-start').value = '2024-03-04';"
                  + " document.getElementById('cf-end').value = '2024-03-01';");
      b.visible("#cf-reason").sendKeys("The survivors place it in the first week of March");
      b.visible("#cf-save").click();
      b.textContains("#cf-error", "the last day is before the first");
      b.driver()
          .executeScript(
              "document.getElementById('cf-start').value = '2024-03-01';"
                  + " document.getElementById('cf-end').value = '2024-03-07';");
      new org.openqa.selenium.support.ui.Select(b.visible("#cf-precision")).selectByValue("week");
      b.visible("#cf-save").click();
      b.textContains("#status", "Date corrected");
      b.textContains("#history", "The survivors place it in the first week of March");
      assertThat(b.a11yProblems()).isEmpty();
    }

    Incident after = app.store().incident(incident.id()).orElseThrow();
    assertThat(after.location().name()).isEqualTo(picked);
    assertThat(after.location().lat()).isNotNull();
    assertThat(after.casualties().killed().min()).isEqualTo(12);
    assertThat(after.casualties().killed().max()).isEqualTo(15);
    assertThat(after.date().start()).hasToString("2024-03-01");
    assertThat(after.date().end()).hasToString("2024-03-07");
    assertThat(after.date().precision()).isEqualTo(org.harmwatch.core.model.DatePrecision.WEEK);
    assertThat(after.evidence())
        .filteredOn(e -> e.fields().contains("location"))
        .extracting(Evidence::text)
        .containsExactly(placeWords);
    assertThat(after.evidence())
        .filteredOn(e -> e.fields().contains("casualties.killed"))
        .extracting(Evidence::text)
        .containsExactly(killedWords);
    List<Change> history = app.review().history(incident.id());
    assertThat(history)
        .filteredOn(c -> "evidence".equals(c.field()))
        .extracting(Change::reason)
        .containsExactly(
            "The map shows where the witnesses place it", "A later count gives 12 to 15");
  }

  @Test
  void theReviewQueueSendsActorCorrectionsToTheDictionaryForm() {
    Incident incident = targets().get(0);
    try (Browser b = Browser.open(1280, 900)) {
      app.login(b, "analyst1");
      // What the review queue opens for a place or actor correction.
      b.go(app.base() + "/incident.html?id=" + incident.id() + "&correct=perpetrators");
      b.until("document.body.dataset.ready === 'true'");
      b.visible("#correction-form[data-field='perpetrators'] #cf-actor-q").sendKeys("Wagner");
      b.visible("#cf-actor-search").click();
      b.visible("#cf-actor-results button.actor-choice[data-name='Wagner Group']").click();
      b.visible("#cf-actors li.actor-item[data-name='Wagner Group']");
      b.visible("#cf-reason").sendKeys("The report names the group");
      b.visible("#cf-save").click();
      b.textContains("#status", "Perpetrators corrected");
      b.textContains("tr[data-field='perpetrators'] .value", "Wagner Group");
      b.textContains("#history", "The report names the group");
    }
    assertThat(app.store().incident(incident.id()).orElseThrow().perpetrators())
        .anySatisfy(
            a -> {
              assertThat(a.name()).isEqualTo("Wagner Group");
              assertThat(a.type().code()).isEqualTo("external_forces");
            });
  }

  private static void select(Browser b, String text, String words) {
    int start = text.indexOf(words);
    Object got = b.driver().executeScript(SELECT, "#source-text", start, start + words.length());
    assertThat(got).isEqualTo(words);
  }

  /**
   * A sample incident with a point and killed evidence in its own text, not one the other browser
   * tests change (they take the first ones).
   */
  private Incident target() {
    List<Incident> found = targets();
    return found.get(found.size() - 1);
  }

  private List<Incident> targets() {
    List<Incident> found =
        app.store().search(IncidentQuery.all(IncidentQuery.MAX_LIMIT)).items().stream()
            .filter(i -> i.location() != null && i.location().hasCoordinates())
            .filter(i -> i.casualties().killed() != null && i.document() != null)
            .filter(i -> !firstWords(text(i), i, "casualties.killed").isEmpty())
            .sorted(Comparator.comparing(Incident::id))
            .toList();
    assertThat(found).hasSizeGreaterThan(1);
    return found;
  }

  private String text(Incident i) {
    return app.store().document(i.document().id()).map(Document::text).orElse("");
  }

  /** Two words of the field's first evidence sentence, when they are in the text. */
  private static String firstWords(String text, Incident i, String field) {
    for (Evidence e : i.evidence()) {
      if ((e.fields().contains(field) || field.equals("location"))
          && e.end() <= text.length()
          && text.substring(e.start(), e.end()).equals(e.text())) {
        String[] words = e.text().strip().split("\\s+");
        if (words.length >= 4) {
          // Different words for the place and the figure, so each field's evidence is its own.
          int k = field.equals("location") ? 2 : 0;
          return words[k] + " " + words[k + 1];
        }
      }
    }
    return "";
  }
}

package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.harmwatch.app.browser.Browser;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.review.Change;
import org.harmwatch.core.review.Grade;
import org.harmwatch.core.store.IncidentQuery;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The incident page and the source reader in a real headless Chromium. Their screenshots are {@link
 * MainViewsBrowserIT}'s.
 */
class IncidentPageBrowserIT {
  private final LiveApp app = LiveApp.get();

  @Test
  void anAnalystSeesTheEvidenceAndCorrectsAndGradesInline() {
    Incident incident = withKilledEvidence(0);
    try (Browser b = Browser.open(1280, 800)) {
      app.login(b, "analyst1");
      b.go(app.base() + "/incident.html?id=" + incident.id());
      b.until("document.body.dataset.ready === 'true'");
      assertThat(b.atLeast("#source-text mark[data-ev]", 1)).isNotEmpty();
      assertThat(b.all("#incident-map path.incident-marker")).hasSize(1);
      assertThat(b.a11yProblems()).isEmpty();
      WebElement killedRow = b.visible("tr[data-field='casualties.killed']");
      killedRow.findElement(By.cssSelector("button.evidence-link")).click();
      assertThat(b.atLeast("#source-text mark.current", 1).get(0).getText()).isNotBlank();

      killedRow.findElement(By.cssSelector("button.correct")).click();
      b.visible("#cf-min").clear();
      b.visible("#cf-min").sendKeys("41");
      b.visible("#cf-max").clear();
      b.visible("#cf-max").sendKeys("43");
      b.visible("#cf-reason").sendKeys("Second report gives the full toll");
      b.visible("#cf-save").click();
      b.textContains("#status", "corrected");
      b.textContains("tr[data-field='casualties.killed'] .value", "41–43");
      b.textContains("#history", "Second report gives the full toll");

      new Select(b.visible("#grade-select")).selectByValue("fair");
      b.visible("#grade").click();
      b.visible("#dlg-reason").sendKeys("One credible local source");
      b.visible("dialog[open] button[type=submit]").click();
      b.textContains("#review-grade", "fair");
    }
    Incident after = app.store().incident(incident.id()).orElseThrow();
    assertThat(after.casualties().killed().min()).isEqualTo(41);
    assertThat(after.casualties().killed().max()).isEqualTo(43);
    assertThat(app.review().grade(incident.id())).contains(Grade.FAIR);
    List<Change> history = app.review().history(incident.id());
    assertThat(history)
        .anySatisfy(
            c -> {
              assertThat(c.field()).isEqualTo("casualties.killed");
              assertThat(c.user()).isEqualTo("analyst1");
              assertThat(c.reason()).isEqualTo("Second report gives the full toll");
            });
  }

  @Test
  void aViewerReadsWithoutEditControlsAndQueuesTheSourceForLater() {
    Incident incident = withKilledEvidence(1);
    String documentId = incident.document().id();
    try (Browser b = Browser.open(390, 844)) {
      app.login(b, "viewer1");
      b.go(app.base() + "/incident.html?id=" + incident.id());
      b.until("document.body.dataset.ready === 'true'");
      assertThat(b.atLeast("#source-text mark[data-ev]", 1)).isNotEmpty();
      assertThat(b.all("button.correct, #verify, #grade, #grade-select")).isEmpty();

      b.go(app.base() + "/reader.html?id=" + documentId);
      b.until("document.body.dataset.ready === 'true'");
      assertThat(b.atLeast("#text p", 1)).isNotEmpty();
      assertThat(b.all("#text script, #text img, #text iframe")).isEmpty();
      assertThat(b.all("#views-box:not([hidden])")).isEmpty();
      assertThat(b.a11yProblems()).isEmpty();
      b.visible("#zoom-in").click();
      b.textContains("#zoom-level", "115");
      assertThat(b.driver().executeScript("return localStorage.getItem('harmwatch.readerZoom');"))
          .isEqualTo("115");
      b.visible("#read-later").click();
      b.until("document.getElementById('read-later').getAttribute('aria-pressed') === 'true'");
      Object scroll = b.driver().executeScript("return document.documentElement.scrollWidth;");
      assertThat(((Number) scroll).longValue()).isLessThanOrEqualTo(390);
    }
    assertThat(app.accounts().readingQueue("viewer1"))
        .anySatisfy(q -> assertThat(q.documentId()).isEqualTo(documentId));
    assertThat(app.accounts().views(documentId))
        .anySatisfy(v -> assertThat(v.username()).isEqualTo("viewer1"));
  }

  @Test
  void anAnalystSeesTheAccessLogAndTheTextSizeIsRemembered() {
    Incident incident = withKilledEvidence(2);
    String documentId = incident.document().id();
    try (Browser b = Browser.open(1280, 800)) {
      app.login(b, "analyst1");
      b.go(app.base() + "/reader.html?id=" + documentId);
      b.until("document.body.dataset.ready === 'true'");
      b.visible("#zoom-out").click();
      b.textContains("#zoom-level", "90");
      b.visible("#views-count");
      b.textContains("#views", "analyst1");
      b.go(app.base() + "/reader.html?id=" + documentId);
      b.until("document.body.dataset.ready === 'true'");
      b.textContains("#zoom-level", "90");
      assertThat(b.visible("#text").getCssValue("font-size")).isNotEqualTo("16px");
    }
  }

  /** The n-th sample incident with a point and evidence for the killed count found in its text. */
  private Incident withKilledEvidence(int n) {
    List<Incident> found =
        app.store().search(IncidentQuery.all(IncidentQuery.MAX_LIMIT)).items().stream()
            .filter(i -> i.location() != null && i.location().hasCoordinates())
            .filter(i -> i.casualties().killed() != null && i.document() != null)
            .filter(this::killedEvidenceInText)
            .toList();
    assertThat(found).hasSizeGreaterThan(n);
    return found.get(n);
  }

  private boolean killedEvidenceInText(Incident i) {
    String text = app.store().document(i.document().id()).map(Document::text).orElse("");
    for (Evidence e : i.evidence()) {
      if (e.fields().contains("casualties.killed")
          && e.end() <= text.length()
          && text.substring(e.start(), e.end()).equals(e.text())) {
        return true;
      }
    }
    return false;
  }
}

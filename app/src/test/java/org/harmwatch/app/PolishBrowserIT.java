package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.harmwatch.app.browser.Browser;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.store.IncidentQuery;
import org.junit.jupiter.api.Test;

/**
 * The small things of an analyst's day in headless Chromium: unknown pages and ids said in words,
 * the history as readable changes with time zones, the reading queue with its own Remove, and the
 * review toolbar that stays in reach.
 */
class PolishBrowserIT {
  private final LiveApp app = LiveApp.get();

  @Test
  void unknownPagesAndIdsAreSaidInWords() {
    try (Browser b = Browser.open(1280, 800)) {
      app.login(b, "viewer1");
      b.go(app.base() + "/no-such-page");
      b.textContains("h1", "Page not found");
      assertThat(b.driver().getPageSource()).doesNotContain("\"error\"");
      b.go(app.base() + "/incident.html?id=no-such-incident");
      b.until("document.body.dataset.ready === 'true'");
      b.textContains("#status", "There is no incident \"no-such-incident\"");
      b.visible("#not-found a[href='/']");
      assertThat(b.a11yProblems()).isEmpty();
    }
  }

  @Test
  void theHistoryReadsAsChangesWithTheTimeZone() {
    Incident any = app.store().search(IncidentQuery.all(1)).items().get(0);
    try (Browser b = Browser.open(1280, 800)) {
      app.login(b, "viewer1");
      b.go(app.base() + "/incident.html?id=" + any.id());
      b.until("document.body.dataset.ready === 'true'");
      b.textContains("#history", "Extracted");
      String history = b.visible("#history").getText();
      assertThat(history).doesNotContain("{").doesNotContain("\"");
      // Times carry their zone (the browser's; headless Chromium here runs in UTC).
      assertThat(history).containsAnyOf("UTC", "GMT");
      assertThat(b.visible("#history time").getAttribute("title")).endsWith(" UTC");
    }
  }

  @Test
  void theReadingQueueHasItsOwnRemoveAndNoReaderButtons() {
    Incident any = app.store().search(IncidentQuery.all(1)).items().get(0);
    String doc = any.document().id();
    app.accounts().dequeue("analyst1", doc);
    app.accounts().enqueue("analyst1", doc, Instant.now());
    try (Browser b = Browser.open(390, 844)) {
      app.login(b, "analyst1");
      b.go(app.base() + "/reader.html");
      b.until("document.body.dataset.ready === 'true'");
      assertThat(b.all("#tools button")).noneMatch(e -> e.isDisplayed());
      b.visible("#queue li[data-document='" + doc + "'] button.remove").click();
      b.textContains("#status", "Removed");
      assertThat(app.accounts().readingQueue("analyst1"))
          .noneMatch(q -> q.documentId().equals(doc));
      assertThat(b.a11yProblems()).isEmpty();
    }
  }

  @Test
  void theReviewToolbarStaysInReachWhileTheQueueScrolls() {
    try (Browser b = Browser.open(1280, 600)) {
      app.login(b, "analyst1");
      b.go(app.base() + "/review.html");
      b.until("document.body.dataset.ready === 'true'");
      b.until("getComputedStyle(document.getElementById('actions')).position === 'sticky'");
      b.driver().executeScript("window.scrollTo(0, document.body.scrollHeight)");
      b.until(
          "(() => { const r = document.getElementById('actions').getBoundingClientRect();"
              + " return r.top >= 0 && r.bottom <= window.innerHeight; })()");
    }
  }
}

package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.harmwatch.app.browser.Browser;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.Pipeline;
import org.harmwatch.core.review.ReviewStatus;
import org.junit.jupiter.api.Test;

/** An admin takes a document down from the reader, and a viewer then sees only its tombstone. */
class TakedownBrowserIT {
  private static final String NAME = "Kadiatou Sangaré-Test";
  private static final String TEXT =
      "Gunmen attacked the weekly market of Tessit on 3 May 2024, killing four civilians. A"
          + " witness, "
          + NAME
          + ", told our correspondent that the attackers came on motorbikes.";

  private final LiveApp app = LiveApp.get();

  @Test
  void anAdminTakesADocumentDownAndAViewerSeesTheTombstone() {
    // A document of its own, so that the other browser tests keep the sample corpus intact.
    Document doc =
        Document.ofText("takedown-browser-doc", "Market attack", LocalDate.of(2024, 5, 4), TEXT);
    List<Incident> incidents =
        new Pipeline(app.components().extractor(), app.store()).ingest(doc).incidents();
    String reader = app.base() + "/reader.html?id=" + doc.id();

    try (Browser b = Browser.open(1280, 800)) {
      app.login(b, "admin1");
      b.go(reader);
      b.until("document.body.dataset.ready === 'true'");
      b.textContains("#text", NAME);
      b.visible("#take-down").click();
      b.visible("#dlg-reason").sendKeys("The named witness asked to be removed");
      b.visible("dialog[open] button[type=submit]").click();
      b.visible("#tombstone");
      b.textContains("#tombstone", "The named witness asked to be removed");
      b.textContains("#tombstone", "admin1");
      assertThat(b.all("#text p")).isEmpty();
    }

    assertThat(app.store().document(doc.id()).orElseThrow().text()).isEmpty();
    for (Incident i : incidents) {
      assertThat(app.store().incident(i.id()).orElseThrow().evidence()).isEmpty();
      assertThat(app.review().status(i.id())).isEqualTo(ReviewStatus.DELETED);
    }

    try (Browser b = Browser.open(1280, 800)) {
      app.login(b, "viewer1");
      b.go(reader);
      b.until("document.body.dataset.ready === 'true'");
      b.visible("#tombstone");
      b.textContains("#tombstone", "The named witness asked to be removed");
      b.textContains("#tombstone", doc.sha256());
      assertThat(b.all("#take-down:not([hidden])")).isEmpty();
      assertThat(b.driver().getPageSource()).doesNotContain(NAME);
      assertThat(b.a11yProblems()).isEmpty();
    }
  }
}

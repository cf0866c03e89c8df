package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.harmwatch.app.browser.Browser;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** An analyst withholds a proposed name from the reader; a viewer then reads "[withheld]". */
class SensitiveSpanBrowserIT {
  private static final String NAME = "Oumou Testdiarra";
  private static final String TEXT =
      "Gunmen attacked the cattle market of Intahaka on 9 June 2024, killing three herders. A"
          + " survivor, "
          + NAME
          + ", told our correspondent that the attackers left towards the border.";

  private final LiveApp app = LiveApp.get();

  @Test
  void anAnalystWithholdsAProposedNameAndAViewerNoLongerReadsIt() {
    Document doc =
        Document.ofText("sensitive-browser-doc", "Market attack", LocalDate.of(2024, 6, 10), TEXT);
    new Pipeline(app.components().extractor(), app.store()).ingest(doc);
    String reader = app.base() + "/reader.html?id=" + doc.id();

    try (Browser b = Browser.open(1280, 800)) {
      app.login(b, "analyst1");
      b.go(reader);
      b.until("document.body.dataset.ready === 'true'");
      b.visible("#sensitive-box");
      b.textContains("#proposals", NAME);
      b.visible("#proposals button").click();
      b.until("document.querySelector('#spans').textContent.includes('" + NAME + "')");
      b.textContains("#spans", "analyst1");
      b.textContains("#text", NAME);
      assertThat(b.a11yProblems()).isEmpty();
    }

    try (Browser b = Browser.open(1280, 800)) {
      app.login(b, "viewer1");
      b.go(reader);
      b.until("document.body.dataset.ready === 'true'");
      b.textContains("#text", "A survivor, [withheld], told");
      b.visible("#withheld-note");
      assertThat(b.all("#sensitive-box:not([hidden])")).isEmpty();
      assertThat(b.driver().getPageSource()).doesNotContain(NAME);
      assertThat(b.a11yProblems()).isEmpty();
    }
  }
}

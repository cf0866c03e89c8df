package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.harmwatch.app.browser.Browser;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.watch.WatchedSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * An analyst adds a feed on the sources page of a real headless Chromium, polls it, and follows the
 * incident found in the captured article to its page and map, then reads the archived capture of
 * the article in the reader. The feed and the article come from a local HTTP server this test
 * starts.
 */
class SourcesBrowserIT {
  private final LiveApp app = LiveApp.get();

  private static final String ARTICLE =
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
          + "<title>Gunmen kill 12 villagers near Koro | Sahel Wire</title>"
          + "<meta property=\"article:published_time\" content=\"2025-03-14T09:00:00Z\">"
          + "<meta name=\"author\" content=\"Sahel Wire desk\">"
          + "<script>document.title = 'script ran';</script></head><body>"
          + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
          + "<article><h1>Gunmen kill 12 villagers near Koro</h1>"
          + "<p>Unidentified gunmen killed 12 civilians in the village of Dinangourou, near Koro in"
          + " Mali's Mopti region, on Thursday 13 March 2025, local officials said.</p>"
          + "<p>The attackers set fire to granaries and shot at residents who tried to flee.</p>"
          + "</article><div class=\"comments\"><p>Reader comment: this must stop, says a reader"
          + " from Bamako.</p></div><footer>Copyright Sahel Wire</footer></body></html>";

  @Test
  void anAnalystAddsAFeedPollsItAndSeesTheIncident() throws Exception {
    try (MockWebServer site = new MockWebServer()) {
      site.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
              if (r.getTarget().equals("/feed.xml")) {
                return ok(
                    "application/rss+xml",
                    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Sahel Wire</title>"
                        + "<link>"
                        + site.url("/")
                        + "</link><description>d</description><item><title>Gunmen kill 12</title>"
                        + "<link>"
                        + site.url("/africa/gunmen-kill-12-villagers-near-koro")
                        + "</link></item></channel></rss>");
              }
              if (r.getTarget().equals("/africa/gunmen-kill-12-villagers-near-koro")) {
                return ok("text/html; charset=utf-8", ARTICLE);
              }
              return new MockResponse.Builder().code(404).body("no").build();
            }
          });
      site.start();
      String feed = site.url("/feed.xml").toString();
      try (Browser b = Browser.open(1280, 900)) {
        app.login(b, "analyst1");
        b.go(app.base() + "/sources.html");
        b.until("document.body.dataset.ready === 'true'");
        b.visible("#s-url").sendKeys(feed);
        b.visible("#s-name").sendKeys("Sahel Wire");
        b.visible("#s-language").sendKeys("en");
        b.visible("#add-button").click();
        b.textContains("#status", "Watching " + feed);
        WatchedSource source =
            app.sources().list().stream()
                .filter(s -> s.url().equals(feed))
                .findFirst()
                .orElseThrow();
        b.visible("tr[data-source='" + source.id() + "'] button[data-poll]").click();
        b.textContains("#status", "1 new documents");
        List<WebElement> links = b.atLeast("#document-table a.incident-link", 1);
        assertThat(b.visible("#detail-heading").getText()).contains("1 documents");
        String href = links.get(0).getAttribute("href");
        String id = href.substring(href.indexOf("id=") + 3);
        Incident incident =
            app.store().incident(URLDecoder.decode(id, StandardCharsets.UTF_8)).orElseThrow();
        assertThat(incident.casualties().killed().min()).isEqualTo(12);
        assertThat(app.store().document(incident.document().id()).orElseThrow().text())
            .contains("Unidentified gunmen killed 12 civilians")
            .doesNotContain("Reader comment")
            .doesNotContain("Copyright");
        assertThat(b.a11yProblems()).isEmpty();

        links.get(0).click();
        b.until("document.body.dataset.ready === 'true'");
        assertThat(b.all("#incident-map path.incident-marker")).hasSize(1);

        // The reader shows the archived capture as it was: a banner, then the page in a sandbox.
        String article = site.url("/africa/gunmen-kill-12-villagers-near-koro").toString();
        b.go(
            app.base()
                + "/reader.html?id="
                + java.net.URLEncoder.encode(incident.document().id(), StandardCharsets.UTF_8));
        b.until("document.body.dataset.ready === 'true'");
        b.textContains("#captures", article);
        b.visible("#captures a.capture-show").click();
        b.textContains("#capture-banner", "Captured on");
        String banner = b.visible("#capture-banner").getText();
        assertThat(banner)
            .contains(article)
            .containsPattern("SHA-256 of the WARC record: [0-9a-f]{64}");
        WebElement frame = b.visible("#capture-frame");
        assertThat(frame.getDomAttribute("sandbox")).isEmpty();
        b.driver().switchTo().frame(frame);
        b.textContains("h1", "Gunmen kill 12 villagers near Koro");
        // The page's own script, which would retitle it, did not run.
        assertThat(b.driver().getTitle()).doesNotContain("script ran");
        assertThat(b.all("script")).isEmpty();
        b.driver().switchTo().defaultContent();
        assertThat(b.a11yProblems()).isEmpty();
      }
    }
  }

  private static MockResponse ok(String type, String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", type).body(body).build();
  }
}

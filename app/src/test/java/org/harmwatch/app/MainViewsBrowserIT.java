package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.harmwatch.app.browser.Browser;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.store.IncidentQuery;
import org.junit.jupiter.api.Test;

/**
 * The main views (explore, incident, reader, review, dossier) at 1280x800 and at 390x844 in
 * headless Chromium: each passes the accessibility basics and has no sideways scrolling, and its
 * screenshot is kept under {@code target/screenshots} as
 * &lt;view&gt;-&lt;width&gt;x&lt;height&gt;.png. It is the one test that saves these views, so that
 * each has one file per size (the account page, which is not here, is saved by {@link
 * ReviewAndAccountBrowserIT}).
 */
class MainViewsBrowserIT {
  private final LiveApp app = LiveApp.get();

  @Test
  void theMainViewsAtDesktopAndPhoneSize() {
    Incident incident =
        app.store().search(IncidentQuery.all(IncidentQuery.MAX_LIMIT)).items().stream()
            .filter(i -> i.document() != null && !i.evidence().isEmpty())
            .filter(i -> i.location() != null && i.location().hasCoordinates())
            .findFirst()
            .orElseThrow();
    String q = "?id=" + incident.id();
    List<String[]> views =
        List.of(
            new String[] {"explore", "/"},
            new String[] {"incident", "/incident.html" + q},
            new String[] {"reader", "/reader.html?id=" + incident.document().id()},
            new String[] {"review", "/review.html"},
            new String[] {"dossier", "/dossier.html" + q});
    for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
      try (Browser b = Browser.open(size[0], size[1])) {
        app.login(b, "analyst1");
        for (String[] view : views) {
          b.go(app.base() + view[1]);
          b.until("document.body.dataset.ready === 'true'");
          assertThat(b.a11yProblems()).as(view[0]).isEmpty();
          long scroll =
              ((Number) b.driver().executeScript("return document.documentElement.scrollWidth;"))
                  .longValue();
          assertThat(scroll)
              .as(view[0] + " has no sideways scrolling")
              .isLessThanOrEqualTo(size[0]);
          b.screenshot(view[0] + "-" + size[0] + "x" + size[1]);
        }
      }
    }
  }

  @Test
  void theAccessibilityCheckFindsWhatItLooksFor() {
    try (Browser b = Browser.open(1280, 800)) {
      app.login(b, "analyst1");
      b.until("document.body.dataset.ready === 'true'");
      assertThat(b.a11yProblems()).isEmpty();
      b.driver()
          .executeScript(
              "const m = document.querySelector('main');"
                  + " const p = document.createElement('p'); p.textContent = 'pale text';"
                  + " p.style.color = '#bbbbbb'; m.prepend(p);"
                  + " const x = document.createElement('button'); m.prepend(x);"
                  + " const t = document.createElement('a'); t.href = '#'; t.textContent = 'jump';"
                  + " t.tabIndex = 3; m.prepend(t);"
                  + " const i = document.createElement('img'); i.src = '/basemap/none.png';"
                  + " m.prepend(i);");
      assertThat(b.a11yProblems())
          .anySatisfy(p -> assertThat(p).startsWith("contrast").contains("pale text"))
          .anySatisfy(p -> assertThat(p).startsWith("no accessible name: button"))
          .anySatisfy(p -> assertThat(p).startsWith("positive tabindex: a"))
          .anySatisfy(p -> assertThat(p).startsWith("image without alt"));
    }
  }
}

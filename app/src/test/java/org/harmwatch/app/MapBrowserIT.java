package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.harmwatch.app.browser.Browser;
import org.junit.jupiter.api.Test;

/**
 * The explore view in a real headless Chromium, at desktop and at phone width. Its screenshots are
 * {@link MainViewsBrowserIT}'s.
 */
class MapBrowserIT {
  private final LiveApp app = LiveApp.get();

  @Test
  void theMapShowsTheSampleIncidentsAtDesktopSize() {
    try (Browser b = Browser.open(1280, 800)) {
      app.login(b, "viewer1");
      b.until("document.body.dataset.ready === 'true'");
      assertThat(b.atLeast("#rows tr", 20)).hasSizeGreaterThanOrEqualTo(20);
      assertThat(b.atLeast(".leaflet-marker-icon.cluster, path.incident-marker", 3)).isNotEmpty();
      assertThat(b.atLeast("#timeline rect.bar", 3)).isNotEmpty();
      assertThat(b.a11yProblems()).isEmpty();
      assertThat(b.tabReaches("#f-country", 30)).isTrue();
      assertThat(b.tabReaches("#rows a", 120)).isTrue();
    }
  }

  @Test
  void theMapWorksAtPhoneWidth() {
    try (Browser b = Browser.open(390, 844)) {
      app.login(b, "viewer1");
      b.until("document.body.dataset.ready === 'true'");
      b.atLeast("#rows tr", 1);
      Object width = b.driver().executeScript("return document.documentElement.clientWidth;");
      Object scroll = b.driver().executeScript("return document.documentElement.scrollWidth;");
      // Nothing wider than the phone: no sideways scrolling.
      assertThat(((Number) scroll).longValue()).isLessThanOrEqualTo(((Number) width).longValue());
    }
  }
}

package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.harmwatch.app.browser.Browser;
import org.junit.jupiter.api.Test;

/** The explore view in a real headless Chromium, at desktop and at phone width. */
class MapBrowserIT {
  private final LiveApp app = LiveApp.get();

  @Test
  void theMapShowsTheSampleIncidentsAtDesktopSize() {
    try (Browser b = Browser.open(1280, 800)) {
      b.go(app.base() + "/");
      assertThat(b.atLeast("#incidents .incident", 20)).hasSizeGreaterThanOrEqualTo(20);
      assertThat(b.atLeast(".leaflet-overlay-pane path.leaflet-interactive", 5)).isNotEmpty();
      b.screenshot("map-1280x800");
    }
  }

  @Test
  void theMapWorksAtPhoneWidth() {
    try (Browser b = Browser.open(390, 844)) {
      b.go(app.base() + "/");
      b.atLeast("#incidents .incident", 1);
      Object width = b.driver().executeScript("return document.documentElement.clientWidth;");
      Object scroll = b.driver().executeScript("return document.documentElement.scrollWidth;");
      // Nothing wider than the phone: no sideways scrolling.
      assertThat(((Number) scroll).longValue()).isLessThanOrEqualTo(((Number) width).longValue());
      b.screenshot("map-phone-390");
    }
  }
}

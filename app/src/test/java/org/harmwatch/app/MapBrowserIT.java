package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.harmwatch.app.browser.Browser;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.store.IncidentQuery;
import org.junit.jupiter.api.Test;

/**
 * The explore view in a real headless Chromium, at desktop and at phone width, and fitted to a
 * filtered country's incidents. Its screenshots are {@link MainViewsBrowserIT}'s.
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
      // Rivers and lakes of the offline base layer, drawn in their own pane under the borders.
      b.until("Number(document.getElementById('map').dataset.water) > 50");
      assertThat(b.atLeast(".leaflet-water-pane path", 50)).hasSizeGreaterThanOrEqualTo(50);
      // Town names from the gazetteer; zooming in names other, smaller places.
      b.until("!!document.getElementById('map').dataset.labels");
      List<String> wide = labels(b);
      assertThat(wide).isNotEmpty().doesNotContain("");
      String before =
          (String)
              b.driver().executeScript("return document.getElementById('map').dataset.labels;");
      b.visible(".leaflet-control-zoom-in").click();
      b.until("document.getElementById('map').dataset.labels !== '" + before + "'");
      b.visible(".leaflet-control-zoom-in").click();
      b.until("document.getElementById('map').dataset.labels !== '" + before + "'");
      b.until("document.querySelectorAll('.place-label').length > 0");
      assertThat(labels(b)).isNotEmpty().isNotEqualTo(wide);
    }
  }

  @Test
  void filteringACountryFitsTheMapToItsIncidents() {
    Map<String, List<double[]>> byCountry = new TreeMap<>();
    for (Incident i : app.store().search(IncidentQuery.all(IncidentQuery.MAX_LIMIT)).items()) {
      Location l = i.location();
      if (l != null && l.countryCode() != null && l.lat() != null && l.lon() != null) {
        byCountry
            .computeIfAbsent(l.countryCode(), k -> new ArrayList<>())
            .add(new double[] {l.lat(), l.lon()});
      }
    }
    try (Browser b = Browser.open(1280, 800)) {
      app.login(b, "viewer1");
      b.until("document.body.dataset.ready === 'true'");
      int checked = 0;
      for (Map.Entry<String, List<double[]>> country : byCountry.entrySet()) {
        if (country.getValue().size() < 2 || checked == 2) {
          continue;
        }
        b.go(app.base() + "/?country=" + country.getKey());
        b.until(
            "document.body.dataset.ready === 'true' && !!document.getElementById('map').dataset.fitted");
        String[] box =
            ((String)
                    b.driver()
                        .executeScript("return document.getElementById('map').dataset.fitted;"))
                .split(",");
        double west = Double.parseDouble(box[0]);
        double south = Double.parseDouble(box[1]);
        double east = Double.parseDouble(box[2]);
        double north = Double.parseDouble(box[3]);
        // The points the page shows: what the API lists for the country.
        @SuppressWarnings("unchecked")
        List<List<Number>> shown =
            (List<List<Number>>)
                b.driver()
                    .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                            + " fetch('/api/incidents.compact?country="
                            + country.getKey()
                            + "')"
                            + ".then((r) => r.json()).then((d) => { const la = d.columns.indexOf('lat');"
                            + " const lo = d.columns.indexOf('lon'); done(d.rows.filter((r) => r[la] !== null)"
                            + ".map((r) => [r[la], r[lo]])); });");
        assertThat(shown).as(country.getKey() + " mapped incidents").isNotEmpty();
        for (List<Number> p : shown) {
          assertThat(p.get(0).doubleValue())
              .as(country.getKey() + " latitude")
              .isBetween(south, north);
          assertThat(p.get(1).doubleValue())
              .as(country.getKey() + " longitude")
              .isBetween(west, east);
        }
        // A country's view, not the whole continent the map opens on.
        assertThat(east - west).as(country.getKey() + " width").isLessThan(60);
        checked++;
      }
      assertThat(checked).as("countries with two mapped incidents").isPositive();
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> labels(Browser b) {
    return (List<String>)
        b.driver()
            .executeScript(
                "return [...document.querySelectorAll('.place-label')].map((e) => e.textContent);");
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
      // No wall of filters: the text search and a button for the others, the map on screen.
      assertThat(b.driver().findElement(org.openqa.selenium.By.id("f-country")).isDisplayed())
          .isFalse();
      assertThat(b.visible("#f-q").isDisplayed()).isTrue();
      Number mapTop =
          (Number)
              b.driver()
                  .executeScript(
                      "return document.getElementById('map').getBoundingClientRect().top;");
      assertThat(mapTop.doubleValue())
          .as("at least 100 px of map on the first screen")
          .isLessThan(844 - 100);
      b.visible("#filters-toggle").click();
      assertThat(b.visible("#f-country").isDisplayed()).isTrue();
      assertThat(b.visible("#filters-toggle").getAttribute("aria-expanded")).isEqualTo("true");
      b.go(app.base() + "/?country=ML&killed_min=1");
      b.until("document.body.dataset.ready === 'true'");
      b.textContains("#filters-toggle", "(2 set)");
    }
  }
}

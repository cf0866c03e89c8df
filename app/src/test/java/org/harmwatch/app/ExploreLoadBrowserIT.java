package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.harmwatch.app.browser.Browser;
import org.harmwatch.core.account.Role;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.DocumentRef;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.model.Provenance;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.web.Passwords;
import org.harmwatch.web.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The explore page over 10,000 incidents, in its own app on an H2 file database: measures and logs
 * how long the page takes from navigation to the first complete render of map, list and timeline. A
 * measurement, not a timed assertion; the figure is logged as {@code explore load}.
 */
class ExploreLoadBrowserIT {
  private static final Logger LOG = LoggerFactory.getLogger(ExploreLoadBrowserIT.class);
  private static final int INCIDENTS = 10_000;
  private static final int PER_DOCUMENT = 100;

  private static Path dir;
  private static Components components;
  private static WebServer server;
  private static String base;

  @BeforeAll
  static void start() throws IOException {
    dir = Files.createTempDirectory("harmwatch-load-");
    DatabaseChoice choice = DatabaseChoice.of("h2-file", null, null, null, dir, "dev");
    components = new Components();
    IncidentStore store = components.store(choice);
    long t0 = System.nanoTime();
    seed(store);
    LOG.info(
        "seeded {} incidents in {} documents through the store in {} ms",
        store.incidentCount(),
        store.documentCount(),
        (System.nanoTime() - t0) / 1_000_000);
    components
        .accounts(choice)
        .createUser("viewer1", Passwords.hash(LiveApp.PASSWORD), Role.VIEWER, Instant.now());
    server = components.webServer(choice, "127.0.0.1", false);
    base = "http://127.0.0.1:" + server.start(0);
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.stop();
    }
    if (components != null) {
      components.close();
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(ExploreLoadBrowserIT::delete);
    }
  }

  @Test
  void theExplorePageLoadsTenThousandIncidents() {
    try (Browser b = Browser.open(1280, 800)) {
      b.go(base + "/login.html");
      b.visible("#username").sendKeys("viewer1");
      b.visible("#password").sendKeys(LiveApp.PASSWORD);
      b.visible("#login button[type=submit]").click();
      b.until("location.pathname !== '/login.html'");
      List<Double> ready = new ArrayList<>();
      for (int run = 1; run <= 3; run++) {
        b.go(base + "/");
        b.until("document.body.dataset.ready === 'true'");
        @SuppressWarnings("unchecked")
        Map<String, Object> t =
            (Map<String, Object>)
                b.driver()
                    .executeScript(
                        "const n = performance.getEntriesByType('navigation')[0];"
                            + " const c = performance.getEntriesByType('resource')"
                            + ".filter((r) => r.name.includes('/api/incidents.compact'))[0];"
                            + " return {ready: window.harmwatchReadyMs,"
                            + " dom: n.domContentLoadedEventEnd, data: c ? c.duration : -1,"
                            + " bytes: c ? c.transferSize : -1,"
                            + " rows: document.querySelectorAll('#rows tr').length,"
                            + " count: document.getElementById('count').textContent};");
        double readyMs = ((Number) t.get("ready")).doubleValue();
        ready.add(readyMs);
        LOG.info(
            "explore load, run {} ({}): navigation to map, list and timeline rendered {} ms;"
                + " DOMContentLoaded {} ms; /api/incidents.compact {} ms, {} bytes; {} list rows;"
                + " count {}",
            run,
            run == 1 ? "cold" : "warm",
            Math.round(readyMs),
            Math.round(((Number) t.get("dom")).doubleValue()),
            Math.round(((Number) t.get("data")).doubleValue()),
            t.get("bytes"),
            t.get("rows"),
            t.get("count"));
        assertThat(String.valueOf(t.get("count"))).contains(String.valueOf(INCIDENTS));
        assertThat(b.atLeast(".leaflet-marker-icon.cluster, path.incident-marker", 1)).isNotEmpty();
      }
      b.screenshot("explore-10000-1280x800");
      List<Double> sorted = ready.stream().sorted().toList();
      LOG.info(
          "explore load with {} incidents: median {} ms of {} runs (min {}, max {})",
          INCIDENTS,
          Math.round(sorted.get(sorted.size() / 2)),
          sorted.size(),
          Math.round(sorted.get(0)),
          Math.round(sorted.get(sorted.size() - 1)));
    }
  }

  /** 10,000 varied incidents over two years and five countries, 100 to a document. */
  private static void seed(IncidentStore store) {
    Random random = new Random(20261129L);
    String[][] places = {
      {"Djibo", "BF", "Sahel", "14.10", "-1.63"},
      {"Mopti", "ML", "Mopti", "14.49", "-4.19"},
      {"Tillabéri", "NE", "Tillabéri", "14.21", "1.45"},
      {"Gao", "ML", "Gao", "16.27", "-0.04"},
      {"Kaya", "BF", "Centre-Nord", "13.09", "-1.08"},
      {"Diffa", "NE", "Diffa", "13.31", "12.61"},
      {"Maiduguri", "NG", "Borno", "11.85", "13.16"},
      {"Ségou", "ML", "Ségou", "13.43", "-6.26"}
    };
    EventType[] types = EventType.values();
    LocalDate first = LocalDate.of(2024, 1, 1);
    for (int d = 0; d < INCIDENTS / PER_DOCUMENT; d++) {
      LocalDate published = first.plusDays(d * 7L);
      Document document =
          Document.ofText(
              "load-" + d,
              "Weekly security digest " + d,
              published,
              "Digest " + d + " of incidents reported in the central Sahel.");
      List<Incident> incidents = new ArrayList<>(PER_DOCUMENT);
      for (int n = 0; n < PER_DOCUMENT; n++) {
        String[] p = places[random.nextInt(places.length)];
        boolean area = random.nextInt(10) == 0;
        Location location =
            new Location(
                area ? null : p[0],
                p[1],
                p[2],
                null,
                area ? null : Double.parseDouble(p[3]) + random.nextGaussian() * 0.5,
                area ? null : Double.parseDouble(p[4]) + random.nextGaussian() * 0.5,
                area ? LocationPrecision.ADMIN1 : LocationPrecision.PLACE,
                null,
                p[0]);
        int killed = random.nextInt(30);
        incidents.add(
            new Incident(
                null,
                DocumentRef.of(document),
                types[random.nextInt(types.length)],
                null,
                IncidentDate.day(published.minusDays(random.nextInt(7)), null),
                location,
                List.of(),
                List.of(Actor.civilians("civilians")),
                new Casualties(new Count(killed, killed, null), null, null, null, null, null),
                List.of(),
                List.of(),
                List.of(),
                0.9,
                Provenance.MANUAL));
      }
      store.save(document, incidents);
    }
  }

  private static void delete(Path p) {
    try {
      Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + p, e);
    }
  }
}

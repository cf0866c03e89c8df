package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.harmwatch.core.geo.CountryProfiles;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.Extractor;
import org.harmwatch.core.pipeline.Pipeline;
import org.harmwatch.core.watch.PollReport;
import org.harmwatch.core.watch.SourceKind;
import org.harmwatch.core.watch.WatchedSource;
import org.harmwatch.geo.FocusCountries;
import org.harmwatch.geo.Gazetteer;
import org.harmwatch.geo.GazetteerPlaceResolver;
import org.harmwatch.nlp.RuleBasedExtractor;
import org.harmwatch.nlp.actors.ActorDictionary;
import org.harmwatch.store.Database;
import org.harmwatch.store.DatabaseSettings;
import org.harmwatch.store.JdbcIncidentStore;
import org.harmwatch.store.JdbcSourceStore;
import org.harmwatch.watch.FetchSettings;
import org.harmwatch.watch.Fetcher;
import org.harmwatch.watch.Watcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A watched source's country hint through the watcher, against a local HTTP server and a gazetteer
 * written here in which one village name lies in Mali and in Burkina Faso: an article from a source
 * hinted to Burkina Faso that names only the village yields an incident placed in Burkina Faso; the
 * same kind of article from a source without a hint is not placed in either; an article that names
 * no place gets no country from the hint.
 */
class HintedSourceIT {
  private static final String ROWS =
      "#test-hint\tid\n"
          + "1\tMali\tMali\t\t17\t-4\tcountry\tA.PCLI\tML\t\t\t0\tMalian\n"
          + "2\tBurkina Faso\tBurkina Faso\t\t12\t-1.5\tcountry\tA.PCLI\tBF\t\t\t0\tBurkinabe\n"
          + "10\tTamborsa\tTamborsa\t\t14.5\t-4.2\tplace\tP.PPL\tML\tMopti\t\t900\t\n"
          + "11\tTamborsa\tTamborsa\t\t14.1\t-0.3\tplace\tP.PPL\tBF\tSahel\t\t1000\t\n";

  private final Map<String, String> pages =
      Map.of(
          "/hinted/feed.xml", rss("/hinted/village-market-attack-story", "/hinted/no-place-story"),
          "/plain/feed.xml", rss("/plain/another-village-market-attack"),
          "/hinted/village-market-attack-story",
              article("Gunmen killed six villagers in Tamborsa on Tuesday, residents said."),
          "/hinted/no-place-story",
              article("Gunmen killed two traders on a road on Wednesday, a local official said."),
          "/plain/another-village-market-attack",
              article("Gunmen killed four herders in Tamborsa on Thursday, witnesses said."));

  private MockWebServer server;
  private Database db;
  private JdbcSourceStore sources;
  private JdbcIncidentStore store;
  private Fetcher fetcher;
  private Watcher watcher;

  private static String rss(String... paths) {
    StringBuilder items = new StringBuilder();
    for (String p : paths) {
      items.append("<item><title>Story</title><link>").append(p).append("</link></item>");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>Regional News</title><link>/</link><language>en</language>"
        + "<description>d</description>"
        + items
        + "</channel></rss>";
  }

  private static String article(String paragraph) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Attack</title>"
        + "<meta property=\"article:published_time\" content=\"2026-03-05T08:00:00Z\"></head><body>"
        + "<nav><a href=\"/\">Home</a></nav><article><h1>Attack</h1><p>"
        + paragraph
        + "</p></article></body></html>";
  }

  private static Gazetteer gazetteer() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(ROWS.getBytes(StandardCharsets.UTF_8));
    }
    return Gazetteer.load(List.of(new ByteArrayInputStream(bytes.toByteArray())));
  }

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest r) {
            String body = pages.get(r.getTarget());
            if (body == null) {
              return new MockResponse.Builder().code(404).body("not found").build();
            }
            String type = body.startsWith("<?xml") ? "application/rss+xml" : "text/html";
            return new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", type + "; charset=utf-8")
                .body(body)
                .build();
          }
        });
    server.start();
    db =
        Database.open(
            DatabaseSettings.h2Memory("h" + UUID.randomUUID().toString().replace("-", "")));
    sources = new JdbcSourceStore(db);
    store = new JdbcIncidentStore(db);
    fetcher =
        new Fetcher(
            new FetchSettings(
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                3,
                256 * 1024,
                Duration.ZERO,
                "harmwatch-test"),
            Clock.systemUTC(),
            true);
    GazetteerPlaceResolver places =
        new GazetteerPlaceResolver(gazetteer(), FocusCountries.NONE, CountryProfiles.bundled());
    ActorDictionary actors = ActorDictionary.load();
    Extractor plain = new RuleBasedExtractor(places, actors);
    HintedExtractors hinted =
        new HintedExtractors(
            () -> places,
            () -> actors,
            () -> plain,
            () -> FocusCountries.NONE,
            CountryProfiles.bundled());
    watcher =
        new Watcher(
            sources,
            new Pipeline(plain, store),
            country -> new Pipeline(hinted.forCountry(country), store),
            fetcher,
            Clock.systemUTC(),
            10);
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
    db.close();
  }

  private WatchedSource add(String path, String country) {
    return sources.add(
        new WatchedSource.Draft(
            SourceKind.FEED, server.url(path).toString(), null, null, country, null, true),
        Instant.now());
  }

  private List<Incident> incidentsOf(WatchedSource s, String path) {
    String url = server.url(path).toString();
    return sources.documents(s.id(), 10).stream()
        .filter(d -> store.document(d.documentId()).orElseThrow().url().equals(url))
        .flatMap(d -> store.incidentsOfDocument(d.documentId()).stream())
        .toList();
  }

  @Test
  void aSourcesCountryHintPlacesAnAmbiguousVillageInThatCountry() {
    WatchedSource hinted = add("/hinted/feed.xml", "BF");
    WatchedSource plain = add("/plain/feed.xml", null);

    PollReport h = watcher.poll(hinted.id());
    PollReport p = watcher.poll(plain.id());
    assertThat(h.error()).isNull();
    assertThat(h.itemErrors()).isEmpty();
    assertThat(h.captured()).isEqualTo(2);
    assertThat(p.captured()).isEqualTo(1);

    List<Incident> village = incidentsOf(hinted, "/hinted/village-market-attack-story");
    assertThat(village).hasSize(1);
    assertThat(village.get(0).location().countryCode()).isEqualTo("BF");
    assertThat(village.get(0).location().admin1()).isEqualTo("Sahel");

    // Without a hint nothing tells the two villages apart: no country is guessed.
    List<Incident> unhinted = incidentsOf(plain, "/plain/another-village-market-attack");
    assertThat(unhinted).hasSize(1);
    assertThat(unhinted.get(0).location() == null ? null : unhinted.get(0).location().countryCode())
        .isNull();

    // A hint breaks ties between places; it is not a place: no place named, no country.
    List<Incident> noPlace = incidentsOf(hinted, "/hinted/no-place-story");
    assertThat(noPlace).hasSize(1);
    assertThat(noPlace.get(0).location() == null ? null : noPlace.get(0).location().countryCode())
        .isNull();
  }

  @Test
  void aHintThatIsNoProfiledCountryIsIgnored() {
    HintedExtractors hinted =
        new HintedExtractors(
            () -> {
              throw new AssertionError("no resolver should be built");
            },
            ActorDictionary::load,
            () -> null,
            () -> FocusCountries.NONE,
            CountryProfiles.bundled());
    assertThat(hinted.forCountry("ZZ")).isNull();
  }
}

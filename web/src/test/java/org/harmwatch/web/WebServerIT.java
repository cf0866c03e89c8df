package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.store.IncidentQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The REST API and the page, over HTTP against a server on a free port of 127.0.0.1. */
class WebServerIT {
  private static InMemoryIncidentStore store;
  private static FakeIngestService ingest;
  private static WebServer server;
  private static String base;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    store = SahelFixtures.store();
    ingest = new FakeIngestService(store);
    server = new WebServer(store, ingest, "127.0.0.1", List.of(new TestUser()));
    int port = server.start(0);
    assertThat(port).isPositive();
    base = "http://127.0.0.1:" + port;
    api = new ApiClient(base, "tester");
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  static HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  static HttpResponse<String> post(String path, String body) {
    return api.send("POST", path, null, body);
  }

  static HttpResponse<String> send(HttpRequest request) {
    return api.send(request);
  }

  static JsonNode json(HttpResponse<String> r) {
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("json"));
    return ExchangeJson.parse(r.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void healthCountsTheStore() {
    HttpResponse<String> r = get("/api/health");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode n = json(r);
    assertThat(n.get("status").asText()).isEqualTo("ok");
    assertThat(n.get("documents").asLong()).isEqualTo(store.documentCount());
    assertThat(n.get("incidents").asLong()).isEqualTo(store.incidentCount());
    assertThat(n.get("database").asText()).isEqualTo("in-memory test store");
  }

  @Test
  void healthTellsAnonymousCallersOnlyThatTheServerIsUp() {
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/health"))
                .header(TestUser.HEADER, "v")
                .header(TestUser.ROLE_HEADER, "analyst")
                .build());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"status\":\"ok\"}");
    HttpResponse<String> anonymous =
        new ApiClient(base).send(HttpRequest.newBuilder(URI.create(base + "/api/health")).build());
    assertThat(anonymous.body()).isEqualTo("{\"status\":\"ok\"}");
  }

  @Test
  void dataResponsesAreNeverStoredByBrowsersOrProxies() {
    for (String path :
        List.of(
            "/api/incidents",
            "/api/incidents/nope",
            "/api/documents/" + SahelFixtures.MOURA_DOC,
            "/api/health")) {
      assertThat(get(path).headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
    }
    assertThat(post("/api/documents", "{}").headers().firstValue("Cache-Control"))
        .hasValue("no-store");
  }

  @Test
  void aChangeSentByAPageOfAnotherSiteIsRefused() {
    String body = "{\"id\":\"origin-test\",\"text\":\"Gunmen killed 2 civilians in Gao.\"}";
    for (String foreign :
        List.of(
            "http://evil.example",
            "null",
            base.replace("127.0.0.1", "localhost"),
            base.replaceFirst(":(\\d+)$", ":1"),
            "https://127.0.0.1",
            "file://")) {
      HttpResponse<String> r =
          send(
              HttpRequest.newBuilder(URI.create(base + "/api/documents"))
                  .header("Content-Type", "application/json")
                  .header("Origin", foreign)
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build());
      assertThat(r.statusCode()).as(foreign).isEqualTo(403);
      assertThat(r.body()).contains("another site");
    }
    assertThat(store.document("origin-test")).isEmpty();
    HttpResponse<String> own =
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/documents"))
                .header("Content-Type", "application/json")
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
    HttpResponse<String> read =
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/incidents"))
                .header("Origin", "http://evil.example")
                .build());
    assertThat(read.statusCode()).isEqualTo(200);
  }

  @Test
  void listsIncidentsNewestFirstInTheExchangeFormat() {
    JsonNode n = json(get("/api/incidents?country=ML"));
    assertThat(n.get("total").asInt()).isEqualTo(2);
    assertThat(n.get("limit").asInt()).isEqualTo(100);
    assertThat(n.get("offset").asInt()).isZero();
    JsonNode first = n.get("items").get(0);
    assertThat(first.get("location").get("name").asText()).isEqualTo("central Mali");
    assertThat(first.get("event_type").asText()).isEqualTo("violence_against_civilians");
    assertThat(first.get("date").get("start").asText()).isEqualTo("2024-01-01");
    JsonNode moura = n.get("items").get(1);
    assertThat(moura.get("casualties").get("killed").get("min").asInt()).isEqualTo(300);
    assertThat(moura.get("perpetrators").get(1).get("type").asText()).isEqualTo("external_forces");
    assertThat(moura.get("evidence").get(0).get("text").asText()).startsWith("Malian armed forces");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|4",
        "from=2024-01-15&to=2024-08-31|3",
        "from=2024-02-19|1",
        "to=2022-12-31|1",
        "country=bf|1",
        "admin1=mopti|1",
        "event_type=explosions_remote_violence|1",
        "actor=JNIM|1",
        "actor=Military%20Forces%20of%20Mali|2",
        "q=trenches|2",
        "q=moura|1",
        "bbox=-5,13,0,15|2",
        "bbox=-2,13,0,14|1",
        "country=&event_type=&q=|4"
      })
  void filtersNarrowTheList(String query, int total) {
    HttpResponse<String> r = get("/api/incidents?" + query);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(json(r).get("total").asInt()).isEqualTo(total);
  }

  @Test
  void pagesWithLimitAndOffset() {
    JsonNode n = json(get("/api/incidents?limit=1&offset=1"));
    assertThat(n.get("total").asInt()).isEqualTo(4);
    assertThat(n.get("limit").asInt()).isEqualTo(1);
    assertThat(n.get("offset").asInt()).isEqualTo(1);
    assertThat(n.get("items")).hasSize(1);
    assertThat(n.get("items").get(0).get("location").get("name").asText()).isEqualTo("Tillabéri");
    assertThat(json(get("/api/incidents?limit=" + IncidentQuery.MAX_LIMIT)).get("items"))
        .hasSize(4);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "from=2024-13-01|from|2024-13-01",
        "to=yesterday|to|yesterday",
        "from=2024-05-01&to=2024-04-01|to|2024-04-01",
        "bbox=1,2,3|bbox|1,2,3",
        "bbox=west,10,5,20|bbox|west,10,5,20",
        "bbox=10,0,5,20|bbox|10",
        "limit=0|limit|0",
        "limit=1001|limit|1001",
        "limit=ten|limit|ten",
        "offset=-1|offset|-1",
        "offset=100001|offset|100001",
        "event_type=massacre|event_type|massacre",
        "country=Mali|country|Mali"
      })
  void badParametersAre400NamingTheParameterAndValue(String query, String param, String value) {
    for (String path : List.of("/api/incidents?", "/api/incidents.geojson?")) {
      HttpResponse<String> r = get(path + query);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
      JsonNode n = json(r);
      assertThat(n.get("error").asText()).isEqualTo("bad_parameter");
      assertThat(n.get("parameter").asText()).isEqualTo(param);
      assertThat(n.get("message").asText()).contains(value);
    }
  }

  @Test
  void incidentComesWithItsDocuments() {
    String id = json(get("/api/incidents?q=moura")).get("items").get(0).get("id").asText();
    HttpResponse<String> r = get("/api/incidents/" + enc(id));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode n = json(r);
    assertThat(n.get("id").asText()).isEqualTo(id);
    assertThat(n.get("evidence")).hasSize(1);
    JsonNode doc = n.get("documents").get(0);
    assertThat(doc.get("id").asText()).isEqualTo(SahelFixtures.MOURA_DOC);
    assertThat(doc.get("publisher").asText()).isEqualTo("Human Rights Watch");
    assertThat(doc.get("published").asText()).isEqualTo("2022-04-05");
    assertThat(doc.get("url").asText()).startsWith("https://www.hrw.org/");
  }

  @Test
  void anUnknownPageIsA404PageInWordsNotJson() {
    for (String path : List.of("/no-such-page", "/incidents/42", "/review")) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
      assertThat(r.body()).contains("Page not found").contains("href=\"/\"").doesNotContain("{");
    }
  }

  @Test
  void unknownIdsAndRoutesAre404Json() {
    for (String path :
        List.of(
            "/api/incidents/no-such-incident",
            "/api/documents/no-such-doc",
            "/api/documents/no-such-doc/original",
            "/api/nothing-here",
            "/api/incidents/x/y/z")) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      assertThat(json(r).get("error").asText()).isEqualTo("not_found");
    }
    HttpResponse<String> r = post("/api/nothing-here", "{}");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(json(r).get("error").asText()).isEqualTo("not_found");
    HttpResponse<String> delete =
        send(HttpRequest.newBuilder(URI.create(base + "/api/incidents/inc-1")).DELETE().build());
    assertThat(delete.statusCode()).isEqualTo(404);
    assertThat(json(delete).get("message").asText()).contains("DELETE /api/incidents/inc-1");
    assertThat(store.incident("inc-1")).isPresent();
  }

  @Test
  void documentHasTextAndIncidentIds() {
    HttpResponse<String> r = get("/api/documents/" + SahelFixtures.BF_DOC);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode n = json(r);
    assertThat(n.get("text").asText()).isEqualTo(SahelFixtures.BF_TEXT);
    assertThat(n.get("publisher").asText()).isEqualTo("Amnesty International");
    assertThat(n.get("content_type").asText()).isEqualTo("text/plain");
    assertThat(n.get("incident_ids")).hasSize(2);
    assertThat(n.has("original")).isFalse();
  }

  @Test
  void htmlOriginalIsSandboxedAndADownload() {
    HttpResponse<String> r = get("/api/documents/" + SahelFixtures.HTML_DOC + "/original");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(SahelFixtures.HTML_ORIGINAL);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(r.headers().allValues("Content-Security-Policy"))
        .containsExactly("default-src 'none'; sandbox");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("attachment").endsWith(".html\""));
  }

  @Test
  void plainTextOriginalIsShownInline() {
    HttpResponse<String> r = get("/api/documents/" + SahelFixtures.MOURA_DOC + "/original");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(SahelFixtures.MOURA_TEXT);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    assertThat(r.headers().firstValue("Content-Disposition")).isEmpty();
    assertThat(r.headers().firstValue("Content-Security-Policy"))
        .hasValue("default-src 'none'; sandbox");
  }

  @Test
  void geojsonHasPointsOnlyForIncidentsWithCoordinates() {
    HttpResponse<String> r = get("/api/incidents.geojson");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode n = json(r);
    assertThat(n.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(n.get("features")).hasSize(2);
    assertThat(n.get("skipped").asInt()).isEqualTo(2);
    JsonNode moura = n.get("features").get(1);
    assertThat(moura.get("geometry").get("type").asText()).isEqualTo("Point");
    assertThat(moura.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(-4.5667);
    assertThat(moura.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(14.2167);
    JsonNode p = moura.get("properties");
    assertThat(p.get("event_type").asText()).isEqualTo("violence_against_civilians");
    assertThat(p.get("sub_event_type").asText()).isEqualTo("attack");
    assertThat(p.get("date_start").asText()).isEqualTo("2022-03-27");
    assertThat(p.get("killed_min").asInt()).isEqualTo(300);
    assertThat(p.get("location").asText()).isEqualTo("Moura");
    assertThat(p.get("precision").asText()).isEqualTo("place");
    assertThat(p.get("id").asText()).isEqualTo(moura.get("id").asText());

    JsonNode bf = json(get("/api/incidents.geojson?country=BF"));
    assertThat(bf.get("features")).hasSize(1);
    assertThat(bf.get("skipped").asInt()).isZero();
  }

  @Test
  void everyResponseHasSecurityHeaders() {
    for (String path : List.of("/api/health", "/api/incidents?limit=0", "/", "/js/common.js")) {
      HttpResponse<String> r = get(path);
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(
              c -> assertThat(c).contains("default-src 'self'").doesNotContain("unsafe"));
    }
  }

  @Test
  void servesThePageItsScriptsAndLeaflet() {
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("harmwatch").contains("id=\"map\"");
    List<String> assets = new ArrayList<>();
    Matcher m = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(page.body());
    while (m.find()) {
      assets.add(m.group(1));
    }
    assertThat(assets)
        .contains(
            "/webjars/leaflet/1.9.4/dist/leaflet.js", "/webjars/leaflet/1.9.4/dist/leaflet.css");
    for (String asset : assets) {
      assertThat(get(asset).statusCode()).as(asset).isEqualTo(200);
    }
    assertThat(get("/webjars/leaflet/1.9.4/dist/leaflet.js").body()).contains("Leaflet");
    assertThat(page.body()).doesNotContain("http://").doesNotContain("https://");
  }

  @Test
  void geojsonFilesAreServedAsGeoJson() {
    // src/test/resources/public/fixture.geojson stands in for the basemap files.
    HttpResponse<String> r = get("/fixture.geojson");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/geo+json"));
    assertThat(r.body()).contains("FeatureCollection");
  }

  @Test
  void openapiDescribesEveryCoreRoute() throws IOException {
    HttpResponse<String> r = get("/api/openapi.yaml");
    assertThat(r.statusCode()).isEqualTo(200);
    String yaml = r.body();
    String file;
    try (InputStream in = WebServer.class.getResourceAsStream("/openapi.yaml")) {
      file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(yaml).isEqualTo(file).startsWith("openapi: 3.1");
    // Module routes (review, links, accounts) are documented too; the app's test checks that the
    // fully wired server serves exactly the documented routes.
    assertThat(documentedRoutes(yaml)).containsAll(server.apiRoutes());
    for (String schema : List.of("Incident", "Document", "Error", "Page")) {
      assertThat(yaml).contains("\n    " + schema + ":\n");
    }
  }

  /** The routes {@code yaml} documents, as "METHOD path". */
  static List<String> documentedRoutes(String yaml) {
    List<String> documented = new ArrayList<>();
    String path = null;
    for (String line : yaml.split("\n")) {
      if (line.matches("  /\\S+:")) {
        path = line.trim().substring(0, line.trim().length() - 1);
      } else if (line.matches("\\S.*")) {
        path = null;
      } else if (path != null && line.matches("    (get|post|put|patch|delete):.*")) {
        documented.add(line.trim().replaceAll(":.*", "").toUpperCase() + " " + path);
      }
    }
    return documented;
  }
}

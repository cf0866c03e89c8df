package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmwatch.web.ApiClient.assertNoStackTrace;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.harmwatch.core.json.ExchangeJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code POST /api/documents} over HTTP, each test with its own store and server. */
class IngestIT {
  private InMemoryIncidentStore store;
  private FakeIngestService ingest;
  private WebServer server;
  private String base;
  private ApiClient api;

  @BeforeEach
  void start() {
    store = SahelFixtures.store();
    ingest = new FakeIngestService(store);
    server = new WebServer(store, ingest, "127.0.0.1", List.of(new TestUser()));
    base = "http://127.0.0.1:" + server.start(0);
    api = new ApiClient(base, "tester");
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private HttpResponse<String> get(String path) {
    return api.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  private HttpResponse<String> post(String path, String body) {
    return api.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private static JsonNode json(HttpResponse<String> r) {
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return ExchangeJson.parse(r.body());
  }

  @Test
  void postIngestsOnceAndIsIdempotent() {
    String body =
        "{\"id\":\"post-test-1\",\"title\":\"Attack near Djibo\",\"published\":\"2024-06-12\","
            + "\"text\":\"Armed men killed at least 20 civilians near Djibo last week.\"}";
    int callsBefore = ingest.calls();
    long incidentsBefore = store.incidentCount();
    HttpResponse<String> first = post("/api/documents", body);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    JsonNode a = json(first);
    assertThat(a.get("document_id").asText()).isEqualTo("post-test-1");
    assertThat(a.get("created").asBoolean()).isTrue();
    assertThat(a.get("incidents")).hasSize(1);
    assertThat(a.get("incidents").get(0).get("date").get("start").asText()).isEqualTo("2024-06-01");
    assertThat(first.headers().firstValue("Location")).hasValue("/api/documents/post-test-1");

    HttpResponse<String> again = post("/api/documents", body);
    assertThat(again.statusCode()).isEqualTo(200);
    JsonNode b = json(again);
    assertThat(b.get("created").asBoolean()).isFalse();
    assertThat(b.get("document_id").asText()).isEqualTo("post-test-1");
    assertThat(b.get("incidents").get(0).get("id")).isEqualTo(a.get("incidents").get(0).get("id"));
    assertThat(ingest.calls()).isEqualTo(callsBefore + 2);
    assertThat(store.incidentCount()).isEqualTo(incidentsBefore + 1);
    assertThat(json(get("/api/documents/post-test-1")).get("title").asText())
        .isEqualTo("Attack near Djibo");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"title\": \"no text\"|not valid JSON",
        "{\"title\": \"no text\"}|\"text\"",
        "[1,2]|JSON object",
        "{\"text\": \"   \"}|blank",
        "''|empty"
      })
  void badBodiesAre400NamingTheProblem(String body, String problem) {
    long before = store.documentCount();
    HttpResponse<String> r = post("/api/documents", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    JsonNode n = json(r);
    assertThat(n.get("error").asText()).isEqualTo("bad_request");
    assertThat(n.get("message").asText()).contains(problem);
    assertThat(store.documentCount()).isEqualTo(before);
  }

  @Test
  void nonJsonContentTypeIs415AndIngestsNothing() {
    HttpResponse<String> r =
        api.send(
            HttpRequest.newBuilder(URI.create(base + "/api/documents"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Gunmen killed 3.\"}"))
                .build());
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(json(r).get("error").asText()).isEqualTo("unsupported_media_type");
    assertThat(ingest.calls()).isZero();
  }

  @Test
  void aDocumentAboveTheCharacterLimitIs413NamingTheLimit() {
    WebServer small =
        new WebServer(store, ingest, "127.0.0.1", List.of(new TestUser()), new DocumentLimit(40));
    ApiClient client = new ApiClient("http://127.0.0.1:" + small.start(0), "tester");
    try {
      int before = ingest.calls();
      HttpResponse<String> r =
          client.send("POST", "/api/documents", null, "{\"text\":\"" + "x".repeat(41) + "\"}");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
      assertThat(json(r).get("message").asText())
          .contains("41 characters")
          .contains("limit is 40")
          .contains(DocumentLimit.VARIABLE);
      assertThat(ingest.calls()).isEqualTo(before);
      HttpResponse<String> ok =
          client.send("POST", "/api/documents", null, "{\"text\":\"" + "y".repeat(40) + "\"}");
      assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    } finally {
      small.stop();
    }
  }

  @Test
  void oversizedBodyIs413Json() throws IOException {
    long size = WebServer.MAX_BODY_BYTES + 1;
    AnnouncedBody r = AnnouncedBody.post(base, "/api/documents", "application/json", size);
    assertThat(r.status()).as(r.head()).isEqualTo(413);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    assertNoStackTrace(r.body());
    JsonNode n = ExchangeJson.parse(r.body());
    assertThat(n.get("error").asText()).isEqualTo("too_large");
    assertThat(n.get("message").asText()).contains(Long.toString(WebServer.MAX_BODY_BYTES));
    assertThat(ingest.calls()).isZero();
  }
}

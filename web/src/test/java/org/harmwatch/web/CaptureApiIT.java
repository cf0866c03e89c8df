package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.pipeline.IngestResult;
import org.harmwatch.core.watch.PageCapturer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/documents/capture} over HTTP with a capturer that "fetches" a page from a table:
 * the answer for a new page, the same page again, and a capture refused with its reason.
 */
class CaptureApiIT {
  private static final String PAGE = "https://news.example/raid";

  private final List<String> asked = new ArrayList<>();
  private final List<PageCapturer.Given> givens = new ArrayList<>();
  private InMemoryIncidentStore store;
  private WebServer server;
  private ApiClient api;

  @BeforeEach
  void start() {
    store = SahelFixtures.store();
    FakeIngestService ingest = new FakeIngestService(store);
    PageCapturer capturer =
        (url, given) -> {
          asked.add(url);
          givens.add(given);
          if (!url.equals(PAGE)) {
            throw new PageCapturer.Failed("refused " + url + ": not a public internet address");
          }
          Document d =
              new Document(
                  null,
                  null,
                  given.title() != null ? given.title() : "Raid on a camp",
                  url,
                  given.publisher() != null ? given.publisher() : "News Example",
                  given.published() != null ? given.published() : LocalDate.of(2024, 2, 9),
                  "en",
                  "Raiders burned tents in a camp near Dori.",
                  "text/html",
                  "<p>Raiders burned tents in a camp near Dori.</p>".getBytes(),
                  null);
          boolean held = store.document(d.id()).isPresent();
          IngestResult r = ingest.ingest(d);
          return held ? new IngestResult(r.documentId(), false, List.of()) : r;
        };
    server =
        new WebServer(
            store, ingest, "127.0.0.1", List.of(new TestUser(), new CaptureApi(capturer, store)));
    api = new ApiClient("http://127.0.0.1:" + server.start(0), "tester");
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void aPageIsCapturedOnceAndAgainAnswersWithItsIncidents() {
    JsonNode first =
        ApiClient.json(
            api.send("POST", "/api/documents/capture", null, "{\"url\":\" " + PAGE + " \"}"), 201);
    assertThat(asked).containsExactly(PAGE);
    assertThat(first.get("created").asBoolean()).isTrue();
    assertThat(first.get("title").asText()).isEqualTo("Raid on a camp");
    assertThat(first.get("incidents")).hasSize(1);
    assertThat(givens).containsExactly(new PageCapturer.Given(null, null, null, "tester"));

    JsonNode again =
        ApiClient.json(
            api.send("POST", "/api/documents/capture", null, "{\"url\":\"" + PAGE + "\"}"), 200);
    assertThat(again.get("created").asBoolean()).isFalse();
    assertThat(again.get("document_id")).isEqualTo(first.get("document_id"));
    assertThat(again.get("incidents").get(0).get("id"))
        .isEqualTo(first.get("incidents").get(0).get("id"));
  }

  @Test
  void theAnalystsTitleDateAndPublisherReachTheCapturerAndTheAnswer() {
    JsonNode r =
        ApiClient.json(
            api.send(
                "POST",
                "/api/documents/capture",
                null,
                "{\"url\":\""
                    + PAGE
                    + "\",\"title\":\" Camp raid near Dori \","
                    + "\"published\":\"2024-02-07\",\"publisher\":\"Field desk\"}"),
            201);
    assertThat(givens)
        .containsExactly(
            new PageCapturer.Given(
                "Camp raid near Dori", LocalDate.of(2024, 2, 7), "Field desk", "tester"));
    assertThat(r.get("title").asText()).isEqualTo("Camp raid near Dori");
    assertThat(r.get("published").asText()).isEqualTo("2024-02-07");
    assertThat(r.get("publisher").asText()).isEqualTo("Field desk");

    JsonNode badDate =
        ApiClient.json(
            api.send(
                "POST",
                "/api/documents/capture",
                null,
                "{\"url\":\"" + PAGE + "\",\"published\":\"7 Feb 2024\"}"),
            400);
    assertThat(badDate.get("parameter").asText()).isEqualTo("published");
    assertThat(badDate.get("message").asText()).contains("7 Feb 2024");
    assertThat(asked).hasSize(1);
  }

  @Test
  void aRefusedCaptureAndAMissingAddressNameTheirReason() {
    JsonNode refused =
        ApiClient.json(
            api.send("POST", "/api/documents/capture", null, "{\"url\":\"http://10.0.0.7/admin\"}"),
            422);
    assertThat(refused.get("error").asText()).isEqualTo("unreadable");
    assertThat(refused.get("message").asText()).contains("10.0.0.7").contains("public");

    JsonNode missing = ApiClient.json(api.send("POST", "/api/documents/capture", null, "{}"), 400);
    assertThat(missing.get("parameter").asText()).isEqualTo("url");
    assertThat(store.documentCount()).isEqualTo(SahelFixtures.store().documentCount());
  }
}

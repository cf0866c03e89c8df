package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.pipeline.IngestService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Posted documents go through the ingest queue: with its one worker busy and its one waiting place
 * taken, the next post is refused at once with 503 and Retry-After, and both accepted documents are
 * stored once the worker is free, even when the server stops first.
 */
class IngestQueueIT {
  private InMemoryIncidentStore store;
  private FakeIngestService fake;
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicInteger started = new AtomicInteger();
  private final IngestQueue queue = new IngestQueue(1, 1);
  private WebServer server;
  private String base;
  private ApiClient api;

  @BeforeEach
  void start() {
    store = SahelFixtures.store();
    fake = new FakeIngestService(store);
    // Holds every document on its worker until the test releases them.
    IngestService held =
        document -> {
          started.incrementAndGet();
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return fake.ingest(document);
        };
    server =
        new WebServer(
            store, held, "127.0.0.1", List.of(new TestUser()), DocumentLimit.standard(), queue);
    base = "http://127.0.0.1:" + server.start(0);
    api = new ApiClient(base, "tester");
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop();
  }

  private HttpRequest post(String id) {
    String body =
        "{\"id\":\""
            + id
            + "\",\"title\":\"Attack near Djibo\",\"published\":\"2024-06-12\","
            + "\"text\":\"Armed men killed civilians near Djibo, report "
            + id
            + ".\"}";
    return HttpRequest.newBuilder(URI.create(base + "/api/documents"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private CompletableFuture<HttpResponse<String>> postAsync(String id) {
    return CompletableFuture.supplyAsync(() -> api.send(post(id)));
  }

  private void awaitStarted(int n) throws InterruptedException {
    for (int i = 0; i < 1000 && started.get() < n; i++) {
      Thread.sleep(10);
    }
    assertThat(started.get()).isEqualTo(n);
  }

  private void awaitWaiting(int n) throws InterruptedException {
    for (int i = 0; i < 1000 && queue.waiting() < n; i++) {
      Thread.sleep(10);
    }
    assertThat(queue.waiting()).isEqualTo(n);
  }

  @Test
  void aFullQueueIsRefusedAtOnceWith503AndRetryAfter() throws Exception {
    CompletableFuture<HttpResponse<String>> first = postAsync("queued-1");
    awaitStarted(1);
    CompletableFuture<HttpResponse<String>> second = postAsync("queued-2");
    // The second waits in the queue's one place; the third finds no place.
    awaitWaiting(1);
    HttpResponse<String> refused = api.send(post("refused-3"));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
    assertThat(refused.headers().firstValue("Retry-After"))
        .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
    JsonNode error = ExchangeJson.parse(refused.body());
    assertThat(error.path("error").asText()).isEqualTo("busy");
    assertThat(error.path("message").asText()).contains("retry");
    assertThat(first.isDone()).isFalse();
    assertThat(store.document("refused-3")).isEmpty();

    release.countDown();
    assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
    assertThat(second.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
    assertThat(store.document("queued-1")).isPresent();
    assertThat(store.document("queued-2")).isPresent();
    assertThat(store.document("refused-3")).isEmpty();
    // With the queue free again, the refused document is accepted.
    assertThat(api.send(post("refused-3")).statusCode()).isEqualTo(201);
  }

  @Test
  void acceptedDocumentsAreIngestedWhenTheServerStops() throws Exception {
    List<CompletableFuture<HttpResponse<String>>> posts = new ArrayList<>();
    posts.add(postAsync("accepted-1"));
    awaitStarted(1);
    posts.add(postAsync("accepted-2"));
    awaitWaiting(1);
    assertThat(api.send(post("probe")).statusCode()).isEqualTo(503);
    CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
    Thread.sleep(200);
    assertThat(stopping.isDone()).as("stop waits for the accepted documents").isFalse();
    release.countDown();
    stopping.get(30, TimeUnit.SECONDS);
    assertThat(store.document("accepted-1")).isPresent();
    assertThat(store.document("accepted-2")).isPresent();
    assertThat(store.document("probe")).isEmpty();
  }

  @Test
  void settingsComeFromTheEnvironmentAndBadOnesAreNamed() {
    IngestQueue q =
        IngestQueue.from(
            java.util.Map.of(IngestQueue.WORKERS_VARIABLE, "3", IngestQueue.QUEUE_VARIABLE, "7"));
    assertThat(q.workers()).isEqualTo(3);
    assertThat(q.capacity()).isEqualTo(7);
    IngestQueue dflt = IngestQueue.from(java.util.Map.of(IngestQueue.WORKERS_VARIABLE, "2"));
    assertThat(dflt.capacity()).isEqualTo(2 * IngestQueue.WAITING_PER_WORKER);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> IngestQueue.from(java.util.Map.of(IngestQueue.QUEUE_VARIABLE, "many")))
        .hasMessageContaining(IngestQueue.QUEUE_VARIABLE)
        .hasMessageContaining("many");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> IngestQueue.from(java.util.Map.of(IngestQueue.WORKERS_VARIABLE, "0")))
        .hasMessageContaining(IngestQueue.WORKERS_VARIABLE);
  }
}

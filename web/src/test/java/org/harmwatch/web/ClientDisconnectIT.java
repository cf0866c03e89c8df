package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.pipeline.Cancellation;
import org.harmwatch.core.pipeline.IngestResult;
import org.harmwatch.core.pipeline.IngestService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client that posts a document and closes its connection before the answer stops the work on its
 * document: the extraction sees its cancellation set and nothing is stored. The stand-in extraction
 * runs until it is cancelled, so only the server noticing the disconnect ends it.
 */
class ClientDisconnectIT {
  private InMemoryIncidentStore store;
  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final CountDownLatch testOver = new CountDownLatch(1);
  private final AtomicBoolean stoppedByCancellation = new AtomicBoolean();
  private WebServer server;
  private int port;

  @BeforeEach
  void start() {
    store = SahelFixtures.store();
    FakeIngestService fake = new FakeIngestService(store);
    IngestService endless =
        new IngestService() {
          @Override
          public IngestResult ingest(Document document) {
            return ingest(document, Cancellation.none());
          }

          @Override
          public IngestResult ingest(Document document, Cancellation cancellation) {
            started.countDown();
            try {
              // An extraction that polls its cancellation between steps and never ends by itself.
              while (!cancellation.cancelled() && !testOver.await(5, TimeUnit.MILLISECONDS)) {
                Thread.onSpinWait();
              }
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            stoppedByCancellation.set(cancellation.cancelled());
            stopped.countDown();
            cancellation.check();
            return fake.ingest(document);
          }
        };
    server =
        new WebServer(
            store,
            endless,
            "127.0.0.1",
            List.of(new TestUser()),
            DocumentLimit.standard(),
            new IngestQueue(1, 1));
    port = server.start(0);
  }

  @AfterEach
  void stop() {
    testOver.countDown();
    server.stop();
  }

  @Test
  void aClientThatHangsUpStopsTheExtractionOfItsDocument() throws Exception {
    String body =
        "{\"id\":\"hang-up\",\"title\":\"Attack near Djibo\",\"published\":\"2024-06-12\","
            + "\"text\":\"Armed men killed civilians near Djibo.\"}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  + TestUser.HEADER
                  + ": analyst1\r\n"
                  + TestUser.ROLE_HEADER
                  + ": analyst\r\nContent-Type: application/json\r\nContent-Length: "
                  + bytes.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(bytes);
      out.flush();
      assertThat(started.await(30, TimeUnit.SECONDS)).as("extraction started").isTrue();
    }
    // The socket is closed: the server must notice and cancel; the wait only bounds a failure.
    assertThat(stopped.await(60, TimeUnit.SECONDS)).as("extraction stopped").isTrue();
    assertThat(stoppedByCancellation).isTrue();
    assertThat(store.document("hang-up")).isEmpty();
  }
}

package org.harmwatch.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhook delivery against a local HTTP server: retries, giving up, and the address rule. */
class WebhookSenderIT {
  private static final WebhookSender.Settings FAST =
      new WebhookSender.Settings(3, Duration.ofMillis(20), Duration.ofSeconds(5));

  private MockWebServer server;
  private WebhookSender sender;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    sender = new WebhookSender(FAST, true);
  }

  @AfterEach
  void stop() {
    sender.close();
    server.close();
  }

  @Test
  void aFailedDeliveryIsRetriedUntilTheTargetAcceptsIt() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().code(500).build());
    server.enqueue(new MockResponse.Builder().code(204).build());
    sender.send(server.url("/hook").uri(), "{\"n\":1}");
    for (int i = 0; i < 3; i++) {
      RecordedRequest r = server.takeRequest(10, TimeUnit.SECONDS);
      assertThat(r).isNotNull();
      assertThat(r.getMethod()).isEqualTo("POST");
      assertThat(r.getHeaders().get("Content-Type")).startsWith("application/json");
      assertThat(r.getBody().utf8()).isEqualTo("{\"n\":1}");
    }
    awaitCounts(1, 0);
  }

  @Test
  void aRefusalIsNotRetriedAndRetriesStopAfterTheLastTry() throws Exception {
    server.enqueue(new MockResponse.Builder().code(404).build());
    sender.send(server.url("/gone").uri(), "{}");
    assertThat(server.takeRequest(10, TimeUnit.SECONDS)).isNotNull();
    awaitCounts(0, 1);
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(502).build());
    }
    sender.send(server.url("/down").uri(), "{}");
    for (int i = 0; i < 3; i++) {
      assertThat(server.takeRequest(10, TimeUnit.SECONDS)).isNotNull();
    }
    awaitCounts(0, 2);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void targetsOnPrivateAddressesAreRefusedUnlessAllowed() {
    try (WebhookSender strict = new WebhookSender(FAST, false)) {
      assertThatThrownBy(() -> strict.checkTarget(server.url("/hook").uri()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("HARMWATCH_WATCH_PRIVATE_ADDRESSES");
      assertThatThrownBy(() -> strict.checkTarget(URI.create("http://10.1.2.3/x")))
          .hasMessageContaining("not a public internet address");
    }
    assertThatThrownBy(() -> sender.checkTarget(URI.create("ftp://hooks.example/x")))
        .hasMessageContaining("http:// or https://");
    assertThatThrownBy(() -> sender.checkTarget(URI.create("https://u:p@hooks.example/x")))
        .hasMessageContaining("user name or password");
    sender.checkTarget(server.url("/hook").uri());
  }

  // Counters move on the sender's thread after the server has answered.
  private void awaitCounts(long delivered, long abandoned) throws InterruptedException {
    for (int i = 0;
        i < 500 && (sender.delivered() != delivered || sender.abandoned() != abandoned);
        i++) {
      Thread.sleep(20);
    }
    assertThat(sender.delivered()).isEqualTo(delivered);
    assertThat(sender.abandoned()).isEqualTo(abandoned);
  }
}

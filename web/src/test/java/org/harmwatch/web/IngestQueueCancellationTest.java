package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.harmwatch.core.pipeline.Cancellation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * While a request waits for its document, the queue asks whether the client is still there and
 * cancels the work once it has gone; a client that stays gets its result.
 */
class IngestQueueCancellationTest {
  private final IngestQueue queue = new IngestQueue(1, 1);
  private final CountDownLatch testOver = new CountDownLatch(1);

  @AfterEach
  void close() {
    testOver.countDown();
    queue.close();
  }

  // Work that polls its cancellation until the client test has been asked `asks` times.
  private String workUntilAsked(Cancellation c, AtomicInteger asked, int asks) {
    try {
      while (asked.get() < asks && !testOver.await(5, TimeUnit.MILLISECONDS)) {
        c.check();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    c.check();
    return "stored";
  }

  @Test
  void aClientThatStaysGetsTheResult() {
    AtomicInteger asked = new AtomicInteger();
    String result =
        queue.run(
            c -> workUntilAsked(c, asked, 3),
            () -> {
              asked.incrementAndGet();
              return false;
            });
    assertThat(result).isEqualTo("stored");
    assertThat(asked.get()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aClientThatLeavesCancelsTheWork() {
    AtomicInteger asked = new AtomicInteger();
    // Gone at the second question; the work would go on until the tenth.
    assertThatThrownBy(
            () -> queue.run(c -> workUntilAsked(c, asked, 10), () -> asked.incrementAndGet() >= 2))
        .isInstanceOf(Cancellation.Cancelled.class)
        .hasMessageContaining("the client closed the connection");
    assertThat(asked.get()).isEqualTo(2);
  }
}

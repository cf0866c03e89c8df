package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.harmwatch.core.watch.PollReport;
import org.harmwatch.core.watch.SourceKind;
import org.harmwatch.core.watch.SourcePoller;
import org.harmwatch.core.watch.WatchedSource;
import org.harmwatch.store.JdbcSourceStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Poll now" over HTTP: a slow poll goes on in the background and is never run twice at once. */
class SourcesPollApiIT {
  @RegisterExtension final SahelServer sahel = new SahelServer();

  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicInteger polls = new AtomicInteger();

  /** A poller that holds each poll until the test releases it. */
  private final SourcePoller slow =
      id -> {
        polls.incrementAndGet();
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return new PollReport(id, false, 3, 2, 2, 0, 1, List.of(), null);
      };

  private long addSource() {
    return new JdbcSourceStore(sahel.database())
        .add(
            new WatchedSource.Draft(
                SourceKind.FEED,
                "https://news.example.org/feed.xml",
                "Example news",
                "fr",
                "BF",
                Duration.ofMinutes(30),
                true),
            Instant.now())
        .id();
  }

  @Test
  void aSlowPollAnswers202AndGoesOnOnceThenReportsItsOutcome() throws Exception {
    long id = addSource();
    ApiClient api =
        sahel.start(
            new SourcesApi(
                new JdbcSourceStore(sahel.database()),
                slow,
                Clock.systemUTC(),
                Duration.ofMillis(200)));
    String path = "/api/sources/" + id + "/poll";

    JsonNode first = ApiClient.json(api.send("POST", path, "analyst1", null), 202);
    assertThat(first.path("running").asBoolean()).isTrue();
    assertThat(first.path("source").path("id").asLong()).isEqualTo(id);
    // Asked again while it runs: joins the poll under way instead of starting another.
    ApiClient.json(api.send("POST", path, "analyst1", null), 202);
    assertThat(polls.get()).isEqualTo(1);

    release.countDown();
    JsonNode done = null;
    for (int k = 0; k < 50 && done == null; k++) {
      var r = api.send("POST", path, "analyst1", null);
      if (r.statusCode() == 200) {
        done = ApiClient.json(r, 200);
      } else {
        Thread.sleep(100);
      }
    }
    assertThat(done).as("a poll answered with its outcome").isNotNull();
    assertThat(done.path("running").asBoolean()).isFalse();
    assertThat(done.path("captured").asInt()).isEqualTo(2);
    assertThat(done.path("incidents").asInt()).isEqualTo(1);
  }

  @Test
  void anUnknownSourceIs404AndAViewerMayNotPoll() {
    ApiClient api =
        sahel.start(
            new SourcesApi(
                new JdbcSourceStore(sahel.database()),
                id -> {
                  throw new java.util.NoSuchElementException("no source " + id);
                },
                Clock.systemUTC(),
                Duration.ofMillis(200)));
    assertThat(api.send("POST", "/api/sources/999/poll", "analyst1", null).statusCode())
        .isEqualTo(404);
    assertThat(
            api.send(
                    api.request("POST", "/api/sources/999/poll", null)
                        .header(TestUser.HEADER, "viewer1")
                        .header(TestUser.ROLE_HEADER, "viewer")
                        .build())
                .statusCode())
        .isEqualTo(403);
  }
}

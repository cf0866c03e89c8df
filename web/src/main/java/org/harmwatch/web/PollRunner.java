package org.harmwatch.web;

import java.time.Duration;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.harmwatch.core.watch.PollReport;
import org.harmwatch.core.watch.SourcePoller;

/**
 * Runs the polls that users ask for off the request threads: a poll of a source with many new
 * articles (one request at a time per host, with a pause) can take minutes, longer than a browser
 * or a proxy waits. A caller waits a bounded time for the outcome and otherwise learns that the
 * poll goes on; a source already being polled is not polled twice at once. Thread-safe.
 */
final class PollRunner {
  /** How long a request waits for a poll's outcome by default. */
  static final Duration DEFAULT_WAIT = Duration.ofSeconds(20);

  private final SourcePoller poller;
  private final Duration wait;
  private final Map<Long, CompletableFuture<PollReport>> running = new ConcurrentHashMap<>();
  private final ExecutorService threads;

  PollRunner(SourcePoller poller, Duration wait, int threads) {
    this.poller = Objects.requireNonNull(poller, "poller");
    if (wait.isNegative()) {
      throw new IllegalArgumentException("wait must not be negative: " + wait);
    }
    this.wait = wait;
    this.threads =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "harmwatch-poll-now");
              // Polls in flight must not keep a stopping server alive; the scheduler polls again.
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Polls source {@code id}, or joins its poll already running, and waits for the outcome at most
   * this runner's wait: the report when the poll ended in time, empty when it goes on.
   *
   * @throws NoSuchElementException when there is no such source
   */
  Optional<PollReport> poll(long id) {
    CompletableFuture<PollReport> f =
        running.computeIfAbsent(
            id,
            k -> {
              CompletableFuture<PollReport> started =
                  CompletableFuture.supplyAsync(() -> poller.poll(k), threads);
              started.whenComplete((r, e) -> running.remove(k, started));
              return started;
            });
    try {
      return Optional.of(f.get(wait.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("polling source " + id + " failed", e.getCause());
    }
  }

  /** Whether source {@code id} is being polled at the user's request now. */
  boolean isRunning(long id) {
    return running.containsKey(id);
  }
}

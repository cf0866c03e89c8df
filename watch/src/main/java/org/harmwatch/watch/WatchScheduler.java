package org.harmwatch.watch;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.harmwatch.core.watch.SourceStore;
import org.harmwatch.core.watch.WatchedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs due polls inside the server: every tick it asks the store which enabled sources are due and
 * hands each to a small pool of workers (a source already being polled is skipped). Each poll saves
 * the next run in the database, so after a restart a source that fell due while the server was down
 * is due once, polled once, and then rescheduled from that poll: missed runs are never replayed one
 * by one. Thread-safe.
 */
public final class WatchScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WatchScheduler.class);

  private final SourceStore store;
  private final Watcher watcher;
  private final Clock clock;
  private final ScheduledExecutorService ticker;
  private final ExecutorService workers;
  private final Set<Long> running = ConcurrentHashMap.newKeySet();

  /**
   * A scheduler over {@code store} polling with {@code watcher}, with {@code workers} polls at once
   * (politeness per host holds whatever the number).
   */
  public WatchScheduler(SourceStore store, Watcher watcher, Clock clock, int workers) {
    this.store = Objects.requireNonNull(store, "store");
    this.watcher = Objects.requireNonNull(watcher, "watcher");
    this.clock = Objects.requireNonNull(clock, "clock");
    AtomicInteger n = new AtomicInteger();
    this.ticker =
        Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "harmwatch-watch-ticker"));
    this.workers =
        Executors.newFixedThreadPool(
            workers, r -> daemon(r, "harmwatch-watch-" + n.incrementAndGet()));
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /** Starts ticking every {@code every}, first at once. */
  public void start(Duration every) {
    ticker.scheduleWithFixedDelay(this::tick, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Hands every due source not already being polled to a worker; returns how many. */
  public int tick() {
    List<WatchedSource> due;
    try {
      due = store.due(clock.instant());
    } catch (RuntimeException e) {
      LOG.warn("cannot read the due sources: {}", e.getMessage());
      return 0;
    }
    int started = 0;
    for (WatchedSource s : due) {
      if (!running.add(s.id())) {
        continue;
      }
      started++;
      workers.execute(
          () -> {
            try {
              watcher.poll(s);
            } catch (RuntimeException e) {
              LOG.warn("poll of source {} failed", s.id(), e);
            } finally {
              running.remove(s.id());
            }
          });
    }
    return started;
  }

  /** Whether any poll is running. */
  public boolean busy() {
    return !running.isEmpty();
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    workers.shutdownNow();
    try {
      workers.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

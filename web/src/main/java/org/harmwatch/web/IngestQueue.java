package org.harmwatch.web;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.harmwatch.core.pipeline.Cancellation;

/**
 * The queue in front of extraction: documents posted to the API are ingested by a fixed number of
 * workers (one per core by default) taking them from a bounded queue. Extraction is CPU work, so
 * more documents at once than cores only makes each slower; when the queue is full a request is
 * refused at once ({@link Full}: 503 with Retry-After) instead of waiting until its client gives
 * up. While a client waits, its connection is looked at every {@value #POLL_MILLIS} ms: when the
 * client has gone, its document's work is cancelled ({@link Cancellation}: the extractor stops at
 * its next sentence, nothing is stored). {@link #close} finishes every accepted document before it
 * returns. Set by {@code HARMWATCH_INGEST_WORKERS} and {@code HARMWATCH_INGEST_QUEUE}. Thread-safe;
 * after {@link #close} the next document starts new workers (a server may be started again).
 */
public final class IngestQueue implements AutoCloseable {
  /** The environment variable that sets the number of workers. */
  public static final String WORKERS_VARIABLE = "HARMWATCH_INGEST_WORKERS";

  /** The environment variable that sets how many accepted documents may wait for a worker. */
  public static final String QUEUE_VARIABLE = "HARMWATCH_INGEST_QUEUE";

  /** Documents waiting per worker when {@link #QUEUE_VARIABLE} is not set. */
  public static final int WAITING_PER_WORKER = 4;

  /** How often a waiting request asks whether its client is still there, in milliseconds. */
  static final long POLL_MILLIS = 200;

  /** The longest {@link #close} waits for the accepted documents, in seconds. */
  private static final long DRAIN_SECONDS = 300;

  /** The queue was full: the document was not accepted; the client may retry after a while. */
  public static final class Full extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    Full(String message, long retryAfterSeconds) {
      super(message);
      this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The seconds after which a retry may be accepted: the time to work off the queue. */
    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }

  private final int workers;
  private final int capacity;
  private final AtomicInteger threads = new AtomicInteger();
  // A moving mean of one document's time on a worker, for Retry-After (0 until one has run).
  private final AtomicLong meanNanos = new AtomicLong();
  private ThreadPoolExecutor pool;

  /**
   * A queue of {@code workers} workers and {@code capacity} places for waiting documents.
   *
   * @throws IllegalArgumentException when either is below 1
   */
  public IngestQueue(int workers, int capacity) {
    if (workers < 1) {
      throw new IllegalArgumentException(WORKERS_VARIABLE + " must be >= 1, was " + workers);
    }
    if (capacity < 1) {
      throw new IllegalArgumentException(QUEUE_VARIABLE + " must be >= 1, was " + capacity);
    }
    this.workers = workers;
    this.capacity = capacity;
  }

  /** One worker per core, {@link #WAITING_PER_WORKER} waiting places per worker. */
  public static IngestQueue standard() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new IngestQueue(cores, cores * WAITING_PER_WORKER);
  }

  /**
   * The queue set in {@code environment} (e.g. {@link System#getenv()}); each setting not given is
   * the {@link #standard} one.
   *
   * @throws IllegalArgumentException naming the variable and the bad value
   */
  public static IngestQueue from(Map<String, String> environment) {
    int workers =
        setting(environment, WORKERS_VARIABLE, Runtime.getRuntime().availableProcessors());
    return new IngestQueue(
        workers, setting(environment, QUEUE_VARIABLE, workers * WAITING_PER_WORKER));
  }

  private static int setting(Map<String, String> environment, String name, int dflt) {
    String v = environment.get(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, was '" + v + "'", e);
    }
  }

  /** The number of workers. */
  public int workers() {
    return workers;
  }

  /** The number of documents that may wait for a worker. */
  public int capacity() {
    return capacity;
  }

  /** The number of accepted documents waiting for a worker now. */
  public synchronized int waiting() {
    return pool == null ? 0 : pool.getQueue().size();
  }

  /**
   * Runs {@code work} (one document's ingest) on a worker and waits for its result; its exceptions
   * are thrown here as they were there.
   *
   * @throws Full when {@link #capacity} documents are already waiting: {@code work} never runs
   */
  public <T> T run(Supplier<T> work) {
    return run(cancellation -> work.get(), () -> false);
  }

  /**
   * Runs {@code work} (one document's ingest, polling the cancellation it is given) on a worker and
   * waits for its result; while waiting, asks {@code clientGone} every {@link #POLL_MILLIS} ms and,
   * once it answers true, cancels the work and waits for the worker to let go of it. The work's
   * exceptions ({@link Cancellation.Cancelled} among them) are thrown here as they were there.
   *
   * @throws Full when {@link #capacity} documents are already waiting: {@code work} never runs
   */
  public <T> T run(Function<Cancellation, T> work, BooleanSupplier clientGone) {
    Future<T> done;
    ThreadPoolExecutor p = pool();
    Cancellation cancellation = new Cancellation();
    try {
      done = p.submit(() -> timed(() -> work.apply(cancellation)));
    } catch (RejectedExecutionException e) {
      long retry = retryAfterSeconds(p.getQueue().size());
      throw new Full(
          "the server is extracting "
              + workers
              + " document(s) with "
              + capacity
              + " more waiting; nothing was stored, retry in "
              + retry
              + " s",
          retry);
    }
    try {
      return waitFor(done, cancellation, clientGone);
    } catch (InterruptedException e) {
      // The request's thread is being stopped; the accepted document is still ingested.
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the document was being ingested", e);
    }
  }

  private static <T> T waitFor(
      Future<T> done, Cancellation cancellation, BooleanSupplier clientGone)
      throws InterruptedException {
    while (true) {
      try {
        return done.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        if (!cancellation.cancelled() && clientGone.getAsBoolean()) {
          cancellation.cancel("the client closed the connection");
        }
      } catch (ExecutionException e) {
        throw unwrapped(e);
      }
    }
  }

  private static RuntimeException unwrapped(ExecutionException e) {
    if (e.getCause() instanceof RuntimeException r) {
      return r;
    }
    if (e.getCause() instanceof Error err) {
      throw err;
    }
    return new IllegalStateException("ingest failed", e.getCause());
  }

  private <T> T timed(Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      long took = System.nanoTime() - start;
      meanNanos.updateAndGet(m -> m == 0 ? took : (m * 7 + took) / 8);
    }
  }

  // The time for the workers to take every waiting document and this one, at the mean time of
  // one document so far; at least a second.
  long retryAfterSeconds(int waiting) {
    double seconds = (waiting + workers) * (meanNanos.get() / 1e9) / workers;
    return Math.max(1, (long) Math.ceil(seconds));
  }

  private synchronized ThreadPoolExecutor pool() {
    if (pool == null) {
      ThreadPoolExecutor p =
          new ThreadPoolExecutor(
              workers,
              workers,
              0,
              TimeUnit.MILLISECONDS,
              new ArrayBlockingQueue<>(capacity),
              r -> {
                Thread t = new Thread(r, "harmwatch-ingest-" + threads.incrementAndGet());
                t.setDaemon(true);
                return t;
              },
              new ThreadPoolExecutor.AbortPolicy());
      pool = p;
    }
    return pool;
  }

  /**
   * Accepts no more documents and waits (up to five minutes) until every accepted one is ingested.
   */
  @Override
  public void close() {
    ThreadPoolExecutor p;
    synchronized (this) {
      p = pool;
      pool = null;
    }
    if (p == null) {
      return;
    }
    p.shutdown();
    try {
      if (!p.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException(
            "accepted documents still being ingested after " + DRAIN_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

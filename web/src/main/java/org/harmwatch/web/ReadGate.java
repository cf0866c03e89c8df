package org.harmwatch.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The line that API reads (GET and HEAD under {@code /api/}) wait in: at most {@link #permits} are
 * served at a time, the others wait in arrival order.
 *
 * <p>Why: one read takes a pooled database connection several times (caller, page, its rows, review
 * states, sources). Without a line, hundreds of concurrent reads each queue for the pool again at
 * every step, and the unlucky ones queue most: at 200 clients the slowest 1 % took three times the
 * median. Waiting once, first come first served, evens the waits out. A read that waited {@link
 * #maxWait} goes ahead anyway, so a few long downloads holding places never stop the other reads.
 * Writes are not in the line: they wait for their own resources (the ingest queue, locks).
 * Thread-safe.
 */
final class ReadGate implements Filter {
  /** The environment variable that sets {@link #permits}. */
  static final String PERMITS_VARIABLE = "HARMWATCH_CONCURRENT_READS";

  /**
   * Reads served at a time by default: four times the database pool of ten, so the pool stays busy
   * while the rest wait here once. Measured at 200 clients on 2 shared cores against 4, 10, 20 and
   * no gate (see the README's load figures), where 4 and 10 served fewest.
   */
  static final int DEFAULT_PERMITS = 40;

  private final Semaphore line;
  private final int permits;
  private final Duration maxWait;

  /**
   * A gate letting {@code permits} reads through at a time, each waiting at most {@code maxWait}.
   */
  ReadGate(int permits, Duration maxWait) {
    if (permits < 1) {
      throw new IllegalArgumentException("permits must be at least 1, was " + permits);
    }
    this.permits = permits;
    this.maxWait = maxWait;
    this.line = new Semaphore(permits, true);
  }

  /**
   * The gate of a server: {@value #PERMITS_VARIABLE} reads at a time when set, else {@value
   * #DEFAULT_PERMITS}, each waiting at most 10 s.
   *
   * @throws IllegalArgumentException when the variable is not a whole number from 1 to 1000
   */
  static ReadGate standard() {
    return fromVariable(System.getenv(PERMITS_VARIABLE));
  }

  /** The gate for the value {@code v} of {@value #PERMITS_VARIABLE} (null when not set). */
  static ReadGate fromVariable(String v) {
    int n = DEFAULT_PERMITS;
    if (v != null && !v.isBlank()) {
      try {
        n = Integer.parseInt(v.trim());
      } catch (NumberFormatException e) {
        n = -1;
      }
      if (n < 1 || n > 1000) {
        throw new IllegalArgumentException(
            PERMITS_VARIABLE + " must be a whole number from 1 to 1000, was '" + v + "'");
      }
    }
    return new ReadGate(n, Duration.ofSeconds(10));
  }

  /** How many reads are served at a time. */
  int permits() {
    return permits;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String method = ((HttpServletRequest) request).getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      chain.doFilter(request, response);
      return;
    }
    boolean admitted;
    try {
      admitted = line.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServletException("interrupted while waiting to be served", e);
    }
    try {
      chain.doFilter(request, response);
    } finally {
      if (admitted) {
        line.release();
      }
    }
  }
}

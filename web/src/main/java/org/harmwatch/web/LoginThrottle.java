package org.harmwatch.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits password guessing: after {@code maxFailures} failed logins for one key (a user name, or a
 * client address) within {@code window}, further attempts for that key are refused until the oldest
 * failure leaves the window. Kept in memory: a restart forgets it. Thread-safe.
 */
final class LoginThrottle {
  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  LoginThrottle(int maxFailures, Duration window, Clock clock) {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures must be >= 1, was " + maxFailures);
    }
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  /** Seconds to wait before {@code key} may try again; 0 when it may try now. */
  long retryAfterSeconds(String key) {
    Deque<Instant> q = failures.get(key);
    if (q == null) {
      return 0;
    }
    synchronized (q) {
      Instant now = clock.instant();
      prune(q, now);
      if (q.size() < maxFailures) {
        return 0;
      }
      return Math.max(1, Duration.between(now, q.peekFirst().plus(window)).toSeconds());
    }
  }

  /** Counts a failed attempt for {@code key}. */
  void failed(String key) {
    Deque<Instant> q = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (q) {
      prune(q, clock.instant());
      q.addLast(clock.instant());
    }
  }

  /** Forgets the failures of {@code key} after a successful login. */
  void succeeded(String key) {
    failures.remove(key);
  }

  private void prune(Deque<Instant> q, Instant now) {
    Instant cutoff = now.minus(window);
    while (!q.isEmpty() && !q.peekFirst().isAfter(cutoff)) {
      q.removeFirst();
    }
  }
}

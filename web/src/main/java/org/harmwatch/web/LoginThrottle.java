package org.harmwatch.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits password guessing: after {@code maxFailures} failed attempts for one key (a user name at a
 * client address, or a client address) within {@code window}, the key must wait before trying
 * again, and each further failure doubles the wait: {@code firstDelay}, twice that, four times...
 * up to {@code window}. Failures older than the window are forgotten. Kept in memory: a restart
 * forgets it. Thread-safe.
 */
final class LoginThrottle {
  private final int maxFailures;
  private final Duration firstDelay;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  LoginThrottle(int maxFailures, Duration firstDelay, Duration window, Clock clock) {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures must be >= 1, was " + maxFailures);
    }
    if (firstDelay.isNegative() || firstDelay.isZero() || firstDelay.compareTo(window) > 0) {
      throw new IllegalArgumentException(
          "firstDelay must be positive and at most the window, was " + firstDelay);
    }
    this.maxFailures = maxFailures;
    this.firstDelay = firstDelay;
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
      Instant until = q.peekLast().plus(delay(q.size()));
      Duration left = Duration.between(now, until);
      return left.isNegative() || left.isZero() ? 0 : Math.max(1, (left.toMillis() + 999) / 1000);
    }
  }

  // The wait after n failures (n >= maxFailures): the first delay, doubled per failure beyond.
  private Duration delay(int n) {
    int doublings = Math.min(n - maxFailures, 30);
    Duration d = firstDelay.multipliedBy(1L << doublings);
    return d.compareTo(window) > 0 ? window : d;
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

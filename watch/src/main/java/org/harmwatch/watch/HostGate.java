package org.harmwatch.watch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Per-host politeness: one request at a time to a host, and at least a delay between the end of one
 * request and the start of the next. Thread-safe; callers wait their turn in arrival order.
 */
final class HostGate {
  private static final class Host {
    final ReentrantLock lock = new ReentrantLock(true);
    long freeAt; // System.nanoTime() before which the next request must not start
  }

  private final Map<String, Host> hosts = new ConcurrentHashMap<>();

  /** A held turn at a host; closing it ends the request and starts the pause. */
  interface Turn extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Waits until {@code origin} is free and its pause is over, then holds it.
   *
   * @param delay the pause after this request before the next (the larger of this and the pause
   *     asked by the previous request counts)
   */
  Turn enter(String origin, Duration delay) throws InterruptedException {
    Host h = hosts.computeIfAbsent(origin, k -> new Host());
    h.lock.lockInterruptibly();
    try {
      long wait = h.freeAt - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
    } catch (InterruptedException e) {
      h.lock.unlock();
      throw e;
    }
    return () -> {
      h.freeAt = System.nanoTime() + delay.toNanos();
      h.lock.unlock();
    };
  }
}

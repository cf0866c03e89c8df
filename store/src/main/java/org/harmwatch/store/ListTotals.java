package org.harmwatch.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The totals of incident lists ("N incidents match"), counted once per filter and kept until this
 * process writes incidents ({@link Writes.Table#INCIDENTS}) or, for another process's writes, for
 * at most {@link Writes#OTHER_PROCESSES}. Without it every page of a list counts every match again.
 * Holds the most recent {@value #MAX_FILTERS} filters. Thread-safe.
 */
final class ListTotals {
  static final int MAX_FILTERS = 512;

  /** A way to count the matches of a filter. */
  @FunctionalInterface
  interface Counter {
    long count();
  }

  private record Total(long writes, long countedAt, long total) {}

  private final Writes writes;
  private final LongSupplier nanoTime;
  private final long maxAgeNanos = Writes.OTHER_PROCESSES.toNanos();
  private final Map<List<Object>, Total> totals =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Total> eldest) {
          return size() > MAX_FILTERS;
        }
      };

  /** Totals invalidated by {@code writes}, aged by {@code nanoTime} (e.g. System::nanoTime). */
  ListTotals(Writes writes, LongSupplier nanoTime) {
    this.writes = Objects.requireNonNull(writes, "writes");
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
  }

  /**
   * The total of the filter {@code where} with {@code args}: the kept one while no incident was
   * written since it was counted, else {@code counter}'s.
   */
  long total(String where, List<Object> args, Counter counter) {
    if (!writes.tracked()) {
      return counter.count();
    }
    List<Object> key = key(where, args);
    // Noted before counting: a write committed during the count moves it, so that total is not
    // kept past the next call.
    long written = writes.count(Writes.Table.INCIDENTS);
    long now = nanoTime.getAsLong();
    Total kept;
    synchronized (totals) {
      kept = totals.get(key);
    }
    if (kept != null && kept.writes() == written && now - kept.countedAt() < maxAgeNanos) {
      return kept.total();
    }
    long total = counter.count();
    synchronized (totals) {
      totals.put(key, new Total(written, now, total));
    }
    return total;
  }

  // Arrays (the ids of full-text hits) compare by their elements.
  private static List<Object> key(String where, List<Object> args) {
    List<Object> key = new ArrayList<>(args.size() + 1);
    key.add(where);
    for (Object a : args) {
      key.add(a instanceof Object[] values ? Arrays.asList(values) : a);
    }
    return key;
  }
}

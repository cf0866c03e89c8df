package org.harmwatch.store;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLongArray;
import javax.sql.DataSource;

/**
 * Counters of this process's committed writes to the tables that in-memory caches copy, kept by the
 * pool of a {@link Database}: a cache notes a counter when it reads, and its copy is stale once the
 * counter has moved. A writer counts after its commit, a reader notes before its read, so a copy
 * noted at an unchanged counter holds every counted write. Writes made by another process (a
 * command on the same database while {@code serve} runs) are not counted here: caches check the
 * table again after {@link #OTHER_PROCESSES}. Thread-safe.
 */
final class Writes {
  /** The tables whose copies are cached. */
  enum Table {
    /** Incidents and what filters them (status, place, date, figures): list totals. */
    INCIDENTS,
    /** Document restrictions, read on every request. */
    RESTRICTIONS,
    /** Sensitive spans, whose mask every viewer's answer goes through. */
    SENSITIVE_SPANS
  }

  /** How long a cached copy may miss another process's change to its table. */
  static final Duration OTHER_PROCESSES = Duration.ofSeconds(2);

  /** The counters of a data source that is not a {@link Database}'s pool: nothing is counted. */
  private static final Writes UNTRACKED = new Writes(false);

  private final boolean tracked;
  private final AtomicLongArray counts = new AtomicLongArray(Table.values().length);

  Writes() {
    this(true);
  }

  private Writes(boolean tracked) {
    this.tracked = tracked;
  }

  /** The counters of {@code ds}: its database's when it is a {@link Database}'s pool. */
  static Writes of(DataSource ds) {
    return ds instanceof Database.Pool pool ? pool.writes() : UNTRACKED;
  }

  /**
   * Whether writes through this pool are counted; when not, a cache cannot know it is stale and
   * must read every time.
   */
  boolean tracked() {
    return tracked;
  }

  /** Counts a committed write to {@code table}. */
  void wrote(Table table) {
    counts.incrementAndGet(table.ordinal());
  }

  /** The number of committed writes to {@code table} counted so far. */
  long count(Table table) {
    return counts.get(table.ordinal());
  }
}

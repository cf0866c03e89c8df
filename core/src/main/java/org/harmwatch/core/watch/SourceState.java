package org.harmwatch.core.watch;

import java.time.Instant;

/**
 * Where polling of a source stands: when it last ran and runs next, its conditional-GET validators,
 * and the last error with the count of failures in a row. A source is flagged once it has failed
 * {@value #FLAG_AFTER} times in a row; it is still polled, at its backed-off pace.
 */
public record SourceState(
    Instant lastPoll,
    Instant nextPoll,
    Instant lastSuccess,
    String lastError,
    int failures,
    String etag,
    String lastModified) {
  /** Failures in a row after which a source is flagged as failing. */
  public static final int FLAG_AFTER = 5;

  /** The state of a source never polled, due at {@code due}. */
  public static SourceState fresh(Instant due) {
    return new SourceState(null, due, null, null, 0, null, null);
  }

  /** Whether the source keeps failing. */
  public boolean flagged() {
    return failures >= FLAG_AFTER;
  }
}

package org.harmwatch.core.reference;

import java.util.Objects;

/**
 * One outcome of a cross-check of our incidents against a reference dataset: a match (our incident
 * and a reference event, with score and reasons), one of our incidents with no event in the dataset
 * ({@code eventId} null), or an event of the dataset with no incident of ours ({@code incidentId}
 * null). {@code country} (ISO code) and {@code month} ("YYYY-MM") are those of our incident when
 * there is one, else of the event. Figures are our reconciled low/best/high killed and the
 * dataset's fatalities; null when unknown.
 */
public record CheckRow(
    Kind kind,
    String incidentId,
    String eventId,
    String country,
    String month,
    double score,
    String reasons,
    Integer ourLow,
    Integer ourBest,
    Integer ourHigh,
    Integer theirFatalities) {
  /** What a row says. */
  public enum Kind {
    /** Our incident and the reference event describe the same event. */
    MATCH,
    /** Our incident has no event in the dataset. */
    OURS_ONLY,
    /** The reference event has no incident of ours. */
    THEIRS_ONLY;

    /** The lower-case code ("ours_only"). */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The kind of a code. */
    public static Kind fromCode(String code) {
      return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
  }

  public CheckRow {
    Objects.requireNonNull(kind, "kind");
    if (kind != Kind.THEIRS_ONLY) {
      Objects.requireNonNull(incidentId, "incidentId");
    }
    if (kind != Kind.OURS_ONLY) {
      Objects.requireNonNull(eventId, "eventId");
    }
  }

  /** Whether our best figure and theirs disagree: a match where both are known and differ. */
  public boolean figuresDisagree() {
    return kind == Kind.MATCH
        && ourBest != null
        && theirFatalities != null
        && !ourBest.equals(theirFatalities);
  }
}

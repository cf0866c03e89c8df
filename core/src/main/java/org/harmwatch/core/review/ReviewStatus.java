package org.harmwatch.core.review;

import java.util.Locale;

/** Where an incident stands in the analysts' review workflow. */
public enum ReviewStatus {
  /** Machine-extracted, waiting in the review queue. */
  NEW,
  /** An analyst has checked it (and may have corrected and graded it). */
  VERIFIED,
  /** Removed by an analyst; kept with its history, hidden from lists. */
  DELETED,
  /**
   * Folded into another incident describing the same event (by linking or by hand); kept with its
   * history, hidden from lists; its report is a source of the surviving incident.
   */
  MERGED;

  /** The lower-case code, e.g. {@code "new"}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The status with this code.
   *
   * @throws IllegalArgumentException naming the value when it is not a status
   */
  public static ReviewStatus fromCode(String code) {
    for (ReviewStatus s : values()) {
      if (s.code().equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown review status '" + code + "' (expected new, verified, deleted or merged)");
  }
}

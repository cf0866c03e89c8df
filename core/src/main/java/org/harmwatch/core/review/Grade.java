package org.harmwatch.core.review;

import java.util.Locale;

/**
 * How far analysts trust an incident after review, in the words human-rights researchers use.
 * Stored and exchanged as the lower-case {@link #code()}.
 */
public enum Grade {
  /** Verified by independent, credible sources. */
  CONFIRMED,
  /** Credible but not independently verified. */
  FAIR,
  /** One source of limited reliability. */
  WEAK,
  /** Credible sources disagree on what happened. */
  CONTESTED,
  /** Judged not to have happened as reported; kept for the record. */
  DISCOUNTED;

  /** The lower-case code, e.g. {@code "confirmed"}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The grade with this code.
   *
   * @throws IllegalArgumentException naming the value when it is not a grade
   */
  public static Grade fromCode(String code) {
    for (Grade g : values()) {
      if (g.code().equals(code)) {
        return g;
      }
    }
    throw new IllegalArgumentException(
        "unknown grade '" + code + "' (expected confirmed, fair, weak, contested or discounted)");
  }
}

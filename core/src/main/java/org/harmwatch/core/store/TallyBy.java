package org.harmwatch.core.store;

import java.util.Locale;

/** What incidents are counted by in a {@link Tally}. */
public enum TallyBy {
  /** Each actor named in an incident, perpetrator or target (an incident counts once per actor). */
  ACTOR,
  /** The country and first-level region of the incident's place. */
  ADMIN1,
  /** The month the incident began ({@code 2024-03}). */
  MONTH;

  /** The lower-case code used in URLs. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a code; throws {@link IllegalArgumentException} naming the bad value. */
  public static TallyBy fromCode(String code) {
    for (TallyBy b : values()) {
      if (b.code().equals(code)) {
        return b;
      }
    }
    throw new IllegalArgumentException(
        "unknown summary '" + code + "' (expected actor, admin1 or month)");
  }
}

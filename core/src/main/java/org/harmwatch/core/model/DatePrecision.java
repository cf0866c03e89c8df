package org.harmwatch.core.model;

import java.util.Locale;

/** How exactly an incident's date is known. */
public enum DatePrecision {
  DAY,
  WEEK,
  MONTH,
  YEAR;

  /** The lower-case code used in JSON. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a code; throws {@link IllegalArgumentException} naming the bad value. */
  public static DatePrecision fromCode(String code) {
    for (DatePrecision p : values()) {
      if (p.code().equals(code)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown date precision: '" + code + "'");
  }
}

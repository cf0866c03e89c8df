package org.harmwatch.core.model;

import java.util.Locale;

/**
 * How exactly an incident's location is known: a named town or village ({@code PLACE}), a second-
 * or first-level division, a part of a country ({@code REGION}, e.g. "central Mali", without
 * coordinates) or only the country.
 */
public enum LocationPrecision {
  PLACE,
  ADMIN2,
  ADMIN1,
  REGION,
  COUNTRY;

  /** The lower-case code used in JSON. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a code; throws {@link IllegalArgumentException} naming the bad value. */
  public static LocationPrecision fromCode(String code) {
    for (LocationPrecision p : values()) {
      if (p.code().equals(code)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown location precision: '" + code + "'");
  }
}

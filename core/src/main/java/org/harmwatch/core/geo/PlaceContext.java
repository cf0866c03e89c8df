package org.harmwatch.core.geo;

import java.util.List;

/**
 * What a document says about where it is: the ISO country codes it names, most-mentioned first, and
 * the first-level divisions it names (official names, e.g. "Mopti"). Resolution prefers candidates
 * in these countries and, among namesakes in one country, the one in a named division.
 */
public record PlaceContext(List<String> countryCodes, List<String> admin1Names) {
  public PlaceContext {
    countryCodes = countryCodes == null ? List.of() : List.copyOf(countryCodes);
    admin1Names = admin1Names == null ? List.of() : List.copyOf(admin1Names);
  }

  /** A context of countries only. */
  public PlaceContext(List<String> countryCodes) {
    this(countryCodes, List.of());
  }

  /** No context. */
  public static final PlaceContext NONE = new PlaceContext(List.of());
}

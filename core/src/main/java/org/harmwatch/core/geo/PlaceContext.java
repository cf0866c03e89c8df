package org.harmwatch.core.geo;

import java.util.List;

/**
 * What a document says about where it is: the ISO country codes it names, most-mentioned first.
 * Resolution prefers candidates in these countries.
 */
public record PlaceContext(List<String> countryCodes) {
  public PlaceContext {
    countryCodes = countryCodes == null ? List.of() : List.copyOf(countryCodes);
  }

  /** No context. */
  public static final PlaceContext NONE = new PlaceContext(List.of());
}

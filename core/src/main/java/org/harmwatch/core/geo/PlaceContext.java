package org.harmwatch.core.geo;

import java.util.List;
import org.harmwatch.core.model.Location;

/**
 * What a document says about where it is: the ISO country codes it names, most-mentioned first, the
 * first-level divisions it names (official names, e.g. "Mopti") and the towns it names (seats of a
 * division or large places, with coordinates). Resolution prefers candidates in these countries
 * and, among namesakes in one country, the one in a named division, else the one near a named town.
 */
public record PlaceContext(
    List<String> countryCodes, List<String> admin1Names, List<Location> towns) {
  public PlaceContext {
    countryCodes = countryCodes == null ? List.of() : List.copyOf(countryCodes);
    admin1Names = admin1Names == null ? List.of() : List.copyOf(admin1Names);
    towns = towns == null ? List.of() : List.copyOf(towns);
  }

  /** A context of countries and divisions, without towns. */
  public PlaceContext(List<String> countryCodes, List<String> admin1Names) {
    this(countryCodes, admin1Names, List.of());
  }

  /** A context of countries only. */
  public PlaceContext(List<String> countryCodes) {
    this(countryCodes, List.of());
  }

  /** No context. */
  public static final PlaceContext NONE = new PlaceContext(List.of());
}

package org.harmwatch.core.geo;

import java.util.List;
import java.util.Map;
import org.harmwatch.core.model.Location;

/**
 * What a document says about where it is: the ISO country codes it names, most-mentioned first, the
 * first-level divisions it names (official names, e.g. "Mopti"), the towns it names (seats of a
 * division or large places, with coordinates) and the qualifiers it writes after place names
 * ("Petaka (Douentza, Mopti)": {@code petaka -> "Douentza, Mopti"}, keyed by the resolver's folded
 * name). Resolution prefers candidates in these countries; a name with a qualifier is looked for
 * inside it; among namesakes in one country the one in a named division wins, else the one near a
 * named town. {@code namedCountries} are those of the countries that the document names outright
 * (by name, by one of its divisions, or by its own forces or groups), not only by a demonym. {@code
 * groupCountries} are the countries where all the armed groups the document names are active, when
 * those groups span several countries ("Boko Haram": Nigeria, Cameroon, Niger, Chad): a document
 * that names no country is looked for there rather than in all of Africa.
 */
public record PlaceContext(
    List<String> countryCodes,
    List<String> admin1Names,
    List<Location> towns,
    Map<String, String> qualifiers,
    List<String> namedCountries,
    List<String> groupCountries) {
  public PlaceContext {
    countryCodes = countryCodes == null ? List.of() : List.copyOf(countryCodes);
    admin1Names = admin1Names == null ? List.of() : List.copyOf(admin1Names);
    towns = towns == null ? List.of() : List.copyOf(towns);
    qualifiers = qualifiers == null ? Map.of() : Map.copyOf(qualifiers);
    namedCountries = namedCountries == null ? countryCodes : List.copyOf(namedCountries);
    groupCountries = groupCountries == null ? List.of() : List.copyOf(groupCountries);
  }

  /** A context whose documents' groups tell nothing beyond its countries. */
  public PlaceContext(
      List<String> countryCodes,
      List<String> admin1Names,
      List<Location> towns,
      Map<String, String> qualifiers,
      List<String> namedCountries) {
    this(countryCodes, admin1Names, towns, qualifiers, namedCountries, null);
  }

  /**
   * A context whose countries are all named outright (by name, division or cue, not only by a
   * demonym such as "Somali herders", which may be people abroad).
   */
  public PlaceContext(
      List<String> countryCodes,
      List<String> admin1Names,
      List<Location> towns,
      Map<String, String> qualifiers) {
    this(countryCodes, admin1Names, towns, qualifiers, null, null);
  }

  /** A context of countries, divisions and towns, without qualifiers. */
  public PlaceContext(List<String> countryCodes, List<String> admin1Names, List<Location> towns) {
    this(countryCodes, admin1Names, towns, Map.of());
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

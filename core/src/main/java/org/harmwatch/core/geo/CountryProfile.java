package org.harmwatch.core.geo;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What harmwatch knows of one country, as data: its ISO code and name, the names of its state
 * forces and police in ACLED's style, its other names and demonyms, its languages, whether the
 * gazetteer holds its villages, and the coding defaults that apply there.
 *
 * @param iso2 ISO 3166-1 alpha-2 code, upper case ("ML")
 * @param name the English name as conflict datasets write it ("Ivory Coast")
 * @param stateForces the state's armed forces as an actor ("Military Forces of Mali")
 * @param police the state's police as an actor ("Police Forces of Mali")
 * @param otherNames other names and short forms ("Côte d'Ivoire", "DRC", "RDC")
 * @param demonyms adjectives and nouns of nationality in English and French ("Malian", "malien")
 * @param languages ISO 639-1 codes of the official or main press languages
 * @param villageData whether the gazetteer has village-level rows for the country
 * @param defaults named coding defaults in force in the country (see {@link #STATE_ONLY_AIR_POWER})
 */
public record CountryProfile(
    String iso2,
    String name,
    String stateForces,
    String police,
    List<String> otherNames,
    List<String> demonyms,
    List<String> languages,
    boolean villageData,
    Set<String> defaults) {

  /** The default that an unattributed air or drone strike is the state's: only it flies there. */
  public static final String STATE_ONLY_AIR_POWER = "state_only_air_power";

  /** Validates the code and copies the lists. */
  public CountryProfile {
    Objects.requireNonNull(iso2, "iso2");
    if (!iso2.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: '" + iso2 + "'");
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(stateForces, "stateForces");
    Objects.requireNonNull(police, "police");
    otherNames = List.copyOf(otherNames);
    demonyms = List.copyOf(demonyms);
    languages = List.copyOf(languages);
    defaults = Set.copyOf(defaults);
  }

  /** Whether the named coding default applies in this country. */
  public boolean hasDefault(String codingDefault) {
    return defaults.contains(codingDefault);
  }
}

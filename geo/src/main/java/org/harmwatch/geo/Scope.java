package org.harmwatch.geo;

import java.util.List;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;

/**
 * Where the candidates of one lookup may lie: the document's (else the focus) countries in order,
 * else anywhere in {@code region} (the countries with a profile: all of Africa); or a fixed country
 * and first-level division set by a qualifier ("Karma, Tillabéri region"); plus the divisions and
 * towns the document names, which tell namesakes apart; {@code byDemonymOnly} when the document
 * names its countries only by demonyms ("Kenyan traders"), which may be people abroad.
 */
record Scope(
    List<String> countries,
    java.util.Set<String> region,
    String country,
    String admin1,
    List<String> admin1Context,
    List<Location> towns,
    boolean byDemonymOnly) {

  /** A scope whose countries, if any, the document names outright. */
  Scope(
      List<String> countries,
      java.util.Set<String> region,
      String country,
      String admin1,
      List<String> admin1Context,
      List<Location> towns) {
    this(countries, region, country, admin1, admin1Context, towns, false);
  }

  /** The scope inside a resolved qualifier: its country, and its division when it has one. */
  Scope within(Resolution r) {
    return new Scope(
        countries,
        region,
        r.countryCode(),
        r.entry() == null ? admin1 : adminOf(r),
        admin1Context,
        towns,
        byDemonymOnly);
  }

  private String adminOf(Resolution r) {
    // A town as qualifier ("Petaka, Douentza, Mopti") places the head in the town's division too.
    boolean division =
        r.precision() == LocationPrecision.ADMIN1 || r.precision() == LocationPrecision.ADMIN2;
    return division || !r.entry().admin1().isEmpty() ? r.entry().admin1() : admin1;
  }

  /** The same scope without document countries: anywhere in the region. */
  Scope anywhereInRegion() {
    return new Scope(List.of(), region, country, admin1, admin1Context, towns, byDemonymOnly);
  }

  /** The same scope with another region. */
  Scope anywhereIn(java.util.Set<String> other) {
    return new Scope(countries, other, country, admin1, admin1Context, towns, byDemonymOnly);
  }

  /** Whether a qualifier fixed the country. */
  boolean fixed() {
    return country != null;
  }
}

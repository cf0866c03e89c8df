package org.harmwatch.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.harmwatch.core.model.Location;
import org.harmwatch.geo.Gazetteer.Entry;

/**
 * Chooses one row among namesakes, or none. One must stand out (5× the population of the next, a
 * higher rank such as a division seat over a hamlet, or all within 25 km of each other: one place
 * recorded twice) unless another lies inside a division the document names and it does not; failing
 * that, the earliest document country with a single such place or a standout; then the one inside a
 * division the document names; then the only one within 25 km of a town the document names. Never
 * guesses. Stateless.
 */
final class Disambiguator {
  static final double SAME_PLACE_KM = 25;

  private static final Map<String, Integer> RANKS =
      Map.ofEntries(
          Map.entry("P.PPLC", 6),
          Map.entry("P.PPLA", 5),
          Map.entry("P.PPLA2", 4),
          Map.entry("P.PPLA3", 3),
          Map.entry("P.PPLA4", 3),
          Map.entry("OSM.city", 3),
          Map.entry("OSM.town", 2),
          Map.entry("P.PPL", 1),
          Map.entry("OSM.village", 1),
          Map.entry("WOF.locality", 1));

  private Disambiguator() {}

  /** The rank of a populated place: capital 6 ... village 1; other features 0. */
  static int rank(Entry e) {
    return RANKS.getOrDefault(e.featureCode(), 0);
  }

  /** The one candidate meant, or empty when they cannot be told apart. */
  static Optional<Entry> pick(List<Entry> cands, Scope scope) {
    if (cands.size() == 1) {
      return Optional.of(cands.get(0));
    }
    List<String> ctx = scope.countries();
    // Namesakes in the document's countries, else in the region (all of Africa) or capitals, beat
    // a city abroad that is in scope only for being large.
    List<Entry> inCtx =
        scope.fixed()
            ? cands
            : cands.stream()
                .filter(
                    e ->
                        ctx.isEmpty()
                            ? scope.region().isEmpty()
                                || scope.region().contains(e.countryCode())
                                || e.featureCode().equals("P.PPLC")
                            : ctx.contains(e.countryCode()))
                .toList();
    List<Entry> pool = inCtx.isEmpty() ? cands : inCtx;
    Optional<Entry> standout = standout(pool);
    if (standout.isPresent()) {
      return namedDivisionOver(standout.get(), pool, scope);
    }
    if (!scope.fixed()) {
      for (String cc : ctx) {
        List<Entry> here = pool.stream().filter(e -> e.countryCode().equals(cc)).toList();
        if (!here.isEmpty()) {
          if (here.size() == 1) {
            return Optional.of(here.get(0));
          }
          Optional<Entry> inCountry = standout(here);
          return inCountry.isPresent()
              ? namedDivisionOver(inCountry.get(), here, scope)
              : inNamedDivisionOrNearTown(here, scope);
        }
      }
    }
    return inNamedDivisionOrNearTown(pool, scope);
  }

  // A namesake inside a division the document names beats a larger one outside it ("the
  // commune of X, in the Y region" where a bigger X lies in another region): the named division
  // is the writer's own word, population only a tie-breaker.
  private static Optional<Entry> namedDivisionOver(Entry top, List<Entry> pool, Scope scope) {
    if (scope.admin1Context().isEmpty() || scope.admin1Context().contains(top.admin1())) {
      return Optional.of(top);
    }
    Optional<Entry> named = inNamedDivision(pool, scope);
    return named.isPresent() ? named : Optional.of(top);
  }

  private static Optional<Entry> inNamedDivisionOrNearTown(List<Entry> pool, Scope scope) {
    Optional<Entry> named = inNamedDivision(pool, scope);
    if (named.isPresent()) {
      return named;
    }
    List<Entry> inNamed =
        pool.stream().filter(e -> scope.admin1Context().contains(e.admin1())).toList();
    return nearNamedTown(inNamed.isEmpty() ? pool : inNamed, scope);
  }

  // Among namesakes that nothing else tells apart, the only one within 25 km of a town the
  // document names ("le village de Tangaye ... dans la zone de Ouahigouya"); when none or several
  // are, none is chosen.
  private static Optional<Entry> nearNamedTown(List<Entry> pool, Scope scope) {
    List<Entry> near =
        pool.stream()
            .filter(
                e ->
                    e.lat() != null
                        && scope.towns().stream()
                            .anyMatch(
                                t ->
                                    t.countryCode().equals(e.countryCode())
                                        && Location.km(t.lat(), t.lon(), e.lat(), e.lon())
                                            <= SAME_PLACE_KM))
            .toList();
    return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
  }

  // Among namesakes, the one inside a division the document names ("Boni ... in the Mopti
  // region") is the one meant; when several are, none is chosen.
  private static Optional<Entry> inNamedDivision(List<Entry> pool, Scope scope) {
    if (scope.admin1Context().isEmpty()) {
      return Optional.empty();
    }
    List<Entry> inNamed =
        pool.stream().filter(e -> scope.admin1Context().contains(e.admin1())).toList();
    return inNamed.isEmpty() ? Optional.empty() : standout(inNamed);
  }

  /** The candidate that stands out by population or rank, or the first of one cluster. */
  static Optional<Entry> standout(List<Entry> pool) {
    if (pool.size() == 1) {
      return Optional.of(pool.get(0));
    }
    List<Entry> sorted = new ArrayList<>(pool);
    sorted.sort(
        Comparator.comparingInt((Entry e) -> -rank(e))
            .thenComparingInt(e -> -e.population())
            .thenComparing(e -> e.geonamesId() == null ? 1 : 0));
    Entry top = sorted.get(0);
    Entry second = sorted.get(1);
    if (top.population() >= 1000 && top.population() >= 5L * second.population()) {
      return Optional.of(top);
    }
    if (rank(top) > rank(second) && rank(top) >= 3) {
      return Optional.of(top);
    }
    if (top.lat() != null
        && sorted.stream()
            .allMatch(
                e ->
                    e.lat() != null
                        && e.countryCode().equals(top.countryCode())
                        && Location.km(top.lat(), top.lon(), e.lat(), e.lon()) <= SAME_PLACE_KM)) {
      return Optional.of(top);
    }
    return Optional.empty();
  }
}

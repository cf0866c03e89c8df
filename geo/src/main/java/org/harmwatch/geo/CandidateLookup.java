package org.harmwatch.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.harmwatch.geo.Gazetteer.Entry;
import org.harmwatch.geo.Gazetteer.Kind;

/**
 * Finds the gazetteer rows a bare name may stand for, tier by tier, and lets {@link Disambiguator}
 * choose within the first tier that has candidates: populated places, then first- and second-level
 * divisions, then other point features (wells, hills, camps; never regions, deserts, rivers or
 * wadis, whose GeoNames point is arbitrary). Candidates must lie in the scope's countries (any when
 * it has none), unless a capital or a place of 100,000+ people. An unknown name tries villages one
 * vowel away ("Ogossagou" finds Ogossogou). Immutable and thread-safe.
 */
final class CandidateLookup {
  private static final int MAJOR_POPULATION = 100_000;
  // A first-level division's seat (PPLA) or a capital.
  private static final int SEAT_RANK = 5;
  private static final Set<String> POINT_FEATURES =
      Set.of(
          "H.WLL", "H.WLLS", "H.WTRH", "H.SPNG", "H.SPNGS", "H.PND", "H.PNDI", "H.PNDS", "H.LK",
          "H.LKI", "H.OAS", "L.OAS", "T.HLL", "T.MT", "T.DUNE", "T.BUTE", "T.RK", "T.MESA",
          "L.LCTY", "L.CMPQ", "L.MILB");

  // OpenStreetMap rows of whole areas (states, regions, counties, islands): their point is a
  // centroid or a label spot, never a settlement; "Jonglei" is the state, not a town.
  private static final Set<String> OSM_AREAS =
      Set.of(
          "OSM.state",
          "OSM.region",
          "OSM.county",
          "OSM.country",
          "OSM.historical_state",
          "OSM.historical_state;locality",
          "OSM.district",
          "OSM.municipality",
          "OSM.continent",
          "OSM.island",
          "OSM.islet",
          "OSM.peninsula",
          "OSM.mountain_range",
          "OSM.parish");

  private final Gazetteer gazetteer;
  // Where a common word may still be a place name when no document country says otherwise: the
  // focus countries (none without a focus: then "Army" alone is never a place).
  private final Set<String> homeCountries;

  CandidateLookup(Gazetteer gazetteer, Collection<String> homeCountries) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.homeCountries = Set.copyOf(homeCountries);
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * Whether {@code name} may be taken as a place name: not a function word, at least three letters,
   * and a common word only when capitalised and the name of a place in {@code countries} (the focus
   * countries when empty). Inside an explicit frame ("village of Say", "à Say") only the length
   * rule applies.
   */
  boolean acceptable(String name, String key, boolean framed, Collection<String> countries) {
    if (key.length() < 3) {
      return false;
    }
    if (framed) {
      return true;
    }
    if (CommonWords.NEVER.contains(key)) {
      return false;
    }
    if (CommonWords.ONLY_AS_LOCAL_NAME.contains(key)) {
      Collection<String> where = countries.isEmpty() ? homeCountries : countries;
      return Character.isUpperCase(name.codePointAt(0))
          && gazetteer.lookup(key).stream()
              .anyMatch(e -> e.kind() != Kind.COUNTRY && where.contains(e.countryCode()));
    }
    return true;
  }

  /**
   * Resolves a bare name; {@code only} restricts the kind (null: populated places, then divisions,
   * then other features). Empty when nothing fits or the first tier with candidates cannot be told
   * apart.
   */
  Optional<Resolution> name(String n, Scope scope, boolean framed, Kind only) {
    String key = Gazetteer.normalize(n);
    if (n.isEmpty() || !Character.isUpperCase(n.codePointAt(0)) && !framed) {
      return Optional.empty();
    }
    if (!acceptable(n, key, framed, scope.fixed() ? List.of(scope.country()) : scope.countries())) {
      return Optional.empty();
    }
    List<Entry> all = gazetteer.lookup(key);
    if (all.isEmpty() && (only == null || only == Kind.PLACE)) {
      all = gazetteer.lookupVariants(key);
    }
    if (all.isEmpty()) {
      return Optional.empty();
    }
    // A division named as one ("province du Loroum" in a story that also names a neighbour) is
    // meant whatever the document's countries, but only when the name means nothing in them: "the
    // Gourma region" of a Mali story is Mali's Gourma, never Burkina's province.
    List<Entry> rows = all;
    boolean namedDivision =
        (only == Kind.ADMIN1 || only == Kind.ADMIN2)
            && all.stream().noneMatch(e -> scope.countries().contains(e.countryCode()));
    for (Predicate<Entry> tier : tiers(only)) {
      List<Entry> cands =
          rows.stream()
              .filter(tier)
              .filter(e -> inScope(e, scope, key) || namedDivision && !scope.fixed())
              .filter(e -> !isLocality(e) || named(e, scope))
              .toList();
      if (cands.isEmpty()) {
        continue;
      }
      Optional<Entry> pick = Disambiguator.pick(cands, scope);
      if (pick.isEmpty()) {
        // Rows that bear the name itself beat rows that only list it among alternates
        // ("Karma" over "Karma Zarma", whose alternate is "Karma").
        List<Entry> named =
            cands.stream().filter(e -> Gazetteer.normalize(e.name()).equals(key)).toList();
        if (!named.isEmpty() && named.size() < cands.size()) {
          pick = Disambiguator.pick(named, scope);
        }
      }
      if (pick.isPresent() && isSettlement(pick.get())) {
        Optional<Entry> division = divisionElsewhere(pick.get(), rows, key, scope);
        if (division.isPresent()) {
          return division.map(Resolution::of);
        }
      }
      // A tier with candidates that cannot be told apart ends the search: never guess.
      return pick.map(Resolution::of);
    }
    return elsewhere(n, key, scope, framed, only);
  }

  // "a Kenyan priest killed in Kembong": in a document that names its countries only by
  // demonyms, a name that no row of those countries bears, and that every row bearing it puts in
  // one other country of the region, is that country's place: the demonyms told whose people.
  private Optional<Resolution> elsewhere(
      String n, String key, Scope scope, boolean framed, Kind only) {
    if (scope.fixed()
        || !scope.byDemonymOnly()
        || only != null && only != Kind.PLACE
        || CommonWords.ONLY_AS_LOCAL_NAME.contains(key)) {
      return Optional.empty();
    }
    List<Entry> rows = gazetteer.lookup(key);
    if (rows.isEmpty() || rows.stream().anyMatch(e -> e.kind() == Kind.COUNTRY)) {
      return Optional.empty();
    }
    String cc = rows.get(0).countryCode();
    if (!scope.region().contains(cc)
        || scope.countries().contains(cc)
        || rows.stream().anyMatch(e -> !e.countryCode().equals(cc))) {
      return Optional.empty();
    }
    Scope there =
        new Scope(List.of(cc), scope.region(), null, null, scope.admin1Context(), scope.towns());
    return name(n, there, framed, only).filter(r -> r.entry() != null && isSettlement(r.entry()));
  }

  // "(Biu LGA, Borno)": a bare name that is a first-level division of the village's country is
  // that division, not a small namesake village lying in another division.
  private static Optional<Entry> divisionElsewhere(
      Entry village, List<Entry> rows, String key, Scope scope) {
    if (Disambiguator.rank(village) >= SEAT_RANK || village.population() >= MAJOR_POPULATION) {
      return Optional.empty();
    }
    return rows.stream()
        .filter(
            e ->
                e.kind() == Kind.ADMIN1
                    && e.countryCode().equals(village.countryCode())
                    && !e.admin1().equals(village.admin1())
                    && Gazetteer.normalize(e.name()).equals(key)
                    && inScope(e, scope, key))
        .findFirst();
  }

  // An OpenStreetMap locality: a named spot, most often a village, at times a landmark.
  private static boolean isLocality(Entry e) {
    return e.featureCode().equals("OSM.locality");
  }

  // Whether the row lies in a country the document names (or its qualifier fixes).
  private static boolean named(Entry e, Scope scope) {
    return scope.fixed()
        ? scope.country().equals(e.countryCode())
        : scope.countries().contains(e.countryCode());
  }

  /**
   * A town of the region (a division seat or a place of 10,000+ people) that a distance is measured
   * from, when the document's countries have no place of that name: "20 km from Jilib" in a note
   * that names only the Kenyan troops. Capitalised names only, never a common word.
   */
  Optional<Resolution> regionTown(String n, Scope scope) {
    String key = Gazetteer.normalize(n);
    if (scope.fixed()
        || scope.countries().isEmpty()
        || scope.region().isEmpty()
        || n.isEmpty()
        || !Character.isUpperCase(n.codePointAt(0))
        || CommonWords.NEVER.contains(key)
        || CommonWords.ONLY_AS_LOCAL_NAME.contains(key)) {
      return Optional.empty();
    }
    return name(n, scope.anywhereInRegion(), true, Kind.PLACE)
        .filter(
            r ->
                r.entry() != null
                    && scope.region().contains(r.countryCode())
                    && (Disambiguator.rank(r.entry()) >= 3
                        || r.entry().population() >= TOWN_POPULATION));
  }

  private static final int TOWN_POPULATION = 10_000;

  /** Whether a row is a settlement: a populated place that is not a whole area of OSM. */
  static boolean isSettlement(Entry e) {
    return e.isPopulatedPlace() && !OSM_AREAS.contains(e.featureCode());
  }

  private static List<Predicate<Entry>> tiers(Kind only) {
    List<Predicate<Entry>> tiers = new ArrayList<>();
    if (only == null || only == Kind.PLACE) {
      tiers.add(CandidateLookup::isSettlement);
    }
    if (only == null) {
      tiers.add(e -> e.kind() == Kind.ADMIN1);
      tiers.add(e -> e.kind() == Kind.ADMIN2);
    } else if (only != Kind.PLACE) {
      tiers.add(e -> e.kind() == only);
    }
    if (only == null || only == Kind.PLACE) {
      tiers.add(e -> e.kind() == Kind.PLACE && !e.isPopulatedPlace() && isPointLike(e));
    }
    return tiers;
  }

  /**
   * Whether a feature that is not a settlement is small enough to stand for an incident's point:
   * wells, ponds, hills, camps, buildings, localities; not regions, deserts, plateaus, reserves,
   * rivers or wadis, whose GeoNames point is an arbitrary spot of a large area.
   */
  private static boolean isPointLike(Entry e) {
    String f = e.featureCode();
    return f.startsWith("S.")
        || POINT_FEATURES.contains(f)
        // OpenStreetMap's named localities, as Ethiopia's map gives most of its villages, only in
        // a country the document names: thousands of them, often ordinary words.
        || f.equals("OSM.locality")
        || f.startsWith("A.ADM3")
        || f.startsWith("A.ADM4");
  }

  private static boolean inScope(Entry e, Scope scope, String key) {
    if (e.kind() == Kind.COUNTRY) {
      return false;
    }
    if (e.kind() == Kind.PLACE && e.lat() == null) {
      return false;
    }
    if (scope.fixed()) {
      if (!scope.country().equals(e.countryCode())) {
        return false;
      }
      return scope.admin1() == null || e.admin1().isEmpty() || e.admin1().equals(scope.admin1());
    }
    if (scope.countries().isEmpty()
            && (scope.region().isEmpty() || scope.region().contains(e.countryCode()))
        || scope.countries().contains(e.countryCode())) {
      return true;
    }
    // A city outside the region only by its own name: "Tur" is no Tours, "Kuito" no Quito, though
    // the gazetteer lists those spellings among their alternates.
    return isMajor(e)
        && (scope.region().isEmpty()
            || scope.region().contains(e.countryCode())
            || Gazetteer.normalize(e.name()).equals(key));
  }

  private static boolean isMajor(Entry e) {
    return e.kind() == Kind.PLACE
        && (e.population() >= MAJOR_POPULATION || e.featureCode().equals("P.PPLC"));
  }
}

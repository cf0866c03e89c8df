package org.harmwatch.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.harmwatch.core.geo.CountryProfile;
import org.harmwatch.core.geo.CountryProfiles;
import org.harmwatch.core.geo.PlaceContext;
import org.harmwatch.core.geo.PlaceMention;
import org.harmwatch.core.geo.PlaceResolver;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;

/**
 * Resolves place phrases of English and French reports against a {@link Gazetteer}.
 *
 * <p>Phrase forms understood (case-insensitive, accents optional):
 *
 * <ul>
 *   <li>a bare name: "Bankass", "Ogossogou", "Mali";
 *   <li>divisions: "Segou region", "the Mopti region", "région de Ségou", "dans la région de
 *       Tillabéri", "cercle de Bankass", "Bankass cercle", "province du Soum", "département de
 *       Say", "Borno State";
 *   <li>parts of a country: "central Mali", "northern Mali", "nord du Burkina Faso", "centre du
 *       Mali", "the north of Niger": precision {@code region}, the name as written, no coordinates;
 *   <li>qualified names: "central Mali's Segou region", "Karma, Tillabéri region", "a village near
 *       a military base in central Mali" (the qualifier, since the head names no place);
 *   <li>offsets: "30 km from Douentza", "near Douentza", "à 30 km de Douentza": the town itself at
 *       precision {@code place}. The offset is <em>not</em> applied (its bearing is rarely given);
 *       {@link Location#text()} keeps the whole phrase so a reader sees it.
 * </ul>
 *
 * <p>Only {@code place} results carry coordinates. Divisions, regions and countries have null
 * lat/lon, as in the seed gold, so that a map never shows an incident at a centroid as if it were a
 * point; {@link Gazetteer#lookup(String)} still gives division centroids to whoever wants them.
 * {@code admin1}/{@code admin2} are official GeoNames names ("Ségou", "Province du Soum").
 *
 * <p>Choice among homonyms: populated places first, then divisions of that name, then other point
 * features (wells, hills, camps; not regions or wadis) only when nothing else bears the name.
 * Candidates must lie in a country of the context (a place outside it is accepted only if it is a
 * capital or has 100,000+ people). Among the rest, one must stand out: by population (5× the next),
 * by rank (a cercle seat over a hamlet), or all must lie within 25 km of each other (one village
 * recorded twice); failing that the earliest context country decides if it has a single such place,
 * then a division the document names, then being the only one within 25 km of a town the document
 * names (a division seat or a place of 10,000+ people); otherwise nothing is returned. A bare name
 * that is a common word (see {@link CommonWords}) resolves only when capitalised and borne by a
 * place where the document is. A row that bears the name itself beats rows that only list it as an
 * alternate; an unknown name tries Sahel villages one vowel away ("Ogossagou" finds Ogossogou).
 *
 * <p>A name the document qualifies in brackets ("in Petaka (Douentza, Mopti)") is looked for inside
 * its qualifier first; when it is not there, the qualifier itself answers. Namesakes that cannot be
 * told apart but all lie in one country of the document answer with that country (or their one
 * division). A document that names no country is read as being about the {@link FocusCountries
 * focus countries} when there are some, else about any country with a profile (all of Africa)
 * alike; a capital or a city of 100,000+ people elsewhere is still found. Without focus, the
 * countries where the armed groups it names are active ("Boko Haram": four) are searched first.
 *
 * <p>The work is split by job: {@link DocumentContextScanner} (document context), {@link
 * PhraseResolver} (phrase grammar), {@link CandidateLookup} (candidate rows), {@link Disambiguator}
 * (choice among namesakes) and {@link Resolution} (naming of results).
 *
 * <p>Immutable and thread-safe.
 */
public final class GazetteerPlaceResolver implements PlaceResolver {
  // A first-level division's seat (PPLA) or a capital.
  private static final int SEAT_RANK = 5;
  private final Gazetteer gazetteer;
  private final FocusCountries focus;
  private final CandidateLookup lookup;
  private final PhraseResolver phrases;
  private final DocumentContextScanner scanner;
  private final Set<String> region;
  // The official names of each country's first-level divisions.
  private final Map<String, Set<String>> admin1Official;
  private final Map<String, String> countryNames;

  /** A resolver over {@code gazetteer} that treats every African country alike. */
  public GazetteerPlaceResolver(Gazetteer gazetteer) {
    this(gazetteer, FocusCountries.NONE, CountryProfiles.bundled());
  }

  /**
   * A resolver over {@code gazetteer} with {@code focus} countries, reading country names, demonyms
   * and the list of countries whose divisions tell a document's country from {@code profiles}.
   */
  public GazetteerPlaceResolver(
      Gazetteer gazetteer, FocusCountries focus, CountryProfiles profiles) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.focus = Objects.requireNonNull(focus, "focus");
    Map<String, String> names = Map.copyOf(countryNames(gazetteer, profiles));
    List<String> profiled = profiles.all().stream().map(CountryProfile::iso2).toList();
    this.countryNames = names;
    this.lookup = new CandidateLookup(gazetteer, focus.codes());
    this.phrases = new PhraseResolver(lookup, names);
    Set<String> demonyms = new java.util.HashSet<>();
    profiles.all().forEach(p -> p.demonyms().forEach(d -> demonyms.add(Gazetteer.normalize(d))));
    this.scanner = new DocumentContextScanner(gazetteer, names, demonyms, profiled);
    this.region = Set.copyOf(profiled);
    Map<String, Set<String>> official = new HashMap<>();
    gazetteer
        .admin1NamesByCountry()
        .forEach((cc, byKey) -> official.put(cc, Set.copyOf(byKey.values())));
    this.admin1Official = Map.copyOf(official);
  }

  // A resolver sharing everything of {@code base} (gazetteer, document scanner, tables) but focus.
  private GazetteerPlaceResolver(GazetteerPlaceResolver base, FocusCountries focus) {
    this.gazetteer = base.gazetteer;
    this.focus = Objects.requireNonNull(focus, "focus");
    this.countryNames = base.countryNames;
    this.lookup = new CandidateLookup(gazetteer, focus.codes());
    this.phrases = new PhraseResolver(lookup, countryNames);
    this.scanner = base.scanner;
    this.region = base.region;
    this.admin1Official = base.admin1Official;
  }

  /**
   * This resolver with other {@code focus} countries, sharing its gazetteer and tables (a few
   * hundred bytes more, not a second gazetteer): for documents from a source that says which
   * country it covers.
   */
  public GazetteerPlaceResolver withFocus(FocusCountries focus) {
    return focus.equals(this.focus) ? this : new GazetteerPlaceResolver(this, focus);
  }

  /** A resolver over the bundled gazetteer ({@link Gazetteer#loadDefault()}), without focus. */
  public static GazetteerPlaceResolver loadDefault() {
    return loadDefault(FocusCountries.NONE);
  }

  /** A resolver over the bundled gazetteer with {@code focus} countries. */
  public static GazetteerPlaceResolver loadDefault(FocusCountries focus) {
    return new GazetteerPlaceResolver(Gazetteer.loadDefault(), focus, CountryProfiles.bundled());
  }

  // Folded country names and demonyms: the gazetteer's (every country of the world), then the
  // profiles' (Africa), which win where they disagree.
  private static Map<String, String> countryNames(Gazetteer g, CountryProfiles profiles) {
    Map<String, String> out = new HashMap<>(g.countryNamesAndDemonyms());
    for (CountryProfile p : profiles.all()) {
      out.put(Gazetteer.normalize(p.name()), p.iso2());
      p.otherNames().forEach(n -> out.put(Gazetteer.normalize(n), p.iso2()));
      p.demonyms().forEach(d -> out.put(Gazetteer.normalize(d), p.iso2()));
    }
    out.remove("");
    return out;
  }

  /** The gazetteer this resolver reads. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The focus countries this resolver was built with. */
  public FocusCountries focus() {
    return focus;
  }

  @Override
  public String version() {
    return gazetteer.version();
  }

  @Override
  public boolean isKnownName(String name) {
    if (name == null || name.isBlank()) {
      return false;
    }
    String key = Gazetteer.normalize(name);
    if (!lookup.acceptable(name.strip(), key, false, List.of())) {
      return false;
    }
    return gazetteer.containsKey(key)
        || Character.isUpperCase(name.strip().codePointAt(0))
            && !gazetteer.lookupVariants(key).isEmpty();
  }

  @Override
  public PlaceContext contextOf(String documentText) {
    return scanner.scan(documentText, focus.codes());
  }

  @Override
  public Optional<Location> documentLocation(PlaceContext context) {
    if (context == null) {
      return Optional.empty();
    }
    // The country the document names outright, in the order the context ranks them (by name,
    // then by division, then by its forces or cues): "Somali herders" or "Ethiopian nationals"
    // may be people abroad, so a demonym alone does not place the incident.
    String cc = context.namedCountries().stream().filter(region::contains).findFirst().orElse(null);
    if (cc == null) {
      return Optional.empty();
    }
    Optional<Gazetteer.Entry> country = gazetteer.country(cc);
    if (country.isEmpty()) {
      return Optional.empty();
    }
    Set<String> divisions = admin1Official.getOrDefault(cc, Set.of());
    List<String> named =
        context.admin1Names().stream().filter(divisions::contains).distinct().toList();
    if (named.size() == 1) {
      // "attacks in Lamu" with no place the gazetteer can pin: the division the note names.
      Optional<Gazetteer.Entry> division =
          gazetteer.lookup(named.get(0)).stream()
              .filter(
                  e ->
                      e.kind() == Gazetteer.Kind.ADMIN1
                          && e.countryCode().equals(cc)
                          && e.admin1().equals(named.get(0)))
              .findFirst();
      if (division.isPresent()) {
        return Optional.of(seatOf(division.get()).orElse(Resolution.of(division.get())))
            .map(r -> r.toLocation(named.get(0)));
      }
    }
    return Optional.of(Resolution.of(country.get()).toLocation(country.get().name()));
  }

  // "a man was shot in a Mombasa suburb": a division that no place phrase names, whose own seat
  // bears its name, stands for that town, as coders place it.
  private Optional<Resolution> seatOf(Gazetteer.Entry division) {
    return gazetteer.lookup(division.admin1()).stream()
        .filter(
            e ->
                CandidateLookup.isSettlement(e)
                    && e.lat() != null
                    && e.countryCode().equals(division.countryCode())
                    && e.admin1().equals(division.admin1())
                    && Disambiguator.rank(e) >= SEAT_RANK)
        .findFirst()
        .map(Resolution::of);
  }

  @Override
  public Optional<Location> resolve(PlaceMention mention, PlaceContext context) {
    Objects.requireNonNull(mention, "mention");
    PlaceContext ctx = context == null ? PlaceContext.NONE : context;
    // A document that names no country is read as being about the focus countries, if any.
    List<String> countries = ctx.countryCodes().isEmpty() ? focus.codes() : ctx.countryCodes();
    boolean byDemonymOnly = !ctx.countryCodes().isEmpty() && ctx.namedCountries().isEmpty();
    // "Boko Haram attacked Kerawa": a document that names no country but groups active in a few
    // is about one of those, not any African country.
    Set<String> where =
        countries.isEmpty() && !ctx.groupCountries().isEmpty()
            ? Set.copyOf(ctx.groupCountries())
            : region;
    Scope scope =
        new Scope(countries, where, null, null, ctx.admin1Names(), ctx.towns(), byDemonymOnly);
    String qualifier = ctx.qualifiers().get(Gazetteer.normalize(mention.text()));
    if (qualifier != null) {
      // "Petaka (Douentza, Mopti)": the name inside the divisions the document writes after it.
      Optional<Resolution> inside = phrases.resolve(mention.text() + ", " + qualifier, scope);
      if (inside.isPresent()
          && inside.get().entry() != null
          && (gazetteer.lookup(mention.text()).contains(inside.get().entry())
              || inside.get().precision() != LocationPrecision.COUNTRY)) {
        // The named place itself; else, for "Tororo (Quissanga)" with no Tororo there, the
        // division or town in brackets, which the writer gave to say where the place is, rather
        // than a namesake elsewhere.
        return inside.map(r -> r.toLocation(mention.text()));
      }
    }
    Optional<Location> found =
        phrases.resolve(mention.text(), scope).map(r -> r.toLocation(mention.text()));
    if (found.isEmpty() && where != region) {
      // The groups' countries are a preference, not a bound: a place found only elsewhere stands.
      found =
          phrases
              .resolve(mention.text(), scope.anywhereIn(region))
              .map(r -> r.toLocation(mention.text()));
    }
    return found.isPresent() ? found : oneCountry(mention.text(), scope);
  }

  // "Glem" twice in one division, "Kisenyi" thrice in Uganda: namesakes that nothing tells apart
  // still tell where the incident is when every row of that name lies in one country of the
  // document (any when it names none): that country, and the division when they share one.
  private Optional<Location> oneCountry(String text, Scope scope) {
    String name = text.strip();
    String key = Gazetteer.normalize(name);
    if (name.isEmpty()
        || !Character.isUpperCase(name.codePointAt(0))
        || !lookup.acceptable(name, key, false, scope.countries())) {
      return Optional.empty();
    }
    List<Gazetteer.Entry> rows = gazetteer.lookup(key);
    if (scope.region() != region) {
      // Namesakes outside the countries of the groups the document names do not count.
      rows = rows.stream().filter(e -> scope.region().contains(e.countryCode())).toList();
    }
    if (rows.isEmpty() || rows.stream().noneMatch(CandidateLookup::isSettlement)) {
      return Optional.empty();
    }
    Set<String> countries = new java.util.HashSet<>();
    Set<String> admin1s = new java.util.HashSet<>();
    rows.forEach(
        e -> {
          countries.add(e.countryCode());
          admin1s.add(e.admin1());
        });
    String cc = countries.iterator().next();
    if (countries.size() != 1
        || !scope.region().contains(cc)
        || !scope.countries().isEmpty() && !scope.countries().contains(cc)) {
      return Optional.empty();
    }
    Optional<Gazetteer.Entry> where =
        admin1s.size() == 1 && !admin1s.iterator().next().isEmpty()
            ? gazetteer.lookup(admin1s.iterator().next()).stream()
                .filter(
                    e ->
                        e.kind() == Gazetteer.Kind.ADMIN1
                            && e.countryCode().equals(cc)
                            && e.admin1().equals(admin1s.iterator().next()))
                .findFirst()
            : Optional.empty();
    return where.or(() -> gazetteer.country(cc)).map(e -> Resolution.of(e).toLocation(name));
  }
}

package org.harmwatch.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.geo.PlaceContext;
import org.harmwatch.core.geo.PlaceMention;
import org.harmwatch.core.geo.PlaceResolver;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.geo.Gazetteer.Entry;
import org.harmwatch.geo.Gazetteer.Kind;

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
 * place in Mali, Burkina Faso or Niger. A row that bears the name itself beats rows that only list
 * it as an alternate; an unknown name tries Sahel villages one vowel away ("Ogossagou" finds
 * Ogossogou).
 *
 * <p>Immutable and thread-safe.
 */
public final class GazetteerPlaceResolver implements PlaceResolver {
  // The countries the gazetteer covers in full, in the order used when a document names none.
  private static final List<String> FOCUS = List.of("ML", "BF", "NE");
  private static final Set<String> SAHEL = Set.copyOf(FOCUS);
  private static final double SAME_PLACE_KM = 25;
  private static final int MAJOR_POPULATION = 100_000;

  private static final String CARDINAL_EN =
      "(?:far[\\s-]+)?(?:north|south|east|west|northern|southern|eastern|western|central|centre"
          + "|center|mid|(?:north|south)[\\s-]?(?:east|west)(?:ern)?|north[\\s-]central"
          + "|south[\\s-]central|west[\\s-]central|east[\\s-]central)";
  private static final String CARDINAL_FR =
      "(?:extr[eê]me[\\s-]+)?(?:nord|sud|est|ouest|centre|nord[\\s-]est|nord[\\s-]ouest"
          + "|sud[\\s-]est|sud[\\s-]ouest|centre[\\s-]nord|centre[\\s-]sud|centre[\\s-]est"
          + "|centre[\\s-]ouest)";
  private static final String DE = "(?:of|de\\s+la|de\\s+l'|de|du|des|d')\\s*";
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern LEADING =
      Pattern.compile(
          "^(?:(?:in|at|on|from|to|into|inside|within|across|throughout|à|au|aux|en|dans|sur"
              + "|vers|depuis|chez)\\s+|the\\s+|(?:le|la|les)\\s+(?-i:(?=\\p{Ll}))|l'(?-i:(?=\\p{Ll})))+",
          CI);
  private static final Pattern OFFSET =
      Pattern.compile(
          "^.*?(?:\\d+(?:[.,]\\d+)?|(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine"
              + "|cinquantaine|soixantaine|centaine)\\s+de|few|dozen|several|couple\\s+of)"
              + "\\s*(?:-\\s*)?(?:km|kms|kilom[eè]t(?:er|re)s?|miles?|mi)\\b"
              + "(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:from|of|outside|de|du|des|d'|à|a|near)\\s*"
              + "(?:the\\s+)?(?-i:(?=\\p{Lu}))(.+)$",
          CI);
  private static final Pattern NEAR =
      Pattern.compile(
          "^(?:near|nearby|close\\s+to|just\\s+outside|outside|on\\s+the\\s+outskirts\\s+of"
              + "|in\\s+the\\s+outskirts\\s+of|outskirts\\s+of|in\\s+the\\s+vicinity\\s+of"
              + "|vicinity\\s+of|around|not\\s+far\\s+from|(?:just\\s+)?"
              + "(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\\s+of"
              + "|près\\s+de|pres\\s+de|non\\s+loin\\s+de|aux\\s+environs\\s+de"
              + "|dans\\s+les\\s+environs\\s+de|à\\s+proximité\\s+de|a\\s+proximite\\s+de"
              + "|autour\\s+de|(?:au|à\\s+l')\\s*(?:nord|sud|est|ouest|nord-est|nord-ouest"
              + "|sud-est|sud-ouest)\\s+de)\\s+(?:d'|l')?(?-i:(?=\\p{Lu}))(.+)$",
          CI);
  private static final Pattern POSSESSIVE = Pattern.compile("^(.+?)['’]s\\s+(.+)$", CI);
  private static final Pattern QUALIFIED =
      Pattern.compile(
          "^(.+?)(?:\\s*,\\s*|\\s+in\\s+(?:the\\s+)?|\\s+dans\\s+(?:le\\s+|la\\s+|les\\s+|l')?"
              + "|\\s+(?:en|au)\\s+)(.+)$",
          CI);
  private static final Pattern REGION_EN =
      Pattern.compile(
          "^(?:the\\s+)?(" + CARDINAL_EN + "(?:\\s+and\\s+" + CARDINAL_EN + ")?)\\s+(.+)$", CI);
  private static final Pattern REGION_EN_OF =
      Pattern.compile(
          "^(?:the\\s+)?(" + CARDINAL_EN.replace("ern)?", ")?") + ")\\s+(?:part\\s+)?of\\s+(.+)$",
          CI);
  private static final Pattern REGION_FR =
      Pattern.compile("^(?:le\\s+|l')?(" + CARDINAL_FR + ")\\s+" + DE + "(.+)$", CI);
  private static final Pattern REGION_POSSESSIVE =
      Pattern.compile(
          "^(.+?)['’]s\\s+(?:" + CARDINAL_EN + ")(?:\\s+(?:regions?|parts?|areas?|zones?))?$", CI);
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+");
  private static final Pattern TRAILING_OF = Pattern.compile("^(.+?)\\s+" + DE + "(.+)$", CI);

  /** A division or settlement word and the kinds it names. */
  private enum Frame {
    REGION("r[ée]gions?|regions?", Kind.ADMIN1, Kind.ADMIN2),
    STATE("state|[ée]tat", Kind.ADMIN1, null),
    PROVINCE("provinces?", Kind.ADMIN2, Kind.ADMIN1),
    CERCLE("cercles?|circles?", Kind.ADMIN2, null),
    // Benin's départements are its first-level divisions ("département de l'Alibori").
    DEPARTMENT(
        "d[ée]partements?|departments?|prefectures?|pr[ée]fectures?", Kind.ADMIN2, Kind.ADMIN1),
    DISTRICT("district", Kind.ADMIN1, Kind.ADMIN2),
    COMMUNE(
        "communes?|commune\\s+rurale|rural\\s+commune|municipality|municipalit[ée]",
        Kind.PLACE,
        null),
    SETTLEMENT(
        "village|town|city|hamlet|locality|localit[ée]|ville|hameau|bourg|bourgade|campement"
            + "|settlement",
        Kind.PLACE,
        null);

    final Pattern before;
    final Pattern after;
    final Kind first;
    final Kind second;

    Frame(String words, Kind first, Kind second) {
      this.before =
          Pattern.compile(
              "^(?:the\\s+)?(?:(?:la|le|les)\\s+|l')?(?:" + words + ")\\s+" + DE + "(.+)$", CI);
      this.after = Pattern.compile("^(?:the\\s+)?(.+?)\\s+(?:" + words + ")$", CI);
      this.first = first;
      this.second = second;
    }
  }

  private final Gazetteer gazetteer;
  private final Map<String, String> countryNames;
  // Sahel first-level divisions by normalised name; words that are also plain geography are left
  // out so that "the Sahel" or "the east" never counts as naming a division.
  private final Map<String, String> sahelAdmin1;
  // The country of each Sahel first-level division, by official name.
  private final Map<String, String> admin1Country;
  // Every leading part of a country or division key, to stop a lookup run early.
  private final Set<String> namePrefixes;
  private static final Set<String> VAGUE_ADMIN1 =
      Set.of(
          "sahel",
          "centre",
          "center",
          "nord",
          "north",
          "est",
          "east",
          "ouest",
          "west",
          "sud",
          "south",
          "niger",
          "cascades",
          "plateaucentral");

  /** A resolver over {@code gazetteer}. */
  public GazetteerPlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.countryNames = gazetteer.countryNamesAndDemonyms();
    Map<String, String> admin1 = new java.util.HashMap<>(gazetteer.admin1NamesIn(SAHEL));
    admin1.keySet().removeAll(VAGUE_ADMIN1);
    admin1.keySet().removeAll(countryNames.keySet());
    this.sahelAdmin1 = Map.copyOf(admin1);
    Map<String, String> countryOf = new java.util.HashMap<>();
    for (String cc : FOCUS) {
      for (String official : gazetteer.admin1NamesIn(Set.of(cc)).values()) {
        countryOf.putIfAbsent(official, cc);
      }
    }
    this.admin1Country = Map.copyOf(countryOf);
    Set<String> prefixes = new java.util.HashSet<>();
    for (String k : countryNames.keySet()) {
      for (int e = 1; e <= k.length(); e++) {
        prefixes.add(k.substring(0, e));
      }
    }
    for (String k : sahelAdmin1.keySet()) {
      for (int e = 1; e <= k.length(); e++) {
        prefixes.add(k.substring(0, e));
      }
    }
    this.namePrefixes = Set.copyOf(prefixes);
  }

  /** A resolver over the bundled gazetteer ({@link Gazetteer#loadDefault()}). */
  public static GazetteerPlaceResolver loadDefault() {
    return new GazetteerPlaceResolver(Gazetteer.loadDefault());
  }

  /** The gazetteer this resolver reads. */
  public Gazetteer gazetteer() {
    return gazetteer;
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
    if (!acceptableName(name.strip(), key, false)) {
      return false;
    }
    return gazetteer.containsKey(key)
        || Character.isUpperCase(name.strip().codePointAt(0))
            && !gazetteer.lookupVariants(key).isEmpty();
  }

  /**
   * Whether {@code name} may be taken as a place name: not a function word, at least three letters,
   * and a common word only when capitalised and the name of a Sahel place. Inside an explicit frame
   * ("village of Say", "à Say") only the length rule applies.
   */
  private boolean acceptableName(String name, String key, boolean framed) {
    if (key.length() < 3) {
      return false;
    }
    if (framed) {
      return true;
    }
    if (CommonWords.NEVER.contains(key)) {
      return false;
    }
    if (CommonWords.UNLESS_SAHEL.contains(key)) {
      return Character.isUpperCase(name.codePointAt(0))
          && gazetteer.lookup(key).stream().anyMatch(e -> SAHEL.contains(e.countryCode()));
    }
    return true;
  }

  @Override
  public PlaceContext contextOf(String documentText) {
    if (documentText == null || documentText.isEmpty()) {
      return PlaceContext.NONE;
    }
    List<String> tokens = new ArrayList<>();
    // The capitalised words, by key, as first written: candidates for the towns it names.
    Map<String, String> capitalised = new LinkedHashMap<>();
    Matcher m = TOKEN.matcher(documentText);
    while (m.find()) {
      String key = Gazetteer.normalize(m.group());
      tokens.add(key);
      if (Character.isUpperCase(Character.codePointAt(documentText, m.start()))) {
        capitalised.putIfAbsent(key, m.group());
      }
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    Set<String> admin1Named = new java.util.LinkedHashSet<>();
    // Divisions named plainly enough to tell the country ("Niamey", "Tillabéri"); "la région est
    // le théâtre" or "the Sahel region" do not.
    Set<String> admin1Telling = new java.util.LinkedHashSet<>();
    String[] keys = new String[5];
    for (int i = 0; i < tokens.size(); i++) {
      String division = divisionAt(tokens, i);
      if (division != null) {
        admin1Named.add(division);
        admin1Telling.add(division);
      }
      // Only runs of tokens that begin some country or division name are looked up: most words
      // begin none, and the document's scan stays one cheap probe per word.
      int longest = 0;
      StringBuilder run = new StringBuilder();
      for (int n = 1; n <= Math.min(5, tokens.size() - i); n++) {
        run.append(tokens.get(i + n - 1));
        String k = run.toString();
        if (!namePrefixes.contains(k)) {
          break;
        }
        keys[n - 1] = k;
        longest = n;
      }
      for (int n = longest; n >= 1; n--) {
        String key = keys[n - 1];
        String cc = countryNames.get(key);
        if (cc != null && !isRiverNiger(tokens, i, n, cc) && !isBorder(tokens, i, n)) {
          counts.merge(cc, 1, Integer::sum);
          i += n - 1;
          break;
        }
        String admin1 = sahelAdmin1.get(key);
        if (admin1 != null) {
          admin1Named.add(admin1);
          if (!isVague(key)) {
            admin1Telling.add(admin1);
          }
          i += n - 1;
          break;
        }
      }
    }
    List<String> order = new ArrayList<>(counts.keySet());
    // A stable sort keeps first-mentioned first among equal counts.
    order.sort(Comparator.comparing(c -> -counts.get(c)));
    if (order.isEmpty()) {
      // "Torodi ... on the Niamey road": a division the document names tells its country.
      admin1Telling.stream()
          .map(admin1Country::get)
          .filter(Objects::nonNull)
          .distinct()
          .forEach(order::add);
    }
    return new PlaceContext(
        order, List.copyOf(admin1Named), townsNamed(capitalised, order.isEmpty() ? FOCUS : order));
  }

  // A town the document names: a division seat or a place of 10,000+ people.
  private static final int TOWN_POPULATION = 10_000;

  /**
   * The towns among a document's {@code capitalised} words (normalised key to the word as first
   * written) in {@code countries}: words that name exactly one division seat or large place there
   * ("dans la zone de Ouahigouya").
   */
  private List<Location> townsNamed(Map<String, String> capitalised, List<String> countries) {
    List<Location> towns = new ArrayList<>();
    for (Map.Entry<String, String> w : capitalised.entrySet()) {
      String key = w.getKey();
      if (key.length() < 3 || CommonWords.NEVER.contains(key)) {
        continue;
      }
      List<Entry> found =
          gazetteer.lookup(key).stream()
              .filter(
                  e ->
                      e.isPopulatedPlace()
                          && e.lat() != null
                          && countries.contains(e.countryCode())
                          && (rank(e) >= 3 || e.population() >= TOWN_POPULATION))
              .toList();
      if (found.size() == 1) {
        towns.add(toResult(found.get(0)).toLocation(w.getValue()));
      }
    }
    return List.copyOf(towns);
  }

  private static final Set<String> DIVISION_WORDS =
      Set.of("cercle", "circle", "province", "departement", "department");
  private static final Set<String> DE_WORDS =
      Set.of("de", "du", "la", "l", "des", "d", "of", "the");

  // "cercle de Douentza", "province du Soum": the first-level division of a named Sahel
  // second-level one, so that "Boni, dans le cercle de Douentza" finds the Boni of Mopti.
  private String divisionAt(List<String> tokens, int i) {
    if (!DIVISION_WORDS.contains(tokens.get(i))) {
      return null;
    }
    int j = i + 1;
    while (j < tokens.size() && j <= i + 2 && DE_WORDS.contains(tokens.get(j))) {
      j++;
    }
    for (int n = Math.min(3, tokens.size() - j); n >= 1; n--) {
      String key = String.join("", tokens.subList(j, j + n));
      List<String> admin1s =
          gazetteer.lookup(key).stream()
              .filter(e -> e.kind() == Kind.ADMIN2 && SAHEL.contains(e.countryCode()))
              .map(Entry::admin1)
              .filter(a -> !a.isEmpty())
              .distinct()
              .toList();
      if (admin1s.size() == 1) {
        return admin1s.get(0);
      }
    }
    return null;
  }

  private static boolean isVague(String key) {
    String core = key.replaceFirst("^region(?:de|du|del|des)?", "").replaceFirst("region$", "");
    return VAGUE_ADMIN1.contains(core);
  }

  // "near the border with Niger", "la frontière malienne", "the Malian border": a neighbour named
  // to say where the place is not.
  private static boolean isBorder(List<String> tokens, int i, int n) {
    for (int j = Math.max(0, i - 3); j < i; j++) {
      if (BORDER_WORDS.contains(tokens.get(j))) {
        return true;
      }
    }
    return i + n < tokens.size() && BORDER_WORDS.contains(tokens.get(i + n));
  }

  private static final Set<String> BORDER_WORDS =
      Set.of("border", "borders", "frontier", "frontiere", "frontieres", "frontalier");

  private static boolean isRiverNiger(List<String> tokens, int i, int n, String cc) {
    if (!cc.equals("NE") || n != 1 || !tokens.get(i).equals("niger")) {
      return false;
    }
    String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
    String prev = i > 0 ? tokens.get(i - 1) : "";
    return next.equals("river")
        || next.equals("delta")
        || next.equals("inner")
        || prev.equals("fleuve")
        || prev.equals("delta")
        || prev.equals("river");
  }

  @Override
  public Optional<Location> resolve(PlaceMention mention, PlaceContext context) {
    Objects.requireNonNull(mention, "mention");
    PlaceContext ctx = context == null ? PlaceContext.NONE : context;
    String phrase = clean(mention.text());
    if (phrase.isEmpty()) {
      return Optional.empty();
    }
    // A document that names no country is read as being about the Sahel, the region this
    // gazetteer covers in full: a village name then never lands on a namesake abroad.
    List<String> countries = ctx.countryCodes().isEmpty() ? FOCUS : ctx.countryCodes();
    return phrase(
            phrase, new Scope(countries, null, null, ctx.admin1Names(), ctx.towns()), false, 0)
        .map(r -> r.toLocation(mention.text()));
  }

  private static String clean(String text) {
    String s = text.replace('’', '\'').replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    s = s.replaceAll("^[\"'«“(\\[]+|[\"'»”)\\].,;:!?]+$", "").strip();
    return s;
  }

  /** Where candidates may lie: context countries in order, or a fixed country and admin1. */
  private record Scope(
      List<String> countries,
      String country,
      String admin1,
      List<String> admin1Context,
      List<Location> towns) {
    Scope within(Result r) {
      return new Scope(
          countries,
          r.countryCode(),
          r.entry() == null ? admin1 : adminOf(r),
          admin1Context,
          towns);
    }

    private String adminOf(Result r) {
      return r.precision() == LocationPrecision.ADMIN1 || r.precision() == LocationPrecision.ADMIN2
          ? r.entry().admin1()
          : admin1;
    }

    boolean fixed() {
      return country != null;
    }
  }

  /** A resolution before it becomes a {@link Location}: the name to show and the row, if any. */
  private record Result(String name, String countryCode, Entry entry, LocationPrecision precision) {
    Location toLocation(String text) {
      if (entry == null) {
        return new Location(name, countryCode, null, null, null, null, precision, null, text);
      }
      String admin1 = blankToNull(entry.admin1());
      String admin2 = precision == LocationPrecision.ADMIN1 ? null : blankToNull(entry.admin2());
      boolean point = precision == LocationPrecision.PLACE;
      return new Location(
          name,
          countryCode,
          admin1,
          admin2,
          point ? entry.lat() : null,
          point ? entry.lon() : null,
          precision,
          entry.geonamesId(),
          text);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private Optional<Result> phrase(String s, Scope scope, boolean framed, int depth) {
    if (depth > 6 || s.isBlank()) {
      return Optional.empty();
    }
    String stripped = LEADING.matcher(s).replaceFirst("").strip();
    boolean prepositioned = !stripped.equals(s);
    s = stripped;
    if (s.isEmpty()) {
      return Optional.empty();
    }

    // Parts of a country first: "north of Niger" is a region, "north of Douentza" a place.
    Optional<Result> region = region(s, scope, depth);
    if (region.isPresent()) {
      return region;
    }
    Matcher m = OFFSET.matcher(s);
    if (m.matches()) {
      return settlementOrAny(m.group(1), scope, depth);
    }
    m = NEAR.matcher(s);
    if (m.matches()) {
      return settlementOrAny(m.group(1), scope, depth);
    }
    Optional<Result> country = country(s);
    if (country.isPresent()) {
      return country;
    }
    // A name that contains a frame word ("Kansas City", "Ville de Niamey") is a name first.
    Optional<Result> whole = name(s, scope, framed || prepositioned, Kind.PLACE);
    if (whole.isPresent()) {
      return whole;
    }
    for (Frame f : Frame.values()) {
      Matcher fm = f.before.matcher(s);
      if (!fm.matches()) {
        fm = f.after.matcher(s);
      }
      if (fm.matches()) {
        Optional<Result> r = framed(s, fm.group(1), f, scope);
        if (r.isPresent()) {
          return r;
        }
      }
    }
    m = POSSESSIVE.matcher(s);
    if (m.matches()) {
      Optional<Result> r = qualified(m.group(2), m.group(1), scope, depth);
      if (r.isPresent()) {
        return r;
      }
    }
    m = QUALIFIED.matcher(s);
    if (m.matches()) {
      Optional<Result> r = qualified(m.group(1), m.group(2), scope, depth);
      if (r.isPresent()) {
        return r;
      }
    }
    m = TRAILING_OF.matcher(s);
    if (m.matches() && country(m.group(2)).isPresent()) {
      return qualified(m.group(1), m.group(2), scope, depth);
    }
    return name(s, scope, framed || prepositioned, null);
  }

  private Optional<Result> settlementOrAny(String target, Scope scope, int depth) {
    String t = clean(target);
    Optional<Result> r = name(t, scope, true, null);
    return r.isPresent() ? r : phrase(t, scope, true, depth + 1);
  }

  private Optional<Result> region(String s, Scope scope, int depth) {
    for (Pattern p : List.of(REGION_EN_OF, REGION_FR, REGION_EN)) {
      Matcher m = p.matcher(s);
      if (m.matches()) {
        String rest = m.group(2).strip();
        Optional<Result> inner = country(LEADING.matcher(rest).replaceFirst(""));
        String written = s.replaceFirst("(?i)^(?:the|le|la)\\s+", "");
        if (inner.isPresent() && inner.get().precision() == LocationPrecision.COUNTRY) {
          return Optional.of(
              new Result(written, inner.get().countryCode(), null, LocationPrecision.REGION));
        }
        // "northern Ségou region", "le nord de la région de Mopti": a part of a division is
        // known only as precisely as the division.
        if (POSSESSIVE.matcher(rest).matches()) {
          continue; // "central Mali's Segou region" is the Segou region, handled below
        }
        Optional<Result> division = phrase(rest, scope, false, depth + 1);
        if (division.isPresent()
            && (division.get().precision() == LocationPrecision.ADMIN1
                || division.get().precision() == LocationPrecision.ADMIN2)) {
          Result d = division.get();
          return Optional.of(new Result(written, d.countryCode(), d.entry(), d.precision()));
        }
      }
    }
    Matcher m = REGION_POSSESSIVE.matcher(s);
    if (m.matches()) {
      Optional<Result> inner = country(m.group(1));
      if (inner.isPresent()) {
        return Optional.of(
            new Result(s, inner.get().countryCode(), null, LocationPrecision.REGION));
      }
    }
    return Optional.empty();
  }

  private Optional<Result> country(String s) {
    String cc = countryNames.get(Gazetteer.normalize(s));
    if (cc == null || isDemonym(s, cc)) {
      return Optional.empty();
    }
    return gazetteer.country(cc).map(e -> new Result(e.name(), cc, e, LocationPrecision.COUNTRY));
  }

  private boolean isDemonym(String s, String cc) {
    return gazetteer.lookup(s).stream()
        .noneMatch(x -> x.kind() == Kind.COUNTRY && x.countryCode().equals(cc));
  }

  private Optional<Result> framed(String whole, String inner, Frame f, Scope scope) {
    String target = clean(LEADING.matcher(inner).replaceFirst(""));
    if (target.isEmpty() || !Character.isUpperCase(target.codePointAt(0))) {
      return Optional.empty();
    }
    String written = whole.replaceFirst("(?i)^(?:the|le|la|les)\\s+", "");
    for (Kind k : new Kind[] {f.first, f.second}) {
      if (k == null) {
        continue;
      }
      if (k == Kind.PLACE) {
        return name(target, scope, true, Kind.PLACE);
      }
      Optional<Result> r = name(target, scope, true, k);
      if (r.isPresent()) {
        Result x = r.get();
        return Optional.of(new Result(written, x.countryCode(), x.entry(), x.precision()));
      }
    }
    return Optional.empty();
  }

  /**
   * "{@code head} in/of/, {@code qualifier}": the head within the qualifier, else the qualifier.
   */
  private Optional<Result> qualified(String head, String qualifier, Scope scope, int depth) {
    Optional<Result> q = phrase(clean(qualifier), scope, false, depth + 1);
    if (q.isEmpty()) {
      return Optional.empty();
    }
    Scope inner = scope.within(q.get());
    Optional<Result> h = phrase(clean(head), inner, false, depth + 1);
    if (h.isPresent() && h.get().countryCode().equals(q.get().countryCode())) {
      return h;
    }
    boolean headNamesSomething = hasCapitalisedWord(head);
    // "a village near a military base in central Mali": the head names no place, so the
    // qualifier is the answer. A named head we cannot place makes the qualifier the answer too,
    // but never a place picked from a different country.
    return headNamesSomething && h.isPresent() ? Optional.empty() : q;
  }

  private static boolean hasCapitalisedWord(String s) {
    return Pattern.compile("(?:^|\\s)\\p{Lu}").matcher(s).find();
  }

  /**
   * Resolves a bare name; {@code only} restricts the kind (null: populated places, then divisions,
   * then other features).
   */
  private Optional<Result> name(String s, Scope scope, boolean framed, Kind only) {
    String n = clean(s);
    String key = Gazetteer.normalize(n);
    if (n.isEmpty() || !Character.isUpperCase(n.codePointAt(0)) && !framed) {
      return Optional.empty();
    }
    if (!acceptableName(n, key, framed)) {
      return Optional.empty();
    }
    List<Entry> all = gazetteer.lookup(key);
    if (all.isEmpty() && (only == null || only == Kind.PLACE)) {
      all = gazetteer.lookupVariants(key);
    }
    if (all.isEmpty()) {
      return Optional.empty();
    }
    List<Predicate<Entry>> tiers = new ArrayList<>();
    if (only == null || only == Kind.PLACE) {
      tiers.add(Entry::isPopulatedPlace);
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
    for (Predicate<Entry> tier : tiers) {
      // A Sahel division named as one ("province du Loroum" in a story that also names the
      // Malian border) is meant whatever the document's countries: its country is not in doubt.
      // Only when the name means nothing in the document's countries: "the Gourma region" of a
      // Mali story is Mali's Gourma, never Burkina's province.
      boolean namedDivision =
          (only == Kind.ADMIN1 || only == Kind.ADMIN2)
              && all.stream().noneMatch(e -> scope.countries().contains(e.countryCode()));
      List<Entry> cands =
          all.stream()
              .filter(tier)
              .filter(
                  e ->
                      inScope(e, scope)
                          || namedDivision && !scope.fixed() && SAHEL.contains(e.countryCode()))
              .toList();
      if (cands.isEmpty()) {
        continue;
      }
      Optional<Entry> pick = pick(cands, scope);
      if (pick.isEmpty()) {
        // Rows that bear the name itself beat rows that only list it among alternates
        // ("Karma" over "Karma Zarma", whose alternate is "Karma").
        List<Entry> named =
            cands.stream().filter(e -> Gazetteer.normalize(e.name()).equals(key)).toList();
        if (!named.isEmpty() && named.size() < cands.size()) {
          pick = pick(named, scope);
        }
      }
      // A tier with candidates that cannot be told apart ends the search: never guess.
      return pick.map(e -> toResult(e));
    }
    return Optional.empty();
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
        || f.startsWith("A.ADM3")
        || f.startsWith("A.ADM4");
  }

  private static final Set<String> POINT_FEATURES =
      Set.of(
          "H.WLL", "H.WLLS", "H.WTRH", "H.SPNG", "H.SPNGS", "H.PND", "H.PNDI", "H.PNDS", "H.LK",
          "H.LKI", "H.OAS", "L.OAS", "T.HLL", "T.MT", "T.DUNE", "T.BUTE", "T.RK", "T.MESA",
          "L.LCTY", "L.CMPQ", "L.MILB");

  private static Result toResult(Entry e) {
    LocationPrecision p =
        switch (e.kind()) {
          case ADMIN1 -> LocationPrecision.ADMIN1;
          case ADMIN2 -> LocationPrecision.ADMIN2;
          case COUNTRY -> LocationPrecision.COUNTRY;
          case PLACE -> LocationPrecision.PLACE;
        };
    String name = e.kind() == Kind.ADMIN1 ? e.admin1() : e.name();
    return new Result(name, e.countryCode(), e, p);
  }

  private boolean inScope(Entry e, Scope scope) {
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
    if (scope.countries().isEmpty() || scope.countries().contains(e.countryCode())) {
      return true;
    }
    return isMajor(e);
  }

  private static boolean isMajor(Entry e) {
    return e.kind() == Kind.PLACE
        && (e.population() >= MAJOR_POPULATION || e.featureCode().equals("P.PPLC"));
  }

  private Optional<Entry> pick(List<Entry> cands, Scope scope) {
    if (cands.size() == 1) {
      return Optional.of(cands.get(0));
    }
    List<String> ctx = scope.countries();
    List<Entry> inCtx =
        ctx.isEmpty() || scope.fixed()
            ? cands
            : cands.stream().filter(e -> ctx.contains(e.countryCode())).toList();
    List<Entry> pool = inCtx.isEmpty() ? cands : inCtx;
    Optional<Entry> standout = standout(pool);
    if (standout.isPresent()) {
      return standout;
    }
    if (!scope.fixed()) {
      for (String cc : ctx) {
        List<Entry> here = pool.stream().filter(e -> e.countryCode().equals(cc)).toList();
        if (!here.isEmpty()) {
          if (here.size() == 1) {
            return Optional.of(here.get(0));
          }
          Optional<Entry> inCountry = standout(here);
          return inCountry.isPresent() ? inCountry : inNamedDivisionOrNearTown(here, scope);
        }
      }
    }
    return inNamedDivisionOrNearTown(pool, scope);
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
  private static Optional<Entry> standout(List<Entry> pool) {
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

  private static final Map<String, Integer> RANKS =
      Map.of(
          "P.PPLC",
          6,
          "P.PPLA",
          5,
          "P.PPLA2",
          4,
          "P.PPLA3",
          3,
          "P.PPLA4",
          3,
          "OSM.city",
          3,
          "OSM.town",
          2,
          "P.PPL",
          1,
          "OSM.village",
          1,
          "WOF.locality",
          1);

  private static int rank(Entry e) {
    return RANKS.getOrDefault(e.featureCode(), 0);
  }
}

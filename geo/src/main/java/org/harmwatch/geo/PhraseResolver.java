package org.harmwatch.geo;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.geo.Gazetteer.Kind;

/**
 * The grammar of place phrases in English and French: strips prepositions and articles, then reads
 * parts of countries ("central Mali", "nord du Burkina Faso"), offsets ("30 km from Douentza",
 * "near Douentza": the town), country names, division frames ("Segou region", "cercle de Bankass",
 * "Borno State"), possessives and qualifiers ("central Mali's Segou region", "Karma, Tillabéri
 * region", "Petaka, Douentza, Mopti") and hands bare names to {@link CandidateLookup}. Immutable
 * and thread-safe.
 */
final class PhraseResolver {
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
    CERCLE("cercles?|circles?", Kind.ADMIN2, null, true),
    // Benin's départements are its first-level divisions ("département de l'Alibori").
    DEPARTMENT(
        "d[ée]partements?|departments?|prefectures?|pr[ée]fectures?|divisions?",
        Kind.ADMIN2,
        Kind.ADMIN1,
        true),
    // DR Congo's territoires and chefferies are second-level units ("territoire de Walungu").
    TERRITORY("territoires?|territor(?:y|ies)|chefferies?|chiefdoms?", Kind.ADMIN2, null, true),
    // Ethiopia's zones are second-level units.
    ZONE("zones?", Kind.ADMIN2, Kind.PLACE),
    DISTRICT("districts?", Kind.ADMIN1, Kind.ADMIN2, true),
    // South Sudan's counties are second-level units, Kenya's and Liberia's first-level ones;
    // Nigeria's local government areas are second-level.
    COUNTY("county|counties|lga|local\\s+government\\s+area", Kind.ADMIN2, Kind.ADMIN1, true),
    COMMUNE(
        "communes?|commune\\s+rurale|rural\\s+commune|municipality|municipalit[ée]"
            // below a district: a seat and its area share the name ("Muyuka subdivision")
            + "|sub-?divisions?|arrondissements?|sub-?count(?:y|ies)|woredas?",
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
    // Whether a unit the gazetteer does not hold as a division stands for its seat, the town of
    // the same name ("Toulepleu department", "Cueibet County" below the divisions it knows).
    final boolean seat;

    Frame(String words, Kind first, Kind second) {
      this(words, first, second, false);
    }

    Frame(String words, Kind first, Kind second, boolean seat) {
      this.seat = seat;
      this.before =
          Pattern.compile(
              "^(?:the\\s+)?(?:(?:la|le|les)\\s+|l')?(?:" + words + ")\\s+" + DE + "(.+)$", CI);
      this.after = Pattern.compile("^(?:the\\s+)?(.+?)\\s+(?:" + words + ")$", CI);
      this.first = first;
      this.second = second;
    }
  }

  private final CandidateLookup lookup;
  private final Map<String, String> countryNames;

  /**
   * A grammar over {@code lookup}, reading country names and demonyms from {@code countryNames}.
   */
  PhraseResolver(CandidateLookup lookup, Map<String, String> countryNames) {
    this.lookup = Objects.requireNonNull(lookup, "lookup");
    this.countryNames = Map.copyOf(countryNames);
  }

  /** Resolves a whole phrase as written in a document. */
  Optional<Resolution> resolve(String text, Scope scope) {
    String s = clean(text);
    return s.isEmpty() ? Optional.empty() : phrase(s, scope, false, 0);
  }

  private Optional<Resolution> phrase(String s, Scope scope, boolean framed, int depth) {
    if (depth > 6 || s.isBlank()) {
      return Optional.empty();
    }
    String stripped = LEADING.matcher(s).replaceFirst("").strip();
    boolean prepositioned = !stripped.equals(s);
    s = stripped;
    if (s.isEmpty()) {
      return Optional.empty();
    }

    // A country's whole name before parts of countries: "South Sudan" is no south of Sudan.
    Optional<Resolution> named = country(s);
    if (named.isPresent()) {
      return named;
    }
    // Parts of a country first: "north of Niger" is a region, "north of Douentza" a place.
    Optional<Resolution> region = region(s, scope, depth);
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
    Optional<Resolution> country = country(s);
    if (country.isPresent()) {
      return country;
    }
    // A name that contains a frame word ("Kansas City", "Ville de Niamey") is a name first.
    Optional<Resolution> whole = name(s, scope, framed || prepositioned, Kind.PLACE);
    if (whole.isPresent()) {
      return whole;
    }
    for (Frame f : Frame.values()) {
      Matcher fm = f.before.matcher(s);
      if (!fm.matches()) {
        fm = f.after.matcher(s);
      }
      if (fm.matches()) {
        Optional<Resolution> r = framed(s, fm.group(1), f, scope);
        if (r.isPresent()) {
          return r;
        }
      }
    }
    m = POSSESSIVE.matcher(s);
    if (m.matches()) {
      Optional<Resolution> r = qualified(m.group(2), m.group(1), scope, depth);
      if (r.isPresent()) {
        return r;
      }
    }
    m = QUALIFIED.matcher(s);
    if (m.matches()) {
      Optional<Resolution> r = qualified(m.group(1), m.group(2), scope, depth);
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

  private Optional<Resolution> settlementOrAny(String target, Scope scope, int depth) {
    String t = clean(target);
    Optional<Resolution> r = name(t, scope, true, null);
    if (r.isEmpty()) {
      r = phrase(t, scope, true, depth + 1);
    }
    return r.isPresent() ? r : lookup.regionTown(t, scope);
  }

  private Optional<Resolution> region(String s, Scope scope, int depth) {
    for (Pattern p : List.of(REGION_EN_OF, REGION_FR, REGION_EN)) {
      Matcher m = p.matcher(s);
      if (m.matches()) {
        String rest = m.group(2).strip();
        Optional<Resolution> inner = country(LEADING.matcher(rest).replaceFirst(""));
        String written = s.replaceFirst("(?i)^(?:the|le|la)\\s+", "");
        if (inner.isPresent() && inner.get().precision() == LocationPrecision.COUNTRY) {
          return Optional.of(
              new Resolution(written, inner.get().countryCode(), null, LocationPrecision.REGION));
        }
        // "northern Ségou region", "le nord de la région de Mopti": a part of a division is
        // known only as precisely as the division.
        if (POSSESSIVE.matcher(rest).matches()) {
          continue; // "central Mali's Segou region" is the Segou region, handled below
        }
        Optional<Resolution> division = phrase(rest, scope, false, depth + 1);
        if (division.isPresent()
            && (division.get().precision() == LocationPrecision.ADMIN1
                || division.get().precision() == LocationPrecision.ADMIN2)) {
          Resolution d = division.get();
          return Optional.of(new Resolution(written, d.countryCode(), d.entry(), d.precision()));
        }
      }
    }
    Matcher m = REGION_POSSESSIVE.matcher(s);
    if (m.matches()) {
      Optional<Resolution> inner = country(m.group(1));
      if (inner.isPresent()) {
        return Optional.of(
            new Resolution(s, inner.get().countryCode(), null, LocationPrecision.REGION));
      }
    }
    return Optional.empty();
  }

  private Optional<Resolution> country(String s) {
    String cc = countryNames.get(Gazetteer.normalize(s));
    if (cc == null || isDemonym(s, cc)) {
      return Optional.empty();
    }
    return lookup
        .gazetteer()
        .country(cc)
        .map(e -> new Resolution(e.name(), cc, e, LocationPrecision.COUNTRY));
  }

  private boolean isDemonym(String s, String cc) {
    return lookup.gazetteer().lookup(s).stream()
        .noneMatch(x -> x.kind() == Kind.COUNTRY && x.countryCode().equals(cc));
  }

  private Optional<Resolution> framed(String whole, String inner, Frame f, Scope scope) {
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
      Optional<Resolution> r = name(target, scope, true, k);
      if (r.isPresent()) {
        Resolution x = r.get();
        return Optional.of(new Resolution(written, x.countryCode(), x.entry(), x.precision()));
      }
    }
    Optional<FormerDivisions.Present> former =
        f == Frame.STATE ? FormerDivisions.of(target) : Optional.empty();
    if (former.isPresent()) {
      return formerDivision(written, target, former.get(), scope);
    }
    return f.seat ? name(target, scope, true, Kind.PLACE) : Optional.empty();
  }

  // "Gogrial state", "Bieh state": a state of years past, named after its town or not; the town
  // when it lies in the present division that holds the state, else that division.
  private Optional<Resolution> formerDivision(
      String written, String target, FormerDivisions.Present present, Scope scope) {
    if (scope.fixed() && !scope.country().equals(present.cc())
        || !scope.fixed()
            && !scope.countries().isEmpty()
            && !scope.countries().contains(present.cc())) {
      return Optional.empty();
    }
    Optional<Resolution> town = name(target, scope, true, Kind.PLACE);
    if (town.isPresent()
        && town.get().entry() != null
        && town.get().countryCode().equals(present.cc())
        && town.get().entry().admin1().equals(present.admin1())) {
      return town;
    }
    return lookup.gazetteer().lookup(present.admin1()).stream()
        .filter(
            e ->
                e.kind() == Kind.ADMIN1
                    && e.countryCode().equals(present.cc())
                    && e.admin1().equals(present.admin1()))
        .findFirst()
        .map(e -> new Resolution(written, e.countryCode(), e, LocationPrecision.ADMIN1));
  }

  /**
   * "{@code head} in/of/, {@code qualifier}": the head within the qualifier, else the qualifier.
   */
  private Optional<Resolution> qualified(String head, String qualifier, Scope scope, int depth) {
    Optional<Resolution> q = phrase(clean(qualifier), scope, false, depth + 1);
    if (q.isEmpty()) {
      return Optional.empty();
    }
    Scope inner = scope.within(q.get());
    Optional<Resolution> h = phrase(clean(head), inner, false, depth + 1);
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

  private Optional<Resolution> name(String s, Scope scope, boolean framed, Kind only) {
    return lookup.name(clean(s), scope, framed, only);
  }

  private static String clean(String text) {
    String s = text.replace('’', '\'').replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    s = s.replaceAll("^[\"'«“(\\[]+|[\"'»”)\\].,;:!?]+$", "").strip();
    return s;
  }
}

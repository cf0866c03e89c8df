package org.harmwatch.nlp.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.harmwatch.core.actors.ActorCatalog;
import org.harmwatch.core.actors.ActorDirectory;
import org.harmwatch.core.actors.ActorName;
import org.harmwatch.core.geo.CountryProfile;
import org.harmwatch.core.geo.CountryProfiles;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;

/**
 * The curated, versioned actor dictionary ({@code actors.tsv}): canonical names in ACLED's style,
 * types, and English and French aliases, some tied to countries or to years, matched in one pass by
 * a trie. Immutable and thread-safe.
 *
 * <p>The state forces and police of every country of {@link CountryProfiles} are generated from the
 * profiles ("Kenyan police" → "Police Forces of Kenya") by the {@code template} lines; the
 * pseudo-names {@code @STATE} and {@code @POLICE} stand for those of the document's country, so
 * that "the army" becomes "Military Forces of Mali" in a Mali context and nothing without context.
 * An alias ending in {@code *} is a group name that the {@code template} line of its actor's kind
 * combines with nouns ("Pokot*" gives "Pokot raiders", "Pokot youths": "Pokot Ethnic Militia").
 */
public final class ActorDictionary {
  /** Where the default dictionary lives on the class path. */
  public static final String RESOURCE = "/org/harmwatch/nlp/actors.tsv";

  static final String STATE = "@STATE";
  static final String POLICE = "@POLICE";

  /**
   * One dictionary row: canonical names (several for a joint mention), their type, the countries
   * where its aliases mean this actor (empty: anywhere) and the years it applies to.
   */
  record Entry(
      List<String> names, ActorType type, Set<String> countries, int fromYear, int toYear) {
    boolean inCountry(String country) {
      return countries.isEmpty() || country != null && countries.contains(country);
    }

    boolean inYear(int year) {
      return year >= fromYear && year <= toYear;
    }

    boolean current() {
      return toYear == Integer.MAX_VALUE;
    }
  }

  /**
   * The entries of one alias, whether it was written as a proper name (with a capital), and whether
   * it names its group only as a side of a clash (a bare group name: "between the Tiv and Jukun").
   */
  record Aliased(List<Entry> entries, boolean proper, boolean sideOnly) {}

  private final String version;
  private final CountryProfiles profiles;
  private final AliasTrie<Aliased> trie;
  private final Map<String, ActorType> typeByName;
  private final Map<String, String> suffixByCountry;
  private final int entries;
  private final int aliases;
  private final Map<String, String> countryByForce;
  private final List<ActorName> names;

  ActorDictionary(
      String version,
      CountryProfiles profiles,
      AliasTrie<Aliased> trie,
      Map<String, ActorType> typeByName,
      Map<String, String> suffixByCountry,
      int entries,
      int aliases,
      List<ActorName> names) {
    this.version = version;
    this.names = List.copyOf(names);
    this.profiles = profiles;
    this.trie = trie;
    this.typeByName = Map.copyOf(typeByName);
    this.suffixByCountry = Map.copyOf(suffixByCountry);
    this.entries = entries;
    this.aliases = aliases;
    Map<String, String> home = new HashMap<>();
    for (CountryProfile p : profiles.all()) {
      home.put(p.stateForces(), p.iso2());
      home.put(p.police(), p.iso2());
    }
    this.countryByForce = Map.copyOf(home);
  }

  /** Loads the dictionary shipped with this module. */
  public static ActorDictionary load() {
    try (InputStream in = ActorDictionary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("actor dictionary missing from class path: " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Parses dictionary text in the {@code actors.tsv} format, with the bundled country profiles. */
  public static ActorDictionary parse(String tsv) {
    return parse(tsv, CountryProfiles.bundled());
  }

  /** Parses dictionary text in the {@code actors.tsv} format with the given country profiles. */
  public static ActorDictionary parse(String tsv, CountryProfiles profiles) {
    return new ActorDictionaryParser(profiles).parse(tsv);
  }

  static boolean isAcronym(String alias) {
    return alias.length() <= 6
        && !alias.contains(" ")
        && alias.substring(1).chars().anyMatch(Character::isUpperCase);
  }

  /**
   * Every canonical actor name of the dictionary (not the per-country pseudo-names) with its type
   * and the aliases written or generated for it, in dictionary order.
   */
  public List<ActorName> names() {
    return names;
  }

  /** The dictionary's actors as a directory analysts search by any name. */
  public ActorDirectory directory() {
    return ActorCatalog.of(names);
  }

  /** The dictionary version that goes into provenance. */
  public String version() {
    return version;
  }

  /** The number of distinct dictionary entries, generated state and police ones included. */
  public int entryCount() {
    return entries;
  }

  /** The number of distinct aliases, generated ones included. */
  public int aliasCount() {
    return aliases;
  }

  /** An actor mention: offsets into the searched text and the actors it names. */
  public record Match(int start, int end, String text, List<Actor> actors) {}

  /**
   * The actor mentions of {@code text}, longest first where they overlap; {@code countryCode} (may
   * be null) resolves generic state-force mentions such as "the army".
   */
  public List<Match> find(String text, String countryCode) {
    return find(text, countryCode, null);
  }

  /**
   * The actor mentions of {@code text} in a document of {@code countryCode} (may be null) about an
   * event of {@code year} (may be null: the actors' current names are chosen).
   */
  public List<Match> find(String text, String countryCode, Integer year) {
    String country = countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT);
    List<Match> out = new ArrayList<>();
    for (AliasTrie.Hit<Aliased> hit : trie.scan(text)) {
      String mention = text.substring(hit.start(), hit.end());
      if (hit.value().sideOnly() && !ClashSides.isSide(text, hit.start(), hit.end())) {
        continue;
      }
      Entry e = choose(hit.value().entries(), country, year, hit.value().proper());
      if (e == null) {
        continue;
      }
      List<Actor> actors = new ArrayList<>();
      for (String name : e.names()) {
        Actor a = resolve(name, e, country, mention);
        if (a != null) {
          actors.add(a);
        }
      }
      if (actors.isEmpty()) {
        continue;
      }
      Match m = new Match(hit.start(), hit.end(), mention, List.copyOf(actors));
      if (!out.isEmpty() && sameActors(out.get(out.size() - 1), m, text)) {
        Match prev = out.remove(out.size() - 1);
        out.add(
            new Match(prev.start(), m.end(), text.substring(prev.start(), m.end()), prev.actors()));
        continue;
      }
      out.add(m);
    }
    return out;
  }

  // A country's own reading of an alias beats the general one in the same year.
  private static Entry choose(
      List<Entry> candidates, String country, Integer year, boolean properName) {
    List<Entry> local = new ArrayList<>();
    List<Entry> general = new ArrayList<>();
    for (Entry e : candidates) {
      if (!e.countries().isEmpty()) {
        if (e.inCountry(country)) {
          local.add(e);
        }
      } else {
        general.add(e);
      }
    }
    if (country == null
        && general.isEmpty()
        && properName
        && !commonCountries(candidates).isEmpty()) {
      // Without a country, a proper name whose every reading is tied to one same country still
      // names its actor ("Amba boys", "Liyu police", "SPLA" in South Sudan before and after 2011);
      // a common noun ("separatists", "gendarmes") does not.
      local.addAll(candidates);
    }
    // The country's reading of the year, else the general reading of the year, else the nearest
    // in time (of the country's first); without a year, the current names alike.
    for (List<Entry> pool : List.of(local, general)) {
      for (Entry e : pool) {
        if (year != null ? e.inYear(year) : e.current()) {
          return e;
        }
      }
    }
    List<Entry> pool = local.isEmpty() ? general : local;
    if (pool.isEmpty()) {
      return null;
    }
    if (year != null) {
      return pool.stream().min(Comparator.comparingInt(e -> distance(e, year))).orElseThrow();
    }
    return pool.get(pool.size() - 1);
  }

  // The countries every one of {@code entries} is tied to (empty when one is tied to none).
  private static Set<String> commonCountries(List<Entry> entries) {
    Set<String> common = null;
    for (Entry e : entries) {
      if (e.countries().isEmpty()) {
        return Set.of();
      }
      if (common == null) {
        common = new LinkedHashSet<>(e.countries());
      } else {
        common.retainAll(e.countries());
      }
    }
    return common == null ? Set.of() : common;
  }

  private static int distance(Entry e, int year) {
    return year < e.fromYear() ? e.fromYear() - year : year - e.toYear();
  }

  private Actor resolve(String name, Entry e, String country, String mention) {
    if (name.contains(STATE) || name.contains(POLICE)) {
      return profiles
          .get(country)
          .map(
              p ->
                  new Actor(
                      name.replace(STATE, p.stateForces()).replace(POLICE, p.police()),
                      ActorType.STATE_FORCES,
                      mention))
          .orElse(null);
    }
    ActorType type = e.names().size() == 1 ? e.type() : typeByName.getOrDefault(name, e.type());
    return new Actor(withSuffix(name, type, country), type, mention);
  }

  /**
   * The civilian victims of an incident in {@code countryCode} (may be null), named as ACLED names
   * them there ("Civilians", "Civilians (Democratic Republic of Congo)").
   */
  public Actor civilians(String countryCode, String text) {
    String country = countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT);
    String suffix = country == null ? null : suffixByCountry.get(country);
    return new Actor(
        suffix == null ? "Civilians" : "Civilians " + suffix, ActorType.CIVILIANS, text);
  }

  // ACLED names the unnamed and communal actors of some countries with the country in brackets:
  // "Unidentified Armed Group (Democratic Republic of Congo)", "Hema Ethnic Militia (...)".
  private String withSuffix(String name, ActorType type, String country) {
    String suffix = country == null ? null : suffixByCountry.get(country);
    if (suffix == null || name.endsWith(")")) {
      return name;
    }
    boolean generic =
        type == ActorType.UNKNOWN
            || name.equals("Protesters")
            || name.endsWith("Ethnic Militia")
            || name.endsWith("Communal Militia");
    return generic ? name + " " + suffix : name;
  }

  // "FAMa soldiers", and a named group with a generic noun ("ADF kidnappers", "Renamo
  // attackers"): one mention of the first, not two.
  private static boolean sameActors(Match a, Match b, String text) {
    if (b.start() < a.end() || !text.substring(a.end(), b.start()).isBlank()) {
      return false;
    }
    List<String> first = a.actors().stream().map(Actor::name).toList();
    if (first.equals(b.actors().stream().map(Actor::name).toList())) {
      return true;
    }
    return a.actors().stream().noneMatch(x -> x.type() == ActorType.UNKNOWN)
        && b.actors().stream().allMatch(x -> x.type() == ActorType.UNKNOWN);
  }

  /**
   * Whether mention {@code m} of {@code text} only places the group in the background ("JNIM is
   * active in the area", "a JNIM stronghold", "zones où sévissent les jihadistes", "areas held by
   * ISWAP"): such a mention names no perpetrator of the incident told. See {@link
   * BackgroundMentions}.
   */
  public boolean isBackground(String text, Match m) {
    return BackgroundMentions.isBackground(text, m.start(), m.end());
  }

  /**
   * The country the actor mentions of {@code text} point to, or null: the country of named state
   * forces or police ("Kenyan police", "UPDF") or of a proper name tied to one country ("Amba
   * boys", "Liyu police"), the most mentioned first. A hint for a document whose places are not
   * found; the places, when found, decide.
   */
  public String impliedCountry(String text) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    for (AliasTrie.Hit<Aliased> hit : trie.scan(text)) {
      Set<String> where = new LinkedHashSet<>();
      Set<String> common = commonCountries(hit.value().entries());
      for (Entry e : hit.value().entries()) {
        String home = countryByForce.get(e.names().get(0));
        if (home != null && e.countries().isEmpty()) {
          where.add(home);
        } else if (hit.value().proper() && common.size() == 1) {
          where.addAll(common);
        } else {
          where.add("?");
        }
      }
      if (where.size() == 1 && !where.contains("?")) {
        votes.merge(where.iterator().next(), 1, Integer::sum);
      }
    }
    return votes.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /** The state forces of {@code countryCode} ("Military Forces of Mali"), or null if unknown. */
  public static Actor stateForces(String countryCode, String text) {
    return CountryProfiles.bundled()
        .get(countryCode)
        .map(p -> new Actor(p.stateForces(), ActorType.STATE_FORCES, text))
        .orElse(null);
  }

  /** The police of {@code countryCode} ("Police Forces of Kenya"), or null if unknown. */
  public static Actor police(String countryCode, String text) {
    return CountryProfiles.bundled()
        .get(countryCode)
        .map(p -> new Actor(p.police(), ActorType.STATE_FORCES, text))
        .orElse(null);
  }

  /**
   * Every canonical actor name of the dictionary (state forces and police included), with its type.
   */
  public Map<String, ActorType> canonicalNames() {
    return typeByName;
  }
}

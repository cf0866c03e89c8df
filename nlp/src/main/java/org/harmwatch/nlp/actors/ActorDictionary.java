package org.harmwatch.nlp.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.harmwatch.core.actors.ActorCatalog;
import org.harmwatch.core.actors.ActorDirectory;
import org.harmwatch.core.actors.ActorName;
import org.harmwatch.core.geo.CountryProfile;
import org.harmwatch.core.geo.CountryProfiles;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.nlp.text.PrefilteredPattern;

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

  private static final String STATE = "@STATE";
  private static final String POLICE = "@POLICE";
  private static final String SIDE_KIND = "/side";

  /**
   * One dictionary row: canonical names (several for a joint mention), their type, the countries
   * where its aliases mean this actor (empty: anywhere) and the years it applies to.
   */
  private record Entry(
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
  private record Aliased(List<Entry> entries, boolean proper, boolean sideOnly) {}

  private final String version;
  private final CountryProfiles profiles;
  private final AliasTrie<Aliased> trie;
  private final Map<String, ActorType> typeByName;
  private final Map<String, String> suffixByCountry;
  private final int entries;
  private final int aliases;
  private final Map<String, String> countryByForce;
  private final List<ActorName> names;

  private ActorDictionary(
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
    return new Parser(profiles).parse(tsv);
  }

  /** Reads the rows and the templates, then generates and indexes every alias. */
  private static final class Parser {
    private final CountryProfiles profiles;
    private final Map<String, List<String>> templates = new LinkedHashMap<>();
    private final List<String[]> rows = new ArrayList<>();
    private final List<Integer> rowLines = new ArrayList<>();
    private final Map<String, String> suffixes = new HashMap<>();
    private final Map<String, ActorType> typeByName = new HashMap<>();
    private final Map<String, Map<Boolean, List<Entry>>> byAlias = new LinkedHashMap<>();
    private final List<Generated> generated = new ArrayList<>();
    private final Set<String> properKeys = new HashSet<>();
    private final Set<String> sideKeys = new HashSet<>();
    private final Set<String> plainKeys = new HashSet<>();
    private final Map<String, Set<String>> aliasesByName = new LinkedHashMap<>();
    private String version;

    /** An alias generated from a group name and a template, indexed after the written ones. */
    private record Generated(String alias, Entry entry, boolean side) {}

    Parser(CountryProfiles profiles) {
      this.profiles = profiles;
    }

    ActorDictionary parse(String tsv) {
      try (BufferedReader r = new BufferedReader(new StringReader(tsv))) {
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
          lineNo++;
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] cols = line.split("\t", -1);
          switch (cols[0]) {
            case "version" -> {
              expect(cols, 2, 2, lineNo, line);
              version = cols[1].trim();
            }
            case "template" -> {
              expect(cols, 3, 3, lineNo, line);
              templates.put(cols[1].trim(), split(cols[2]));
            }
            case "suffix" -> {
              expect(cols, 3, 3, lineNo, line);
              suffixes.put(cols[1].trim(), cols[2].trim());
            }
            default -> {
              expect(cols, 3, 5, lineNo, line);
              rows.add(cols);
              rowLines.add(lineNo);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (version == null) {
        throw new IllegalArgumentException("actor dictionary has no version line");
      }
      for (int i = 0; i < rows.size(); i++) {
        addRow(rows.get(i), rowLines.get(i));
      }
      // Generated aliases come after the written ones, which win where both apply.
      generateStateAndPolice();
      generated.forEach(g -> index(g.alias(), g.entry(), g.side()));
      AliasTrie<Aliased> trie = new AliasTrie<>();
      Set<Entry> distinct = new LinkedHashSet<>();
      int aliasCount = 0;
      for (Map.Entry<String, Map<Boolean, List<Entry>>> e : byAlias.entrySet()) {
        for (Map.Entry<Boolean, List<Entry>> c : e.getValue().entrySet()) {
          boolean proper = c.getKey() || properKeys.contains(e.getKey());
          boolean side = sideKeys.contains(e.getKey()) && !plainKeys.contains(e.getKey());
          trie.put(e.getKey(), c.getKey(), new Aliased(List.copyOf(c.getValue()), proper, side));
          distinct.addAll(c.getValue());
          aliasCount++;
        }
      }
      List<ActorName> names = new ArrayList<>();
      aliasesByName.forEach(
          (name, written) ->
              names.add(
                  new ActorName(
                      name,
                      typeByName.getOrDefault(name, ActorType.UNKNOWN),
                      written.stream().filter(a -> !a.equals(name)).toList())));
      return new ActorDictionary(
          version, profiles, trie, typeByName, suffixes, distinct.size(), aliasCount, names);
    }

    private static void expect(String[] cols, int min, int max, int lineNo, String line) {
      if (cols.length < min || cols.length > max) {
        throw new IllegalArgumentException(
            "bad actor dictionary line "
                + lineNo
                + " (expected "
                + min
                + (max > min ? " to " + max : "")
                + " tab-separated columns, found "
                + cols.length
                + "): '"
                + line
                + "'");
      }
    }

    private void generateStateAndPolice() {
      for (CountryProfile p : profiles.all()) {
        Entry state =
            new Entry(
                List.of(p.stateForces()), ActorType.STATE_FORCES, Set.of(), 0, Integer.MAX_VALUE);
        Entry police =
            new Entry(List.of(p.police()), ActorType.STATE_FORCES, Set.of(), 0, Integer.MAX_VALUE);
        typeByName.putIfAbsent(p.stateForces(), ActorType.STATE_FORCES);
        typeByName.putIfAbsent(p.police(), ActorType.STATE_FORCES);
        for (String alias : fill(templates.getOrDefault("state", List.of()), p)) {
          index(alias, state);
        }
        for (String alias : fill(templates.getOrDefault("police", List.of()), p)) {
          index(alias, police);
        }
        // The canonical names themselves are aliases too.
        index(p.stateForces(), state);
        index(p.police(), police);
      }
    }

    // {D}: English demonyms (capitalised), {d}: French ones (lower case), {N}: the country's names.
    private static List<String> fill(List<String> template, CountryProfile p) {
      List<String> english = p.demonyms().stream().filter(ActorDictionary::capitalised).toList();
      List<String> french = p.demonyms().stream().filter(d -> !capitalised(d)).toList();
      List<String> names = new ArrayList<>();
      names.add(p.name());
      p.otherNames().stream()
          .filter(n -> n.length() > 3 || n.chars().allMatch(Character::isUpperCase))
          .forEach(names::add);
      List<String> out = new ArrayList<>();
      for (String t : template) {
        List<String> fillers =
            t.contains("{D}")
                ? english
                : t.contains("{d}") ? french : t.contains("{N}") ? names : null;
        if (fillers == null) {
          out.add(t);
          continue;
        }
        String slot = t.contains("{D}") ? "{D}" : t.contains("{d}") ? "{d}" : "{N}";
        for (String f : fillers) {
          out.add(t.replace(slot, f));
        }
      }
      return out;
    }

    private void addRow(String[] cols, int lineNo) {
      List<String> names = Arrays.stream(cols[0].split("\\+")).map(String::trim).toList();
      ActorType type;
      try {
        type = ActorType.fromCode(cols[1].trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "actor dictionary line " + lineNo + ": " + e.getMessage(), e);
      }
      Set<String> countries =
          cols.length > 3 && !cols[3].isBlank()
              ? Set.copyOf(
                  Arrays.stream(cols[3].split(","))
                      .map(s -> s.trim().toUpperCase(Locale.ROOT))
                      .toList())
              : Set.of();
      for (String c : countries) {
        if (profiles.get(c).isEmpty()) {
          throw new IllegalArgumentException(
              "actor dictionary line " + lineNo + ": unknown country code '" + c + "'");
        }
      }
      int from = 0;
      int to = Integer.MAX_VALUE;
      if (cols.length > 4 && !cols[4].isBlank()) {
        String y = cols[4].trim();
        if (!y.matches("(?:\\d{4})?-(?:\\d{4})?")) {
          throw new IllegalArgumentException(
              "actor dictionary line " + lineNo + ": bad years '" + y + "' (expected 2018-2021)");
        }
        String[] p = y.split("-", -1);
        from = p[0].isEmpty() ? 0 : Integer.parseInt(p[0]);
        to = p[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(p[1]);
      }
      Entry e = new Entry(names, type, countries, from, to);
      if (names.size() == 1) {
        typeByName.putIfAbsent(names.get(0), type);
      }
      String kind = kindOf(names.get(names.size() - 1));
      for (String alias : split(cols[2])) {
        if (!alias.endsWith("*")) {
          index(alias, e);
          continue;
        }
        String base = alias.substring(0, alias.length() - 1).trim();
        boolean expanded = false;
        for (Map.Entry<String, List<String>> t : templates.entrySet()) {
          String[] key = t.getKey().split("\\+");
          // "ethnic/side": bare forms that name the group only as a side of a clash.
          boolean side = key[0].endsWith(SIDE_KIND);
          if (!key[0].equals(kind) && !key[0].equals(kind + SIDE_KIND)) {
            continue;
          }
          expanded = true;
          Entry target = e;
          if (key.length > 1) {
            List<String> joint = new ArrayList<>(names);
            joint.addAll(Arrays.asList(key).subList(1, key.length));
            target = new Entry(List.copyOf(joint), type, countries, from, to);
          }
          for (String form : t.getValue()) {
            generated.add(new Generated(form.replace("{X}", base), target, side));
          }
        }
        if (!expanded) {
          throw new IllegalArgumentException(
              "actor dictionary line "
                  + lineNo
                  + ": alias '"
                  + alias
                  + "' needs a template for '"
                  + kind
                  + "'");
        }
      }
      if (names.size() == 1) {
        // "Pokot Ethnic Militia" written out is a mention too.
        index(names.get(0), e);
      }
    }

    private static String kindOf(String name) {
      if (name.endsWith("Ethnic Militia")) {
        return "ethnic";
      }
      if (name.endsWith("Communal Militia") || name.endsWith("Clan Militia")) {
        return "communal";
      }
      return "group";
    }

    // Acronyms like "FAMa", "VDP" or "FDS" must not match ordinary words ("fan", "vdp"); "=" forces
    // a case-sensitive alias, "~" a case-insensitive one.
    private void index(String raw, Entry e) {
      index(raw, e, false);
    }

    private void index(String raw, Entry e, boolean side) {
      String alias = raw.trim();
      boolean sensitive = isAcronym(alias);
      if (alias.startsWith("=")) {
        alias = alias.substring(1);
        sensitive = true;
      } else if (alias.startsWith("~")) {
        alias = alias.substring(1);
        sensitive = false;
      }
      if (alias.isEmpty()) {
        return;
      }
      String key = alias.replace('’', '\'');
      String mapKey = sensitive ? key : key.toLowerCase(Locale.ROOT);
      if (!sensitive && !mapKey.equals(key)) {
        properKeys.add(mapKey);
      }
      (side ? sideKeys : plainKeys).add(mapKey);
      put(mapKey, sensitive, e, alias);
      if (TITLED_ACRONYM.matcher(alias).matches() && !raw.trim().startsWith("=")) {
        // Papers write the longer acronyms as names too: "Unita", "Mujao", "Mopol".
        put(alias.charAt(0) + alias.substring(1).toLowerCase(Locale.ROOT), true, e, alias);
      }
    }

    private void put(String mapKey, boolean sensitive, Entry e, String alias) {
      List<Entry> list =
          byAlias
              .computeIfAbsent(mapKey, k -> new LinkedHashMap<>())
              .computeIfAbsent(sensitive, k -> new ArrayList<>());
      if (!list.contains(e)) {
        list.add(e);
      }
      for (String name : e.names()) {
        if (!name.contains("@")) {
          aliasesByName.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(alias);
        }
      }
    }
  }

  // Acronyms of five or six capitals ("UNITA", "RENAMO"): shorter ones are too often words ("MEND",
  // "FACT") when written as names.
  private static final Pattern TITLED_ACRONYM = Pattern.compile("[A-Z]{5,6}");

  private static List<String> split(String aliases) {
    return Arrays.stream(aliases.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static boolean capitalised(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
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

  // "JNIM is active in the area", "areas where bandits operate", "zone où sévissent les
  // jihadistes": a mention followed by a verb of presence names no perpetrator.
  private static final PrefilteredPattern BACKGROUND_AFTER =
      PrefilteredPattern.compile(
          "^\\s*(?:(?:which|who|that|qui)\\s+)?(?:(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been|remains?|remain|est|sont|était|étaient)\\s+)?(?:(?:known\\s+to\\s+be|said\\s+to\\s+be|reportedly|also|very|particulièrement|très)\\s+)?(?:active|present|operating|operate|operates|based|entrenched|rampant|prevalent|actifs?|actives?|présents?|présentes?|implantée?s?|opèrent|opère|sévissent|sévit)\\b(?!\\s+(?:on|le|la)\\b)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final PrefilteredPattern BACKGROUND_BEFORE =
      PrefilteredPattern.compile(
          "(?:\\b(?:où|dans\\s+laquelle|dans\\s+lesquelles)\\s+(?:sévit|sévissent|opère|opèrent|règnent|règne)\\s+(?:les\\s+|des\\s+|le\\s+|la\\s+|l['’])?|\\b(?:stronghold|strongholds|bastion|bastions|presence|influence|sphere|fief|fiefs|hideouts?|repaires?)\\s+(?:of|de|du|des|d['’])\\s+(?:the\\s+|l['’]|la\\s+|les\\s+)?|\\b(?:controlled|held|dominated|infested|contrôlée?s?|tenue?s?|dominée?s?|infestée?s?)\\s+(?:by|par)\\s+(?:the\\s+|l['’]|la\\s+|les\\s+|des\\s+)?)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final PrefilteredPattern HELD_AFTER =
      PrefilteredPattern.compile(
          "^(?:-(?:held|controlled|dominated|infested)\\b|\\s+(?:strongholds?|bastions?|hideouts?|enclaves?)\\b)",
          Pattern.CASE_INSENSITIVE);

  /**
   * Whether mention {@code m} of {@code text} only places the group in the background ("JNIM is
   * active in the area", "a JNIM stronghold", "zones où sévissent les jihadistes", "areas held by
   * ISWAP"): such a mention names no perpetrator of the incident told.
   */
  public boolean isBackground(String text, Match m) {
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 80));
    if (HELD_AFTER.matcher(after).find() || BACKGROUND_AFTER.matcher(after).find()) {
      return true;
    }
    String before = text.substring(Math.max(0, m.start() - 40), m.start());
    return BACKGROUND_BEFORE.matcher(before).find();
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

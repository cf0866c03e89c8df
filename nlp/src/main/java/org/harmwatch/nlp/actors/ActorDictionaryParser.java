package org.harmwatch.nlp.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.harmwatch.core.actors.ActorName;
import org.harmwatch.core.geo.CountryProfile;
import org.harmwatch.core.geo.CountryProfiles;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.nlp.actors.ActorDictionary.Aliased;
import org.harmwatch.nlp.actors.ActorDictionary.Entry;

/**
 * The reader of the {@code actors.tsv} format: reads the rows and the templates, then generates and
 * indexes every alias.
 */
final class ActorDictionaryParser {
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

  ActorDictionaryParser(CountryProfiles profiles) {
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
    List<String> english =
        p.demonyms().stream().filter(ActorDictionaryParser::capitalised).toList();
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
    boolean sensitive = ActorDictionary.isAcronym(alias);
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

  private static final String SIDE_KIND = "/side";

  // Acronyms of five or six capitals ("UNITA", "RENAMO"): shorter ones are too often words ("MEND",
  // "FACT") when written as names.
  private static final Pattern TITLED_ACRONYM = Pattern.compile("[A-Z]{5,6}");

  private static List<String> split(String aliases) {
    return Arrays.stream(aliases.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static boolean capitalised(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
  }
}

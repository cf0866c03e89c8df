package org.harmwatch.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.geo.PlaceContext;
import org.harmwatch.geo.Gazetteer.Entry;
import org.harmwatch.geo.Gazetteer.Kind;

/**
 * Reads what a whole document says about where it is ({@link PlaceContext}): the countries it names
 * by name or demonym (most-mentioned first; a neighbour named as a border or the river Niger does
 * not count), the first-level divisions it names ("Tillabéri", "cercle de Douentza" -> Mopti),
 * which tell the country when none is named, the towns it names, and the qualifiers it writes in
 * brackets after a name ("Petaka (Douentza, Mopti)"; both read by {@link DocumentTowns}). One pass
 * over the words; immutable and thread-safe.
 */
final class DocumentContextScanner {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+");
  private static final Set<String> DIVISION_WORDS =
      Set.of("cercle", "circle", "province", "departement", "department", "district", "county");
  private static final Set<String> DE_WORDS =
      Set.of("de", "du", "la", "l", "des", "d", "of", "the");
  // Small words inside place names: "Mocimboa da Praia", "Bir el Ater", "Dar es Salaam".
  private static final Set<String> PARTICLES =
      Set.of("da", "de", "do", "dos", "das", "del", "di", "du", "el", "al", "es", "wa", "ya");

  private final Gazetteer gazetteer;
  private final DocumentTowns towns;
  private final Map<String, String> countryNames;
  // First-level divisions by every folded name, to their official name; only names that are not
  // also a country's name or demonym.
  private final Map<String, List<String>> admin1ByKey;
  // Names that place a document in one country without naming it: its armed forces' and
  // parties' acronyms, its rebel and separatist groups ("KDF", "UPDF", "Ambazonian"), by key; and
  // the words that make a demonym name a state's forces.
  private final CountryCues cueTable;
  private final Map<String, String> cues;
  // Groups active in a few countries of the region ("Boko Haram"), by key, to those countries.
  private final Map<String, Set<String>> groups;
  // The country of a division's official name, when only one country has a division of that name.
  private final Map<String, String> admin1Country;
  // The countries that have a first-level division of each folded name: "Sud-Ouest" is one of
  // Burkina Faso's, Cameroon's, and another name of Benin's Mono, so it tells no country.
  private final Map<String, Set<String>> admin1CountriesByKey;
  // Second-level divisions of the region by folded name, to "CC|admin1" of each that bears it;
  // counted only when written as two words or more ("Mayo Sava", "Logone et Chari"), since
  // one-word names of districts are often everyday words or people's names.
  private final Map<String, Set<String>> admin2ByKey;
  // Every leading part of a country or division key, to stop a lookup run early.
  private final Set<String> namePrefixes;
  // Demonyms that may be written in lower case ("les soldats maliens"); names need a capital.
  private final Set<String> demonyms;
  // The countries with a profile (Africa): they come first in a document's countries.
  private final Set<String> region;
  // Country names of the world that are also common words ("grenade" is Grenada in French) or
  // that runs of small words spell ("a land" -> Åland).
  private static final Set<String> NOT_COUNTRY_NAMES = Set.of("grenade", "aland", "chine");

  DocumentContextScanner(
      Gazetteer gazetteer,
      Map<String, String> countryNames,
      Set<String> lowerCaseDemonyms,
      Collection<String> countries) {
    this.gazetteer = gazetteer;
    Map<String, String> usable = new HashMap<>(countryNames);
    usable.keySet().removeAll(NOT_COUNTRY_NAMES);
    this.countryNames = Map.copyOf(usable);
    this.demonyms = Set.copyOf(lowerCaseDemonyms);
    this.region = Set.copyOf(countries);
    this.towns = new DocumentTowns(gazetteer, region);
    // One folded name may be a division of several countries ("Nord-Ouest" of Cameroon is also
    // South Africa's "North West" in French): every official name it stands for is kept.
    Map<String, Set<String>> admin1 = new HashMap<>();
    Map<String, Set<String>> countriesByKey = new HashMap<>();
    Map<String, String> countryOf = new HashMap<>();
    Set<String> shared = new HashSet<>();
    Map<String, Map<String, String>> byCountry = gazetteer.admin1NamesByCountry();
    for (String cc : countries) {
      Map<String, String> names = byCountry.getOrDefault(cc, Map.of());
      names.forEach((k, v) -> admin1.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(v));
      names.keySet().forEach(k -> countriesByKey.computeIfAbsent(k, x -> new HashSet<>()).add(cc));
      for (String official : new HashSet<>(names.values())) {
        if (countryOf.putIfAbsent(official, cc) != null && !countryOf.get(official).equals(cc)) {
          shared.add(official);
        }
      }
    }
    admin1.keySet().removeAll(MentionFilters.VAGUE_ADMIN1);
    admin1.keySet().removeAll(countryNames.keySet());
    admin1.keySet().removeIf(k -> k.length() < 3 || CommonWords.NEVER.contains(k));
    countryOf.keySet().removeAll(shared);
    Map<String, List<String>> frozen = new HashMap<>();
    admin1.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.admin1ByKey = Map.copyOf(frozen);
    this.admin1Country = Map.copyOf(countryOf);
    Map<String, Set<String>> byKey = new HashMap<>();
    countriesByKey.forEach((k, v) -> byKey.put(k, Set.copyOf(v)));
    this.admin1CountriesByKey = Map.copyOf(byKey);
    Map<String, Set<String>> admin2 = new HashMap<>();
    gazetteer
        .admin2Names()
        .forEach(
            (k, v) -> {
              Set<String> inRegion = new HashSet<>();
              v.stream().filter(x -> region.contains(x.substring(0, 2))).forEach(inRegion::add);
              if (!inRegion.isEmpty() && !countryNames.containsKey(k)) {
                admin2.put(k, Set.copyOf(inRegion));
              }
            });
    this.admin2ByKey = Map.copyOf(admin2);
    this.cueTable = CountryCues.bundled();
    this.cues = cueTable.byKey();
    this.groups = cueTable.groupsByKey();
    Set<String> prefixes = new HashSet<>();
    for (Collection<String> keys :
        List.of(
            countryNames.keySet(),
            admin1ByKey.keySet(),
            cues.keySet(),
            groups.keySet(),
            admin2ByKey.keySet())) {
      for (String k : keys) {
        for (int e = 1; e <= k.length(); e++) {
          prefixes.add(k.substring(0, e));
        }
      }
    }
    // A HashSet, not Set.copyOf: every word of a document is probed, most of them misses, and the
    // immutable set's linear probing walks long runs of the many similar short keys.
    this.namePrefixes = prefixes;
  }

  /** The context of {@code documentText}; {@code fallback} countries serve for its towns. */
  PlaceContext scan(String documentText, List<String> fallback) {
    if (documentText == null || documentText.isEmpty()) {
      return PlaceContext.NONE;
    }
    List<String> tokens = new ArrayList<>();
    List<Boolean> upper = new ArrayList<>();
    // Whether a word is glued to the one before by a hyphen ("Mayo-Sava": "Sava" is no division).
    List<Boolean> glued = new ArrayList<>();
    // The capitalised words, by key, as first written: candidates for the towns it names.
    Map<String, String> capitalised = new LinkedHashMap<>();
    Matcher m = TOKEN.matcher(documentText);
    while (m.find()) {
      String key = Gazetteer.normalize(m.group());
      boolean up = Character.isUpperCase(Character.codePointAt(documentText, m.start()));
      tokens.add(key);
      upper.add(up);
      glued.add(
          m.start() >= 2
              && documentText.charAt(m.start() - 1) == '-'
              && Character.isLetter(documentText.charAt(m.start() - 2)));
      if (up && !tailOfName(tokens, upper)) {
        capitalised.putIfAbsent(key, m.group());
      }
      // "Mayo Sava", "Mocimboa da Praia": the last word of a longer name is neither Madagascar's
      // Sava region nor the capital of Cape Verde.
      glued.set(glued.size() - 1, glued.get(glued.size() - 1) || up && tailOfName(tokens, upper));
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    Set<String> admin1Named = new LinkedHashSet<>();
    Set<String> cued = new LinkedHashSet<>();
    // The countries where every group of several countries that the document names is active.
    Set<String> grouped = null;
    // The countries of divisions named by a word that is a division of one country only: "Nord-
    // Ouest" (Cameroon's, and South Africa's "North West" in French) tells none.
    Set<String> admin1Told = new LinkedHashSet<>();
    // Countries named by a name, not only by a demonym.
    Set<String> byName = new LinkedHashSet<>();
    // Countries whose state forces the document names by demonym: "Ugandan army", "l'armée
    // malienne"; they tell its country when it names none outright.
    Set<String> forces = new LinkedHashSet<>();
    String[] keys = new String[5];
    for (int i = 0; i < tokens.size(); i++) {
      String division = divisionAt(tokens, i);
      if (division != null) {
        admin1Named.add(division);
        if (admin1Country.containsKey(division)) {
          admin1Told.add(admin1Country.get(division));
        }
      }
      // Only runs of tokens that begin some country or division name are looked up: most words
      // begin none, and the document's scan stays one cheap probe per word.
      int longest = 0;
      String first = tokens.get(i);
      if (namePrefixes.contains(first)) {
        keys[0] = first;
        longest = 1;
        StringBuilder run = new StringBuilder(first);
        for (int n = 2; n <= Math.min(5, tokens.size() - i); n++) {
          run.append(tokens.get(i + n - 1));
          String k = run.toString();
          if (!namePrefixes.contains(k)) {
            break;
          }
          keys[n - 1] = k;
          longest = n;
        }
      }
      for (int n = longest; n >= 1; n--) {
        String key = keys[n - 1];
        if (glued.get(i) || i + n < tokens.size() && glued.get(i + n)) {
          continue; // part of a hyphenated name
        }
        String cc = countryNames.get(key);
        if (cc != null
            && (upper.get(i) || demonyms.contains(key))
            && !MentionFilters.isRiverNiger(tokens, i, n, cc)
            && !MentionFilters.isBorder(tokens, i, n)
            && !MentionFilters.isOrigin(tokens, i)) {
          counts.merge(cc, 1, Integer::sum);
          if (!demonyms.contains(key) && !isDemonymOnly(key, cc)) {
            byName.add(cc);
          } else if (cueTable.namesForces(tokens, i, n, upper.get(i))) {
            forces.add(cc);
          }
          i += n - 1;
          break;
        }
        List<String> admin1 = admin1ByKey.get(key);
        if (admin1 != null && upper.get(i)) {
          admin1Named.addAll(admin1);
          Set<String> of = admin1CountriesByKey.getOrDefault(key, Set.of());
          if (of.size() == 1) {
            admin1Told.addAll(of);
          }
          i += n - 1;
          break;
        }
        Set<String> admin2 = n >= 2 && upper.get(i) ? admin2ByKey.get(key) : null;
        if (admin2 != null) {
          // "Mayo Sava": a district of one country tells that country and its division.
          Set<String> of = new HashSet<>();
          admin2.forEach(x -> of.add(x.substring(0, 2)));
          if (of.size() == 1) {
            admin1Told.addAll(of);
            admin2.stream()
                .map(x -> x.substring(3))
                .filter(a -> !a.isEmpty())
                .forEach(admin1Named::add);
          }
          i += n - 1;
          break;
        }
        String cue = cues.get(key);
        if (cue != null && upper.get(i)) {
          cued.add(cue);
          i += n - 1;
          break;
        }
        Set<String> group = groups.get(key);
        // "al-Shabaab": the group's name may open with a small word in lower case.
        if (group != null && (upper.get(i) || upper.get(i + n - 1))) {
          if (grouped == null) {
            grouped = new LinkedHashSet<>(group);
          } else {
            grouped.retainAll(group);
          }
          i += n - 1;
          break;
        }
      }
    }
    List<String> order = new ArrayList<>(counts.keySet());
    // A stable sort keeps first-mentioned first among equal counts; the region's countries come
    // before others ("Turkish nationals ... in Mogadishu" is about Somalia).
    // Countries named outright or by their forces come before those only named by a demonym
    // ("Somali herders"); among them, the most mentioned first (a long report names neighbours).
    order.sort(
        Comparator.comparing((String c) -> region.contains(c) ? 0 : 1)
            .thenComparing(c -> byName.contains(c) || forces.contains(c) ? 0 : 1)
            .thenComparing(c -> -counts.get(c)));
    if (order.stream()
        .noneMatch(c -> region.contains(c) && (byName.contains(c) || forces.contains(c)))) {
      // "Torodi ... on the Niamey road": a division the document names, else a capital or a
      // division seat it names, tells its country.
      List<String> told = new ArrayList<>(admin1Told);
      if (told.isEmpty()) {
        told.addAll(towns.majorTownCountries(capitalised));
      }
      if (told.isEmpty() && cued.size() == 1) {
        // "KDF soldiers were ambushed": one country's own forces or groups, and nothing else.
        told.addAll(cued);
      }
      List<String> first = told.stream().distinct().toList();
      order.removeAll(first);
      order.addAll(0, first);
    }
    // Outright names first, then divisions, then forces, then one country's cues.
    Set<String> named = new LinkedHashSet<>();
    order.stream().filter(byName::contains).forEach(named::add);
    order.stream().filter(admin1Told::contains).forEach(named::add);
    order.stream().filter(forces::contains).forEach(named::add);
    if (cued.size() == 1 && order.containsAll(cued)) {
      named.addAll(cued);
    }
    // "Boko Haram attacked Kerawa": with no country told, the groups' countries are where to look;
    // a one-country cue that is not among them makes them tell nothing.
    Set<String> among = grouped == null ? Set.of() : grouped;
    List<String> groupCountries =
        !order.isEmpty() || !among.containsAll(cued)
            ? List.of()
            : among.stream().filter(region::contains).sorted().toList();
    return new PlaceContext(
        order,
        List.copyOf(admin1Named),
        towns.named(capitalised, order.isEmpty() ? fallback : order),
        DocumentTowns.qualifiers(documentText),
        List.copyOf(named),
        groupCountries);
  }

  // Whether the last token is the end of a longer name the gazetteer knows, after a capitalised
  // word and maybe a particle: "Mayo Sava", "Mocimboa da Praia".
  private boolean tailOfName(List<String> tokens, List<Boolean> upper) {
    int last = tokens.size() - 1;
    if (last >= 1 && upper.get(last - 1)) {
      if (gazetteer.containsKey(tokens.get(last - 1) + tokens.get(last))) {
        return true;
      }
    }
    return last >= 2
        && upper.get(last - 2)
        && !upper.get(last - 1)
        && PARTICLES.contains(tokens.get(last - 1))
        && gazetteer.containsKey(tokens.get(last - 2) + tokens.get(last - 1) + tokens.get(last));
  }

  // "cercle de Douentza", "province du Soum": the first-level division of a named second-level
  // one, so that "Boni, dans le cercle de Douentza" finds the Boni of Mopti.
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
              .filter(e -> e.kind() == Kind.ADMIN2)
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

  // A world demonym of the gazetteer ("Somalis") rather than a country's name.
  private boolean isDemonymOnly(String key, String cc) {
    return gazetteer.lookup(key).stream()
        .noneMatch(e -> e.kind() == Kind.COUNTRY && e.countryCode().equals(cc));
  }
}

package org.harmwatch.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The bundled data that places a report in one country without naming it: the cue table ({@code
 * country-cues.tsv}: a country's own forces, parties and groups, by folded name; and groups active
 * in a few countries, which narrow where a report may be) and the words that make a demonym name a
 * state's forces ({@code force-words.tsv}: "Ugandan army", "l'armée malienne"). Immutable and
 * thread-safe.
 *
 * @param byKey folded cue name to ISO 3166-1 alpha-2 code
 * @param groupsByKey folded name of a group active in several countries to their codes
 * @param forceAfter folded words that name forces when they follow a demonym ("army", "troops")
 * @param forceBefore folded words that name forces when they come before it ("armée", "soldats")
 */
record CountryCues(
    Map<String, String> byKey,
    Map<String, Set<String>> groupsByKey,
    Set<String> forceAfter,
    Set<String> forceBefore) {
  private static final String CUES_RESOURCE = "/org/harmwatch/geo/country-cues.tsv";
  private static final String FORCES_RESOURCE = "/org/harmwatch/geo/force-words.tsv";
  // A demonym and its force word may have one or two words between them: "Ugandan government
  // troops", "les forces armées maliennes".
  static final int FORCE_WINDOW = 2;
  private static final Set<String> COORDINATORS = Set.of("and", "et", "or", "ou");

  CountryCues {
    byKey = Map.copyOf(byKey);
    groupsByKey = Map.copyOf(groupsByKey);
    forceAfter = Set.copyOf(forceAfter);
    forceBefore = Set.copyOf(forceBefore);
  }

  /** The bundled tables. */
  static CountryCues bundled() {
    Map<String, String> cues = new HashMap<>();
    Map<String, Set<String>> groups = new HashMap<>();
    read(
        CUES_RESOURCE,
        "name<TAB>ISO code(s), space-separated",
        c -> c.length == 2 && c[1].strip().matches("[A-Z]{2}( [A-Z]{2})*") && !c[0].isBlank(),
        c -> {
          String key = Gazetteer.normalize(c[0].strip());
          Set<String> codes = Set.of(c[1].strip().split(" "));
          if (codes.size() == 1) {
            cues.put(key, c[1].strip());
          } else {
            groups.put(key, codes);
          }
        });
    Set<String> after = new HashSet<>();
    Set<String> before = new HashSet<>();
    read(
        FORCES_RESOURCE,
        "word<TAB>after|before",
        c -> c.length == 2 && c[1].strip().matches("after|before") && !c[0].isBlank(),
        c -> (c[1].strip().equals("after") ? after : before).add(Gazetteer.normalize(c[0])));
    return new CountryCues(cues, groups, after, before);
  }

  /**
   * Whether the {@code n} tokens at {@code i} (a demonym, written {@code capitalised} or not) name
   * a state's forces with the words around them. Only a demonym in lower case, as French writes it,
   * takes a force word before it: "police killed Ugandan traders" names no Ugandan police.
   */
  boolean namesForces(List<String> tokens, int i, int n, boolean capitalised) {
    // "Ethiopian and Eritrean troops": the troops of both.
    int window =
        i + n < tokens.size() && COORDINATORS.contains(tokens.get(i + n))
            ? FORCE_WINDOW + 1
            : FORCE_WINDOW;
    for (int j = i + n; j < Math.min(tokens.size(), i + n + window); j++) {
      if (forceAfter.contains(tokens.get(j))) {
        return true;
      }
    }
    for (int j = Math.max(0, i - FORCE_WINDOW); j < i && !capitalised; j++) {
      if (forceBefore.contains(tokens.get(j))) {
        return true;
      }
    }
    return false;
  }

  // Tab-separated rows, '#' lines are comments; a malformed row fails loudly. Shared with the
  // other small tables of this package (Admin1Names).
  static void read(
      String resource,
      String expected,
      java.util.function.Predicate<String[]> valid,
      Consumer<String[]> row) {
    try (InputStream in = CountryCues.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing class-path resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (!valid.test(c)) {
          throw new IllegalStateException(
              resource + ":" + lineNo + ": expected '" + expected + "', found '" + line + "'");
        }
        row.accept(c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}

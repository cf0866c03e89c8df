package org.harmwatch.nlp.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.nlp.text.PrefilteredPattern;

/**
 * The curated, versioned actor dictionary ({@code actors.tsv}): canonical names, types and English
 * and French aliases, compiled once into two patterns. Immutable and thread-safe.
 *
 * <p>The pseudo-name {@code @STATE} stands for the state forces of the document's main country, so
 * that "the army" becomes "Military Forces of Mali" in a Mali context and nothing without context.
 */
public final class ActorDictionary {
  /** Where the default dictionary lives on the class path. */
  public static final String RESOURCE = "/org/harmwatch/nlp/actors.tsv";

  private static final Map<String, String> STATE_COUNTRIES =
      Map.of(
          "ML", "Mali",
          "BF", "Burkina Faso",
          "NE", "Niger",
          "TD", "Chad",
          "MR", "Mauritania",
          "NG", "Nigeria");

  /** One dictionary row: canonical names (several for a joint mention) and their type. */
  private record Entry(List<String> names, ActorType type) {}

  private final String version;
  private final Map<String, Entry> byLowerAlias;
  private final Map<String, Entry> byExactAlias;
  private final PrefilteredPattern insensitive;
  private final PrefilteredPattern sensitive;

  private ActorDictionary(String version, Map<String, Entry> lower, Map<String, Entry> exact) {
    this.version = version;
    this.byLowerAlias = Map.copyOf(lower);
    this.byExactAlias = Map.copyOf(exact);
    this.insensitive = alternation(lower.keySet(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.sensitive = alternation(exact.keySet(), 0);
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

  /** Parses dictionary text in the {@code actors.tsv} format. */
  public static ActorDictionary parse(String tsv) {
    String version = null;
    Map<String, Entry> lower = new HashMap<>();
    Map<String, Entry> exact = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(tsv))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols[0].equals("version") && cols.length == 2) {
          version = cols[1].trim();
          continue;
        }
        if (cols.length != 3) {
          throw new IllegalArgumentException("bad actor dictionary line: '" + line + "'");
        }
        Entry e =
            new Entry(
                Arrays.asList(cols[0].trim().split("\\+")), ActorType.fromCode(cols[1].trim()));
        for (String alias : cols[2].split("\\|")) {
          String a = alias.trim();
          if (a.isEmpty()) {
            continue;
          }
          if (isAcronym(a)) {
            exact.put(a, e);
          } else {
            lower.put(a.toLowerCase(Locale.ROOT), e);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (version == null) {
      throw new IllegalArgumentException("actor dictionary has no version line");
    }
    return new ActorDictionary(version, lower, exact);
  }

  // Acronyms like "FAMa", "VDP" or "FDS" must not match ordinary words ("fan", "vdp").
  private static boolean isAcronym(String alias) {
    return alias.length() <= 6
        && !alias.contains(" ")
        && alias.substring(1).chars().anyMatch(Character::isUpperCase);
  }

  private static PrefilteredPattern alternation(java.util.Collection<String> aliases, int flags) {
    List<String> sorted = new ArrayList<>(aliases);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    // "army-escorted" is no mention of the army.
    StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}-])(?:");
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0) {
        sb.append('|');
      }
      // Either apostrophe may be typed: quote the pieces around it.
      String[] pieces = sorted.get(i).split("'", -1);
      for (int k = 0; k < pieces.length; k++) {
        sb.append(k > 0 ? "['’]" : "").append(Pattern.quote(pieces[k]));
      }
    }
    return PrefilteredPattern.compile(sb.append(")(?![\\p{L}\\p{N}]|-\\p{L})").toString(), flags);
  }

  /** The dictionary version that goes into provenance. */
  public String version() {
    return version;
  }

  /** An actor mention: offsets into the searched text and the actors it names. */
  public record Match(int start, int end, String text, List<Actor> actors) {}

  /**
   * The actor mentions of {@code text}, longest first where they overlap; {@code countryCode} (may
   * be null) resolves generic state-force mentions such as "the army".
   */
  public List<Match> find(String text, String countryCode) {
    List<Match> found = new ArrayList<>();
    collect(insensitive.matcher(text), true, countryCode, found);
    collect(sensitive.matcher(text), false, countryCode, found);
    found.sort(Comparator.comparingInt(Match::start));
    List<Match> out = new ArrayList<>();
    for (Match m : found) {
      if (!out.isEmpty() && sameActors(out.get(out.size() - 1), m, text)) {
        // "FAMa soldiers": one mention, not two.
        Match prev = out.remove(out.size() - 1);
        String joined = text.substring(prev.start(), m.end());
        out.add(new Match(prev.start(), m.end(), joined, prev.actors()));
        continue;
      }
      if (!out.isEmpty() && m.start() < out.get(out.size() - 1).end()) {
        Match prev = out.get(out.size() - 1);
        if (m.end() - m.start() > prev.end() - prev.start()) {
          out.set(out.size() - 1, m);
        }
        continue;
      }
      out.add(m);
    }
    return out;
  }

  private static boolean sameActors(Match a, Match b, String text) {
    return b.start() >= a.end()
        && text.substring(a.end(), b.start()).isBlank()
        && a.actors().stream()
            .map(Actor::name)
            .toList()
            .equals(b.actors().stream().map(Actor::name).toList());
  }

  private void collect(Matcher m, boolean lowerCase, String countryCode, List<Match> out) {
    while (m.find()) {
      String key = m.group().replace('’', '\'');
      Entry e = lowerCase ? byLowerAlias.get(key.toLowerCase(Locale.ROOT)) : byExactAlias.get(key);
      if (e == null) {
        continue;
      }
      List<Actor> actors = new ArrayList<>();
      for (String name : e.names()) {
        if (name.equals("@STATE")) {
          String country = countryCode == null ? null : STATE_COUNTRIES.get(countryCode);
          if (country != null) {
            actors.add(
                new Actor("Military Forces of " + country, ActorType.STATE_FORCES, m.group()));
          }
        } else {
          ActorType type = name.equals("Wagner Group") ? ActorType.EXTERNAL_FORCES : e.type();
          actors.add(new Actor(name, type, m.group()));
        }
      }
      if (!actors.isEmpty()) {
        out.add(new Match(m.start(), m.end(), m.group(), List.copyOf(actors)));
      }
    }
  }

  /** The state forces of {@code countryCode} ("Military Forces of Mali"), or null if unknown. */
  public static Actor stateForces(String countryCode, String text) {
    String country = countryCode == null ? null : STATE_COUNTRIES.get(countryCode);
    return country == null
        ? null
        : new Actor("Military Forces of " + country, ActorType.STATE_FORCES, text);
  }
}

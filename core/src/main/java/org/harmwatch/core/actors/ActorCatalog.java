package org.harmwatch.core.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link ActorDirectory} over a fixed list of actors, searched name by name. Immutable and
 * thread-safe. A few thousand names are scanned per call, which costs well under a millisecond.
 */
public final class ActorCatalog implements ActorDirectory {
  /** One searchable spelling of an actor, folded for comparison. */
  private record Spelling(String folded, String written, ActorName actor) {}

  private final Map<String, ActorName> byName;
  private final List<Spelling> spellings;

  private ActorCatalog(Map<String, ActorName> byName, List<Spelling> spellings) {
    this.byName = byName;
    this.spellings = spellings;
  }

  /** A catalog of {@code actors}; a later actor with the same name replaces an earlier one. */
  public static ActorCatalog of(List<ActorName> actors) {
    Map<String, ActorName> byName = new LinkedHashMap<>();
    for (ActorName a : actors) {
      byName.put(a.name(), a);
    }
    List<Spelling> spellings = new ArrayList<>();
    for (ActorName a : byName.values()) {
      spellings.add(new Spelling(fold(a.name()), a.name(), a));
      for (String alias : a.aliases()) {
        spellings.add(new Spelling(fold(alias), alias, a));
      }
    }
    return new ActorCatalog(Map.copyOf(byName), List.copyOf(spellings));
  }

  @Override
  public List<ActorSuggestion> suggest(String typed, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be >= 1, was " + max);
    }
    String q = typed == null ? "" : fold(typed);
    if (q.isEmpty()) {
      return List.of();
    }
    // Per actor, its best spelling: rank 0 exact, 1 prefix, 2 a word starts with it, 3 contains.
    Map<String, Integer> rank = new LinkedHashMap<>();
    Map<String, ActorSuggestion> best = new LinkedHashMap<>();
    for (Spelling s : spellings) {
      int r = rank(s.folded(), q);
      if (r < 0) {
        continue;
      }
      String name = s.actor().name();
      Integer had = rank.get(name);
      if (had == null || r < had) {
        rank.put(name, r);
        best.put(name, new ActorSuggestion(s.actor(), s.written()));
      }
    }
    return best.values().stream()
        .sorted(
            Comparator.<ActorSuggestion>comparingInt(s -> rank.get(s.actor().name()))
                .thenComparing(s -> s.actor().name().length())
                .thenComparing(s -> s.actor().name()))
        .limit(max)
        .toList();
  }

  @Override
  public Optional<ActorName> actor(String name) {
    return Optional.ofNullable(name == null ? null : byName.get(name));
  }

  private static int rank(String spelling, String q) {
    if (spelling.equals(q)) {
      return 0;
    }
    if (spelling.startsWith(q)) {
      return 1;
    }
    int at = spelling.indexOf(q);
    if (at < 0) {
      return -1;
    }
    return spelling.charAt(at - 1) == ' ' ? 2 : 3;
  }

  /** Lower case, accents removed, runs of spaces, hyphens and apostrophes as one space. */
  static String fold(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-'’]+", " ").strip();
  }
}

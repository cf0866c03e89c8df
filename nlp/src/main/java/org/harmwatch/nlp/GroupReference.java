package org.harmwatch.nlp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.nlp.actors.ActorDictionary;
import org.harmwatch.nlp.lang.LanguagePacks;

/**
 * The reading of an armed group's generic name ("the insurgents", "les terroristes") in a report
 * that names exactly one armed group by name: the words refer to that group, so the unidentified
 * group they made is that group. A report naming no group or two keeps the unidentified group;
 * words that name no group ("gunmen", "bandits") are never read so.
 *
 * <p>Immutable and thread-safe.
 */
final class GroupReference {
  // Words from every bundled pack (group-references.tsv), lower-cased, as whole mentions.
  private static final Set<String> GENERIC =
      LanguagePacks.bundled()
          .keyed("group-references.tsv")
          .getOrDefault("GENERIC", List.of())
          .stream()
          .map(w -> w.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());

  private GroupReference() {}

  /** Whether {@code mention} is a generic word for an armed group's fighters. */
  static boolean generic(String mention) {
    if (mention == null) {
      return false;
    }
    String m =
        mention
            .toLowerCase(Locale.ROOT)
            .replaceFirst("^(?:the|les|des|ces|these|those|l['’])\\s*", "")
            .replaceFirst("^(?:suspected|présumés)\\s+", "")
            .trim();
    return GENERIC.contains(m);
  }

  /**
   * The one armed group (rebel group) {@code matches} name by name, or null for none or several.
   */
  static Actor soleNamedGroup(List<ActorDictionary.Match> matches) {
    Map<String, Actor> named = new LinkedHashMap<>();
    for (ActorDictionary.Match m : matches) {
      for (Actor a : m.actors()) {
        if (a.type() == ActorType.REBEL_GROUP) {
          named.putIfAbsent(a.name(), a);
        }
      }
    }
    return named.size() == 1 ? named.values().iterator().next() : null;
  }

  /**
   * Replaces, in {@code role}, the unidentified group made of generic words by the one group the
   * report names ({@code group}, asked for only then; null keeps the role as it is), in its place.
   */
  static void refer(Map<String, Actor> role, Supplier<Actor> group) {
    Actor unidentified = role.get(CodingPolicy.UNIDENTIFIED);
    if (unidentified == null || !generic(unidentified.text())) {
      return;
    }
    Actor named = group.get();
    if (named == null) {
      return;
    }
    Map<String, Actor> out = new LinkedHashMap<>();
    for (Map.Entry<String, Actor> e : role.entrySet()) {
      Actor a =
          e.getKey().equals(CodingPolicy.UNIDENTIFIED)
              ? new Actor(named.name(), named.type(), unidentified.text())
              : e.getValue();
      out.putIfAbsent(a.name(), a);
    }
    role.clear();
    role.putAll(out);
  }
}

package org.harmwatch.nlp.quantity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.harmwatch.nlp.lang.LanguagePacks;
import org.harmwatch.nlp.time.CalendarWords;

/**
 * The casualty and victim words of a choice of language packs ({@code casualty-words.tsv}: a
 * document language's, or every pack's) and their number words ({@code numbers.tsv}): what a figure
 * beside them counts (killed, injured, detained, missing), words that make a number no count of
 * people, who the people are (civilians, security forces, combatants, children, women, one person)
 * and the connectives of sub-counts and additions. Immutable and thread-safe.
 */
final class CasualtyWords {
  /** The roles of the file that are not casualty kinds. */
  enum Role {
    NOT_PEOPLE,
    CIVILIAN,
    SECURITY,
    COMBATANT,
    CHILD,
    WOMAN,
    PERSON,
    INCLUDING,
    ASIDE,
    ALSO,
    ALSO_FAR
  }

  static final CasualtyWords BUNDLED =
      new CasualtyWords(LanguagePacks.bundled(), CalendarWords.bundled());

  private final Map<String, CasualtyKind> kinds = new HashMap<>();
  private final NumberWords numbers;
  private final Map<Role, Set<String>> roles = new HashMap<>();

  CasualtyWords(LanguagePacks packs, CalendarWords calendar) {
    this.numbers = new NumberWords(packs);
    for (Role r : Role.values()) {
      roles.put(r, new HashSet<>());
    }
    for (Map.Entry<String, List<String>> e : packs.keyed("casualty-words.tsv").entrySet()) {
      CasualtyKind kind = kindNamed(e.getKey());
      for (String word : e.getValue()) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (kind != null) {
          kinds.put(w, kind);
        } else {
          roles.get(roleNamed(e.getKey())).add(w);
        }
      }
    }
    // Months and their abbreviations count nobody: "30 March", "Sept 10".
    roles.get(Role.NOT_PEOPLE).addAll(calendar.monthNames());
  }

  /** The casualty kind {@code lower} (a lower-case word) says, or null. */
  CasualtyKind kind(String lower) {
    return kinds.get(lower);
  }

  /** The value of {@code word} (digits or a number word of the packs), or null. */
  Integer number(String word) {
    return numbers.value(word);
  }

  /** Whether {@code lower} (a lower-case word) has {@code role}. */
  boolean is(Role role, String lower) {
    return roles.get(role).contains(lower);
  }

  private static CasualtyKind kindNamed(String key) {
    for (CasualtyKind k : CasualtyKind.values()) {
      if (k.name().equals(key)) {
        return k;
      }
    }
    return null;
  }

  private static Role roleNamed(String key) {
    for (Role r : Role.values()) {
      if (r.name().equals(key)) {
        return r;
      }
    }
    throw new IllegalStateException(
        "casualty-words.tsv: unknown role '"
            + key
            + "' (expected a casualty kind or one of "
            + List.of(Role.values())
            + ")");
  }
}

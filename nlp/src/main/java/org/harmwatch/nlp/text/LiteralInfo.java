package org.harmwatch.nlp.text;

import java.util.List;
import java.util.Set;

/**
 * What {@link RegexLiteralParser} knows of a sub-expression of a regular expression: {@code exact},
 * every string it can match (null when infinite or too many), {@code required}, strings one of
 * which every match contains (null when nothing is required), and {@code each}, further such sets,
 * all of which every match meets (a number and a month name).
 */
record LiteralInfo(Set<String> exact, Set<String> required, List<Set<String>> each) {
  static final LiteralInfo ANY = new LiteralInfo(null, null);
  static final LiteralInfo EMPTY = new LiteralInfo(Set.of(""), null);

  LiteralInfo(Set<String> exact, Set<String> required) {
    this(exact, required, List.of());
  }

  /** The best set of strings every match contains, or null. */
  Set<String> best() {
    Set<String> fromExact = exact != null && !exact.contains("") ? exact : null;
    return RequiredLiterals.better(fromExact, required);
  }
}

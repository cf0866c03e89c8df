package org.harmwatch.nlp.quantity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.harmwatch.core.model.Count;
import org.harmwatch.nlp.quantity.CasualtyWords.Role;
import org.harmwatch.nlp.text.Token;

/**
 * Reads the number expression that starts at a token ("at least 13", "between 5 and 7", "une
 * dizaine", "dozens") as a count that never overstates the source: a qualified number is a lower
 * bound ("some 30" → {30, null}), "more than N" → {N+1, null}, "up to N" → {1, N}, vague words
 * their lowest reading ("several" → {2, null}, "dozens" → {24, null}, "scores" → {40, null},
 * "hundreds" → {200, null}). Ages, days and years are no figures. Stateless.
 */
final class FigureReader {
  /** A number expression over tokens {@code [first, last]}. */
  record Figure(int first, int last, Count count) {}

  private static final Set<String> QUALIFIERS =
      Set.of(
          "at least",
          "no fewer than",
          "no less than",
          "more than",
          "over",
          "upwards of",
          "in excess of",
          "some",
          "about",
          "around",
          "approximately",
          "roughly",
          "an estimated",
          "nearly",
          "almost",
          "up to",
          "as many as",
          "au moins",
          "plus de",
          "près de",
          "environ",
          "quelque",
          "jusqu'à",
          "pas moins de",
          "at minimum",
          "a minimum of",
          "au minimum");

  private static final Map<String, Integer> APPROX_NOUNS =
      Map.of(
          "dizaine", 10,
          "douzaine", 12,
          "quinzaine", 15,
          "vingtaine", 20,
          "trentaine", 30,
          "quarantaine", 40,
          "cinquantaine", 50,
          "centaine", 100);

  private static final Set<String> AGE_WORDS = Set.of("aged", "âgés", "âgées", "ages", "âgé");

  private FigureReader() {}

  /** The figure that starts at token {@code i}, or null. */
  static Figure at(List<Token> t, int i, CasualtyWords words) {
    String w = t.get(i).lower();
    String next = i + 1 < t.size() ? t.get(i + 1).lower() : "";
    if (w.equals("dozens") || (w.equals("des") && next.equals("dizaines"))) {
      return new Figure(i, w.equals("des") ? i + 1 : i, new Count(24, null, null));
    }
    if (w.equals("scores") && (next.equals("of") || next.isEmpty() || words.kind(next) != null)) {
      return new Figure(i, i, new Count(40, null, null));
    }
    if (w.equals("several") || w.equals("plusieurs")) {
      return new Figure(i, i, new Count(2, null, null));
    }
    if (w.equals("hundreds") || (w.equals("des") && next.equals("centaines"))) {
      return new Figure(i, w.equals("des") ? i + 1 : i, new Count(200, null, null));
    }
    if (w.equals("a") && next.equals("dozen")) {
      return new Figure(i, i + 1, new Count(12, null, null));
    }
    if (w.equals("une") && APPROX_NOUNS.containsKey(next)) {
      return new Figure(i, i + 1, new Count(APPROX_NOUNS.get(next), null, null));
    }
    // Ranges: "between 5 and 7", "entre 5 et 7".
    if ((w.equals("between") || w.equals("entre")) && i + 3 < t.size()) {
      Integer a = words.number(t.get(i + 1).text());
      Integer b = words.number(t.get(i + 3).text());
      String and = t.get(i + 2).lower();
      if (a != null && b != null && (and.equals("and") || and.equals("et")) && b >= a) {
        return new Figure(i, i + 3, new Count(a, b, null));
      }
    }
    // Qualifiers of one, two or three words, then the number.
    int q = i;
    String qual = "";
    for (int len = 3; len >= 1; len--) {
      if (i + len < t.size()) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < len; k++) {
          sb.append(k > 0 ? " " : "").append(t.get(i + k).lower());
        }
        if (QUALIFIERS.contains(sb.toString())) {
          qual = sb.toString();
          q = i + len;
          break;
        }
      }
    }
    if (q > i
        && q + 1 < t.size()
        && t.get(q).lower().equals("a")
        && t.get(q + 1).lower().equals("dozen")) {
      // "about a dozen": twelve as a lower bound.
      return new Figure(i, q + 1, new Count(12, null, null));
    }
    Integer n = words.number(t.get(q).text());
    // French "un/une" are articles far more often than counts; lone victims are found apart.
    boolean article = q == i && (w.equals("un") || w.equals("une"));
    if (n == null || article || (i > 0 && t.get(i - 1).lower().equals("no"))) {
      return null;
    }
    // "13 to 15" as a range of people, not "aged 2 to 17" (see isAge).
    if (qual.isEmpty()
        && q + 2 < t.size()
        && (t.get(q + 1).lower().equals("to") || t.get(q + 1).lower().equals("à"))) {
      Integer b = words.number(t.get(q + 2).text());
      if (b != null && b >= n) {
        return new Figure(i, q + 2, new Count(n, b, null));
      }
    }
    Count c =
        switch (qual) {
          case "" -> new Count(n, n, null);
          case "more than", "over", "plus de", "upwards of", "in excess of" ->
              new Count(n + 1, null, null);
          case "up to", "as many as", "jusqu'à" -> new Count(Math.min(1, n), n, null);
          default -> new Count(n, null, null);
        };
    return new Figure(i, q, c);
  }

  /** Whether the number at {@code i} is an age ("aged 2 to 17"). */
  static boolean isAge(List<Token> t, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      if (AGE_WORDS.contains(t.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Whether figure {@code f} at {@code i} is a day ("Sept 10", "March 30") or a year. */
  static boolean isDayOrYear(List<Token> t, int i, Figure f, CasualtyWords words) {
    boolean digits = Character.isDigit(t.get(i).text().charAt(0));
    if (i > 0 && digits && words.is(Role.NOT_PEOPLE, t.get(i - 1).lower())) {
      String prev = t.get(i - 1).lower();
      return !prev.equals("per") && !prev.equals("cent");
    }
    String w = t.get(f.last()).text();
    return w.length() == 4 && (w.startsWith("19") || w.startsWith("20"));
  }
}

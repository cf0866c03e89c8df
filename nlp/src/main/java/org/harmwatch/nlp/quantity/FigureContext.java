package org.harmwatch.nlp.quantity;

import java.util.List;
import java.util.Set;
import org.harmwatch.nlp.quantity.CasualtyWords.Role;
import org.harmwatch.nlp.quantity.FigureReader.Figure;
import org.harmwatch.nlp.text.Token;

/**
 * The words around a figure in a tokenised sentence, read with one pack choice's casualty words:
 * what happened to the people it counts (the verb or noun beside it), which side they are on,
 * whether they are people at all, and the words that make a figure a sub-count or an addition.
 * {@link CasualtyFinder}'s reading of a figure's context. Immutable and thread-safe.
 */
final class FigureContext {
  private static final Set<String> AND = Set.of("and", "et");
  private static final Set<String> PREP =
      Set.of("of", "the", "de", "des", "à", "a", "la", "le", "les");
  private static final Set<String> STOP_AFTER =
      Set.of("and", "et", "who", "qui", "by", "par", "in", "dans", "after", "après");

  // Auxiliaries of the passive before a first verb: "were shot and killed".
  private static final Set<String> PASSIVE =
      Set.of("was", "were", "is", "are", "been", "being", "be", "été");
  // Words that open the agent of a passive: "shot and killed by soldiers".
  private static final Set<String> AGENT = Set.of("by", "par");

  /** The group of people a figure counts, to tell the sides apart. */
  enum Side {
    CIVILIAN,
    SECURITY,
    COMBATANT
  }

  private final CasualtyWords words;

  FigureContext(CasualtyWords words) {
    this.words = words;
  }

  // Whether the words from {@code k}, up to three before a verb or a comma, name people: a word of
  // a side or of one person, its plural, or a name ("35 Jie and 4 Dodoth", "one young man", "1 of
  // the attackers").
  boolean people(List<Token> t, int k) {
    for (int j = k; j < t.size() && j < k + 4; j++) {
      String w = t.get(j).lower();
      if (personWord(t, j)) {
        return true;
      }
      if (w.equals(",") || AND.contains(w) || words.kind(w) != null) {
        return false;
      }
    }
    return false;
  }

  boolean personWord(List<Token> t, int k) {
    String w = t.get(k).lower();
    String one = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    return words.is(Role.CIVILIAN, w)
        || words.is(Role.SECURITY, w)
        || words.is(Role.COMBATANT, w)
        || words.is(Role.PERSON, w)
        || words.is(Role.PERSON, one)
        || child(t, k)
        || woman(t, k)
        || Character.isUpperCase(t.get(k).text().charAt(0)) && words.kind(w) == null;
  }

  // Whether "as well as" stands right before token {@code first}.
  static boolean asWellAs(List<Token> t, int first) {
    return first >= 3
        && t.get(first - 1).lower().equals("as")
        && t.get(first - 2).lower().equals("well")
        && t.get(first - 3).lower().equals("as");
  }

  Side side(List<Token> t, int k) {
    for (int j = k; j <= k + 1 && j < t.size(); j++) {
      String w = t.get(j).lower();
      if (words.is(Role.CIVILIAN, w)) {
        return Side.CIVILIAN;
      }
      if (words.is(Role.SECURITY, w)) {
        return Side.SECURITY;
      }
      if (words.is(Role.COMBATANT, w)) {
        return Side.COMBATANT;
      }
    }
    return null;
  }

  // "three soldiers were also killed", "another 5 died", "5 other people": in addition.
  boolean also(List<Token> t, int first, int after) {
    if (first >= 1 && words.is(Role.ALSO, t.get(first - 1).lower())) {
      return true;
    }
    for (int k = after; k < Math.min(t.size(), after + 6); k++) {
      String w = t.get(k).lower();
      // Past the fourth word only the pack's ALSO_FAR words count: "two of the attackers were
      // also killed", while "in another attack" tells another event.
      if (words.is(Role.ALSO, w) && (k < after + 4 || words.is(Role.ALSO_FAR, w))) {
        return true;
      }
      if (words.kind(w) != null) {
        return false; // "killed 4 and injured 11 others": the others are the injured
      }
    }
    return false;
  }

  boolean child(List<Token> t, int k) {
    return k < t.size() && words.is(Role.CHILD, t.get(k).lower());
  }

  boolean woman(List<Token> t, int k) {
    return k < t.size() && words.is(Role.WOMAN, t.get(k).lower());
  }

  boolean isSub(List<Token> t, int i) {
    for (int k = Math.max(0, i - 2); k < i; k++) {
      if (words.is(Role.INCLUDING, t.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  CasualtyKind kindAround(List<Token> t, int first, int last) {
    // Before: "killed 5", "the deaths of at least 13", "tuant 5", "a coûté la vie à 5".
    CasualtyKind before = null;
    int beforeDist = Integer.MAX_VALUE;
    for (int k = first - 1, d = 1; k >= 0 && d <= 3; k--, d++) {
      String w = t.get(k).lower();
      CasualtyKind kind = words.kind(w);
      if (kind != null) {
        before = kind;
        beforeDist = d;
        break;
      }
      if (!PREP.contains(w) && !w.equals("vie") && !w.equals("taken")) {
        break;
      }
    }
    // After: "13 civilians were killed", "25 morts", "five people, including a child, died".
    CasualtyKind after = null;
    int afterDist = Integer.MAX_VALUE;
    for (int k = last + 1, d = 1; k < t.size() && d <= 6; k++, d++) {
      Token tok = t.get(k);
      if (tok.lower().equals(",")
          && k + 1 < t.size()
          && (words.is(Role.INCLUDING, t.get(k + 1).lower())
              || words.is(Role.ASIDE, t.get(k + 1).lower()))) {
        // Skip an inserted ", including five children," to reach the verb.
        int close = k + 1;
        while (close < t.size() && !t.get(close).lower().equals(",")) {
          close++;
        }
        k = close;
        continue;
      }
      if (tok.lower().equals(",") && d > 1) {
        break;
      }
      CasualtyKind kind = words.kind(tok.lower());
      if (kind == CasualtyKind.KILLED && killersOf(t, k)) {
        break; // "four soldiers executed two women": the figure counts the killers
      }
      if (kind != null && !tok.lower().equals("lives")) {
        // "were abducted and killed": the second verb tells what became of them.
        after = killedNext(t, k) ? CasualtyKind.KILLED : kind;
        afterDist = d;
        break;
      }
      if (AND.contains(tok.lower()) && killedNext(t, k)) {
        // "were shot and killed", "were beaten and killed": the verb after "and" governs.
        after = CasualtyKind.KILLED;
        afterDist = d;
        break;
      }
      Figure next =
          (tok.lower().equals("and") || tok.lower().equals("et")) && d <= 4 && k + 1 < t.size()
              ? FigureReader.at(t, k + 1, words)
              : null;
      if (next != null) {
        // "five civilians and at least two soldiers were killed": one verb for both figures.
        d -= 1 + (next.last() - k);
        k = next.last();
        continue;
      }
      if (words.number(tok.text()) != null || STOP_AFTER.contains(tok.lower())) {
        break;
      }
    }
    if (before != null && beforeDist <= afterDist) {
      return before;
    }
    return after;
  }

  // Whether the verb of killing at {@code k} is active with a figure of people as its object
  // ("two gunmen shot and killed three traders"): the figure before it counts the killers.
  private boolean killersOf(List<Token> t, int k) {
    String verb = t.get(k).lower();
    if (!verb.endsWith("ed") || k + 1 >= t.size()) {
      return false;
    }
    for (int j = Math.max(0, k - 2); j < k; j++) {
      if (PASSIVE.contains(t.get(j).lower())) {
        return false;
      }
    }
    Figure object = FigureReader.at(t, k + 1, words);
    if (object == null || object.count().min() == null || !people(t, object.last() + 1)) {
      return false;
    }
    // "one soldier killed 4 bandits killed": a list of tolls, not a verb and its object.
    for (int j = object.last() + 2; j < t.size() && j <= object.last() + 3; j++) {
      if (words.kind(t.get(j).lower()) != null) {
        return false;
      }
    }
    return true;
  }

  // Whether "and" at {@code k} or just after it joins a verb of killing to a verb of the passive
  // ("were shot and killed", "abducted and killed by rebels"): the figure counts the dead. In the
  // active voice ("two men shot and killed a trader") the figure counts the killers; a noun of
  // death ("and deaths") joins no verb.
  private boolean killedNext(List<Token> t, int k) {
    int and = AND.contains(t.get(k).lower()) ? k : k + 1;
    if (and < 2 || and + 1 >= t.size() || !AND.contains(t.get(and).lower())) {
      return false;
    }
    String verb = t.get(and + 1).lower();
    if (words.kind(verb) != CasualtyKind.KILLED || !verb.endsWith("ed") && !verb.equals("slain")) {
      return false;
    }
    boolean auxiliary = PASSIVE.contains(t.get(and - 2).lower());
    boolean agent = and + 2 < t.size() && AGENT.contains(t.get(and + 2).lower());
    return auxiliary || agent;
  }

  /**
   * The last token of one more person joined to the people counted from {@code k} ("two soldiers
   * and a civilian", "four men and an elderly woman"), or -1: "and", an article, at most two words
   * of description, a singular person word, and no verb of another fate after it ("and a woman was
   * wounded").
   */
  int loneJoined(List<Token> t, int k) {
    for (int j = k + 1; j <= k + 2 && j + 1 < t.size(); j++) {
      String w = t.get(j).lower();
      if (w.equals(",") || words.kind(w) != null) {
        return -1;
      }
      if (!AND.contains(w)) {
        continue;
      }
      String article = t.get(j + 1).lower();
      if (!article.equals("a") && !article.equals("an")) {
        return -1;
      }
      for (int n = j + 2; n < t.size() && n <= j + 4; n++) {
        String v = t.get(n).lower();
        if (words.kind(v) != null || v.equals(",") || AND.contains(v)) {
          return -1;
        }
        if (personWord(t, n) && !v.endsWith("s")) {
          for (int m = n + 1; m < t.size() && m <= n + 4; m++) {
            CasualtyKind kind = words.kind(t.get(m).lower());
            if (kind != null && kind != CasualtyKind.KILLED) {
              return -1;
            }
          }
          return n;
        }
      }
      return -1;
    }
    return -1;
  }
}

package org.harmwatch.nlp.quantity;

import java.util.List;
import java.util.Set;
import org.harmwatch.nlp.quantity.CasualtyWords.Role;
import org.harmwatch.nlp.quantity.FigureContext.Side;
import org.harmwatch.nlp.quantity.FigureReader.Figure;
import org.harmwatch.nlp.text.Token;

/**
 * The test whether a sentence may count armed people (soldiers, police, fighters) among its dead,
 * for the {@link CasualtyFinder}. Stateless.
 */
final class ArmedDead {
  private static final Set<String> PASSIVE_DEATH = Set.of("was", "were", "ont", "sont");

  private final CasualtyWords words;
  private final FigureContext context;

  /** The test with the casualty {@code words} and figure {@code context} of one finder. */
  ArmedDead(CasualtyWords words, FigureContext context) {
    this.words = words;
    this.context = context;
  }

  /**
   * Whether {@code sentence} may count soldiers, police or fighters among the dead: a figure of
   * people of an armed side in a sentence of deaths ("killed 12 soldiers", "two gendarmes died"),
   * or such people who "were killed".
   */
  boolean amongDead(String sentence) {
    List<Token> t = Token.of(sentence);
    boolean death = t.stream().anyMatch(k -> words.kind(k.lower()) == CasualtyKind.KILLED);
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i).lower();
      if ((words.is(Role.SECURITY, w) || words.is(Role.COMBATANT, w)) && diedAfter(t, i + 1)) {
        return true;
      }
      Figure f = FigureReader.at(t, i, words);
      if (f == null) {
        continue;
      }
      Side counted = context.side(t, f.last() + 1);
      // "la mort de 53 personnes, dont 49 gendarmes": any armed figure beside a death counts.
      if ((counted == Side.SECURITY || counted == Side.COMBATANT) && death) {
        return true;
      }
      i = f.last();
    }
    return false;
  }

  // Whether the people just before {@code k} died: "was killed", "were shot dead", "died".
  private boolean diedAfter(List<Token> t, int k) {
    for (int j = k; j < t.size() && j < k + 3; j++) {
      String w = t.get(j).lower();
      if (w.equals("died") || w.equals("dies")) {
        return true;
      }
      if (PASSIVE_DEATH.contains(w)) {
        return j + 1 < t.size() && words.kind(t.get(j + 1).lower()) == CasualtyKind.KILLED
            || j + 2 < t.size() && words.kind(t.get(j + 2).lower()) == CasualtyKind.KILLED;
      }
    }
    return false;
  }
}

package org.harmwatch.nlp.quantity;

import java.util.List;
import java.util.Set;
import org.harmwatch.core.model.Count;
import org.harmwatch.nlp.quantity.CasualtyWords.Role;
import org.harmwatch.nlp.quantity.FigureReader.Figure;
import org.harmwatch.nlp.text.Token;

/**
 * Victims told without a figure of their own: one person named with an article ("a pregnant woman
 * was injured", "gunmen shot dead a prison officer", "assassinated a griot", "un enfant a été
 * tué"), and the children and women among the dead told in a sentence of their own ("Among the dead
 * were six women and two children"). Stateless.
 */
final class VictimPhrases {
  private static final Set<String> INDEFINITE = Set.of("a", "an", "un", "une");
  // Determiners that name one known person only when a victim noun follows ("shot dead the
  // chairman of the youth wing", "killed his guard"); "the villagers" stays uncounted.
  private static final Set<String> DEFINITE = Set.of("the", "his", "her", "their", "its");
  // Verbs in the third person that open a lone victim in headline style ("a mob kills a
  // cobbler"); other words ending in s after a number are nouns ("deaths", "bodies").
  private static final Set<String> THIRD_PERSON =
      Set.of(
          "kills",
          "murders",
          "beheads",
          "lynches",
          "assassinates",
          "executes",
          "abducts",
          "kidnaps",
          "injures");
  private static final Set<String> NOT_LONE = Set.of("bodies", "corps", "toll", "bilan", "lives");
  private static final Set<String> AUXILIARIES =
      Set.of("was", "is", "has", "been", "a", "été", "est", "reportedly", "later", "then");
  // Nouns after an article that count more than one person: "killed a number of villagers".
  private static final Set<String> NOT_ONE =
      Set.of(
          "number", "total", "few", "lot", "couple", "dozen", "series", "group", "crowd", "family",
          "result", "nombre", "groupe", "dizaine", "foule", "famille");
  private static final Set<String> THE_DEAD =
      Set.of("dead", "victims", "killed", "morts", "victimes", "tués", "tuées", "défunts");

  private final CasualtyWords words;
  private final LoneDeaths deaths;

  VictimPhrases(CasualtyWords words) {
    this.words = words;
    this.deaths = new LoneDeaths(words);
  }

  /** A lone victim of {@code sentence} as {@code {1, null}}, or null when it names none. */
  CasualtyMention loneVictim(String sentence) {
    List<Token> t = Token.of(sentence);
    for (int i = 0; i < t.size(); i++) {
      if (DEFINITE.contains(t.get(i).lower())) {
        CasualtyMention named = verbBeforeNamed(sentence, t, i);
        if (named != null) {
          return named;
        }
        continue;
      }
      if (!INDEFINITE.contains(t.get(i).lower())) {
        continue;
      }
      CasualtyMention before = verbBefore(sentence, t, i);
      if (before != null) {
        return before;
      }
      for (int k = i + 1; k <= i + 3 && k < t.size(); k++) {
        if (!words.is(Role.PERSON, t.get(k).lower())) {
          continue;
        }
        for (int v = k + 1; v <= k + 3 && v < t.size(); v++) {
          String w = t.get(v).lower();
          CasualtyKind kind = words.kind(w);
          if (kind != null && !NOT_LONE.contains(w)) {
            int end = v;
            // "a man was abducted and killed": the victim's death is the figure that counts.
            if (kind != CasualtyKind.KILLED
                && v + 2 < t.size()
                && t.get(v + 1).lower().equals("and")
                && words.kind(t.get(v + 2).lower()) == CasualtyKind.KILLED) {
              kind = CasualtyKind.KILLED;
              end = v + 2;
            }
            return one(sentence, kind, t.get(i).start(), t.get(end).end());
          }
          if (!AUXILIARIES.contains(w) && !w.equals("shot") && !w.equals("and")) {
            break;
          }
        }
        break;
      }
    }
    return deaths.find(sentence, t);
  }

  /** The wounded who died later, told beside other deaths ("one of the wounded died"), or null. */
  CasualtyMention woundedWhoDied(String sentence) {
    return deaths.woundedWhoDied(sentence, Token.of(sentence));
  }

  // "shot dead a prison officer", "killed a Haoussa farmer", "assassinated a griot": a verb of
  // harm right before the article, and no word of a group after it.
  private CasualtyMention verbBefore(String sentence, List<Token> t, int article) {
    if (article == 0 || article + 1 >= t.size()) {
      return null;
    }
    String verb = t.get(article - 1).lower();
    CasualtyKind kind = words.kind(verb);
    if (kind == null
        || NOT_LONE.contains(verb)
        || verb.endsWith("s") && !verb.endsWith("ss") && !THIRD_PERSON.contains(verb)) {
      // Nouns ("deaths", "bodies") and third persons ("kills") open no single victim.
      return null;
    }
    for (int k = article + 1; k <= article + 3 && k < t.size(); k++) {
      String w = t.get(k).lower();
      if (NOT_ONE.contains(w) || words.number(t.get(k).text()) != null) {
        return null;
      }
    }
    String noun = t.get(article + 1).lower();
    if (words.is(Role.NOT_PEOPLE, noun)) {
      return null;
    }
    return one(sentence, kind, t.get(article - 1).start(), t.get(article + 1).end());
  }

  // "shot dead the chairman of the party", "killing his guard": a verb of killing before a
  // definite determiner, then a one-person victim noun within three words, with no plural or
  // "and" between, and no other victim joined right after ("the chief of X and his two sons").
  private CasualtyMention verbBeforeNamed(String sentence, List<Token> t, int article) {
    if (article == 0) {
      return null;
    }
    String verb = t.get(article - 1).lower();
    CasualtyKind kind = words.kind(verb);
    if (kind != CasualtyKind.KILLED
        || NOT_LONE.contains(verb)
        || verb.endsWith("s") && !verb.endsWith("ss") && !THIRD_PERSON.contains(verb)) {
      return null;
    }
    for (int k = article + 1; k <= article + 3 && k < t.size(); k++) {
      String w = t.get(k).lower();
      if (words.is(Role.PERSON, w)) {
        for (int j = k + 1; j <= k + 5 && j < t.size(); j++) {
          if (anotherVictim(t, j)) {
            return null;
          }
        }
        return one(sentence, kind, t.get(article - 1).start(), t.get(k).end());
      }
      if (w.equals("and") || NOT_ONE.contains(w) || NumberWords.parse(t.get(k).text()) != null) {
        return null;
      }
    }
    return null;
  }

  // "and his driver", "and two others": another victim joined to the first; "and fled" is none.
  private boolean anotherVictim(List<Token> t, int and) {
    if (and + 1 >= t.size() || !t.get(and).lower().equals("and")) {
      return false;
    }
    String next = t.get(and + 1).lower();
    return DEFINITE.contains(next)
        || INDEFINITE.contains(next)
        || next.startsWith("other")
        || words.is(Role.PERSON, next)
        || NumberWords.parse(t.get(and + 1).text()) != null;
  }

  private static CasualtyMention one(String sentence, CasualtyKind kind, int s, int e) {
    return new CasualtyMention(
        kind, new Count(1, null, sentence.substring(s, e)), s, e, null, null);
  }

  /**
   * The children and women among the dead told by a sentence of their own ("Parmi les victimes
   * figuraient au moins huit enfants", "Among the dead were six women and two children", "The
   * victims included four children"), as a killed mention without a count; null when none.
   */
  CasualtyMention amongTheDead(String sentence) {
    List<Token> t = Token.of(sentence);
    if (!opensWithTheDead(t)) {
      return null;
    }
    Integer children = null;
    Integer women = null;
    int start = -1;
    int end = -1;
    for (int i = 0; i < t.size(); i++) {
      Figure f = FigureReader.at(t, i, words);
      if (f == null) {
        continue;
      }
      int after = f.last() + 1;
      String noun = after < t.size() ? t.get(after).lower() : "";
      if (f.count().min() != null && words.is(Role.CHILD, noun) && children == null) {
        children = f.count().min();
      } else if (f.count().min() != null && words.is(Role.WOMAN, noun) && women == null) {
        women = f.count().min();
      } else {
        i = f.last();
        continue;
      }
      start = start < 0 ? t.get(f.first()).start() : start;
      end = t.get(after).end();
      i = after;
    }
    return children == null && women == null
        ? null
        : new CasualtyMention(CasualtyKind.KILLED, null, start, end, children, women);
  }

  // "Parmi les victimes", "Among (the) dead", "The victims included".
  private static boolean opensWithTheDead(List<Token> t) {
    if (t.size() < 3) {
      return false;
    }
    String a = t.get(0).lower();
    String b = t.get(1).lower();
    String c = t.get(2).lower();
    return (a.equals("parmi") && b.equals("les") && THE_DEAD.contains(c))
        || (a.equals("among") && (THE_DEAD.contains(b) || b.equals("the") && THE_DEAD.contains(c)))
        || (a.equals("the")
            && THE_DEAD.contains(b)
            && (c.equals("included") || c.equals("include") || c.equals("were")));
  }
}

package org.harmwatch.nlp.quantity;

import java.util.List;
import java.util.Set;
import org.harmwatch.core.model.Count;
import org.harmwatch.nlp.quantity.CasualtyMention.Note;
import org.harmwatch.nlp.quantity.CasualtyWords.Role;
import org.harmwatch.nlp.text.Token;

/**
 * One death told without a figure, where {@link VictimPhrases} finds no article to count by: a
 * singular subject that "was killed" or "died" ("The mayor of the town was shot dead", "He later
 * died of his wounds"), a headline's bare victim noun ("Gunmen kill policeman"), and the wounded
 * who died later, one more death beside those told ("one of the wounded succumbed"). Stateless.
 */
final class LoneDeaths {
  // Singular verbs that join a subject to its death: "was killed", "is murdered", "has been shot".
  private static final Set<String> SINGULAR = Set.of("was", "is", "has", "had");
  // Words that may stand between the verb and the death: "was later killed", "has been shot".
  private static final Set<String> BETWEEN =
      Set.of(
          "been",
          "later",
          "then",
          "also",
          "reportedly",
          "allegedly",
          "subsequently",
          "eventually",
          "summarily",
          "fatally",
          "brutally",
          "accidentally",
          "accidently",
          "mistakenly",
          "instantly",
          "found");
  // Subjects of one person without a noun: a pronoun.
  private static final Set<String> PRONOUNS = Set.of("he", "she");
  private static final Set<String> AND_WORDS = Set.of("and", "et");
  // Words of a subject that make it no one, several people or no statement of a death.
  private static final Set<String> NOT_ONE_SUBJECT =
      Set.of(
          "no", "nobody", "none", "anyone", "anybody", "whether", "if", "not", "and", "number",
          "both", "each", "every", "toll", "group", "family", "couple", "it", "they");
  // Words after a verb of killing that end a headline's victim: "killed by a gunman".
  private static final Set<String> NOT_VICTIM =
      Set.of("by", "in", "at", "on", "during", "near", "after", "with", "as", "while", "when");
  // Verbs of a beating or wounding that kill when "to death" or "dead" follows.
  private static final Set<String> FATAL_WITH = Set.of("dead", "death");
  // Words of harm that are nouns, not verbs: no headline victim follows them.
  private static final Set<String> NOUNS =
      Set.of(
          "dead",
          "death",
          "deaths",
          "bodies",
          "toll",
          "lives",
          "lost",
          "fatalities",
          "murders",
          "killing");
  // deathAt's answer for "was found" (a body found, when its subject is one).
  private static final int FOUND = -2;
  private static final Set<String> FOUND_WORDS = Set.of("found", "discovered", "recovered");
  // Verbs of harm that kill a person named after them when "to death" follows: "beat a man to
  // death".
  private static final Set<String> TO_DEATH =
      Set.of(
          "beat",
          "beats",
          "beaten",
          "stabbed",
          "stabs",
          "hacked",
          "hacks",
          "tortured",
          "tortures",
          "torturing",
          "beating",
          "stoned",
          "burned",
          "burnt",
          "clubbed",
          "whipped");
  private static final Set<String> SHOOT = Set.of("shoot", "shoots", "shot");
  private static final Set<String> LATER_DEATH = Set.of("died", "succumbed", "perished");

  private final CasualtyWords words;

  LoneDeaths(CasualtyWords words) {
    this.words = words;
  }

  /** One death told without a figure in {@code t}, the tokens of {@code sentence}, or null. */
  CasualtyMention find(String sentence, List<Token> t) {
    for (int i = 0; i < t.size(); i++) {
      int end = deathAt(t, i);
      if (end == -1) {
        continue;
      }
      if (end == FOUND) {
        // "The body of a young man was found near the road": one dead.
        int body = bodySubject(t, i);
        if (body >= 0) {
          return one(sentence, t.get(body).start(), t.get(i + 1).end(), Note.PLAIN);
        }
        continue;
      }
      boolean auxiliary = SINGULAR.contains(t.get(i).lower());
      if (auxiliary || LATER_DEATH.contains(t.get(i).lower())) {
        int subject = singularSubject(t, i);
        if (subject >= 0) {
          return one(sentence, t.get(subject).start(), t.get(end).end(), Note.PLAIN);
        }
      }
    }
    CasualtyMention beaten = toDeath(sentence, t);
    return beaten != null ? beaten : headline(sentence, t);
  }

  // "police beat a young man to death", "stabbed a farmer to death": a verb of harm, one person
  // with an article, "to death" within four words.
  private CasualtyMention toDeath(String sentence, List<Token> t) {
    for (int i = 0; i + 3 < t.size(); i++) {
      if (!TO_DEATH.contains(t.get(i).lower())) {
        continue;
      }
      String article = t.get(i + 1).lower();
      if (!article.equals("a") && !article.equals("an")) {
        continue;
      }
      for (int k = i + 2; k + 1 < t.size() && k <= i + 6; k++) {
        if (t.get(k).lower().equals("to") && t.get(k + 1).lower().equals("death")) {
          return one(sentence, t.get(i).start(), t.get(k + 1).end(), Note.PLAIN);
        }
        if (t.get(k).lower().equals("and") || t.get(k).lower().equals(",")) {
          break;
        }
      }
    }
    return null;
  }

  // The token of a singular "body" that is the subject of the verb at {@code verb}, or -1.
  private static int bodySubject(List<Token> t, int verb) {
    for (int k = verb - 1; k >= 0 && k >= verb - 8; k--) {
      String w = t.get(k).lower();
      if (w.equals("body")) {
        return k;
      }
      if (w.equals(",") || w.equals("and")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The wounded who died later, beside the dead told before: "one of the wounded succumbed", "and
   * wounded another who died in hospital"; a mention of those deaths marked {@link Note#ALSO}, or
   * null.
   */
  CasualtyMention woundedWhoDied(String sentence, List<Token> t) {
    for (int i = 0; i + 1 < t.size(); i++) {
      if (!LATER_DEATH.contains(t.get(i + 1).lower()) && !laterDeath(t, i + 1)) {
        continue;
      }
      // "one of the wounded succumbed", "two of the injured later died"
      if (i >= 3
          && words.kind(t.get(i).lower()) == CasualtyKind.INJURED
          && t.get(i - 1).lower().equals("the")
          && t.get(i - 2).lower().equals("of")) {
        Integer n = words.number(t.get(i - 3).text());
        if (n != null) {
          return new CasualtyMention(
              CasualtyKind.KILLED,
              new Count(n, n, sentence.substring(t.get(i - 3).start(), t.get(i + 1).end())),
              t.get(i - 3).start(),
              t.get(i + 1).end(),
              null,
              null,
              null,
              Note.ALSO,
              0);
        }
      }
      // "wounded another who succumbed"
      if (t.get(i).lower().equals("who")
          && i >= 2
          && words.kind(t.get(i - 2).lower()) == CasualtyKind.INJURED
          && (t.get(i - 1).lower().equals("another") || t.get(i - 1).lower().equals("one"))) {
        int s = t.get(i - 2).start();
        int e = t.get(i + 1).end();
        return new CasualtyMention(
            CasualtyKind.KILLED,
            new Count(1, 1, sentence.substring(s, e)),
            s,
            e,
            null,
            null,
            null,
            Note.ALSO,
            0);
      }
    }
    return null;
  }

  // "later died", "eventually succumbed": a word of time before the death.
  private static boolean laterDeath(List<Token> t, int k) {
    return k + 1 < t.size()
        && BETWEEN.contains(t.get(k).lower())
        && LATER_DEATH.contains(t.get(k + 1).lower());
  }

  // The last token of a death told from token i ("was [later] killed", "was shot dead", "was
  // beaten to death", "died"), or -1.
  private int deathAt(List<Token> t, int i) {
    String w = t.get(i).lower();
    if (LATER_DEATH.contains(w)) {
      return i;
    }
    if (!SINGULAR.contains(w)) {
      return -1;
    }
    int k = i + 1;
    if ((w.equals("has") || w.equals("had"))
        && (k >= t.size() || !t.get(k).lower().equals("been"))) {
      return -1;
    }
    if (k < t.size()
        && FOUND_WORDS.contains(t.get(k).lower())
        && (k + 1 >= t.size() || !t.get(k + 1).lower().equals("dead"))) {
      return FOUND;
    }
    for (int n = 0; k < t.size() && n < 3 && BETWEEN.contains(t.get(k).lower()); n++) {
      k++;
    }
    if (k >= t.size()) {
      return -1;
    }
    String verb = t.get(k).lower();
    boolean foundDead = verb.equals("dead") && t.get(k - 1).lower().equals("found");
    if (words.kind(verb) == CasualtyKind.KILLED && (!NOUNS.contains(verb) || foundDead)) {
      return k;
    }
    if (verb.endsWith("ed") || verb.equals("shot") || verb.equals("beaten")) {
      // "shot dead", "beaten to death", "shot and killed"
      for (int j = k + 1; j <= k + 2 && j < t.size(); j++) {
        String next = t.get(j).lower();
        if (FATAL_WITH.contains(next)
            || next.equals("killed") && t.get(j - 1).lower().equals("and")) {
          return j;
        }
        if (!next.equals("to") && !next.equals("and")) {
          break;
        }
      }
    }
    return -1;
  }

  // The first token of a subject of one person before the verb at {@code verb} ("A member of the
  // police", "The mayor of the town", "He"), or -1: a one-person noun or pronoun within the twelve
  // words before, up to a comma, and no word of several people or of none.
  private int singularSubject(List<Token> t, int verb) {
    int found = -1;
    for (int k = verb - 1; k >= 0 && k >= verb - 12; k--) {
      String w = t.get(k).lower();
      if (w.equals(",") && k == verb - 1) {
        return appositive(t, k);
      }
      if (w.equals(",")) {
        break;
      }
      if (NOT_ONE_SUBJECT.contains(w) || words.number(t.get(k).text()) != null) {
        if (!w.equals("one") && !w.equals("a") && !w.equals("an")) {
          return -1;
        }
      }
      if (words.is(Role.PERSON, w) || PRONOUNS.contains(w)) {
        found = k;
      }
    }
    return found;
  }

  // The first token of a named person's description set between commas before the verb ("Ali
  // Diallo, a village elder, was shot dead"), whose comma ends at {@code close}, or -1: an article
  // after the opening comma, a capitalised name before it, and no word of several people or none.
  private int appositive(List<Token> t, int close) {
    for (int k = close - 1; k >= 1 && k >= close - 10; k--) {
      String w = t.get(k).lower();
      if (w.equals(",")) {
        String article = t.get(k + 1).lower();
        boolean named = Character.isUpperCase(t.get(k - 1).text().charAt(0));
        boolean oneArticle = article.equals("a") || article.equals("an") || article.equals("the");
        return named && oneArticle && k + 2 < close ? k + 1 : -1;
      }
      if (NOT_ONE_SUBJECT.contains(w) || AND_WORDS.contains(w)) {
        return -1;
      }
      if (words.number(t.get(k).text()) != null && !w.equals("a") && !w.equals("an")) {
        return -1;
      }
    }
    return -1;
  }

  // "Gunmen kill policeman", "Armed men killed forest guard": a verb of killing, at most two words
  // of description, then a one-person noun that nothing joins another victim to.
  private CasualtyMention headline(String sentence, List<Token> t) {
    for (int i = 0; i + 1 < t.size(); i++) {
      String verb = t.get(i).lower();
      boolean shotDead = SHOOT.contains(verb) && t.get(i + 1).lower().equals("dead");
      if (!shotDead && words.kind(verb) != CasualtyKind.KILLED || NOUNS.contains(verb) || i == 0) {
        continue;
      }
      if (i <= 2 && words.is(Role.PERSON, t.get(i - 1).lower()) && !number(t, i - 1)) {
        // "Policeman killed in an ambush": a headline's lone subject.
        return one(sentence, t.get(i - 1).start(), t.get(i).end(), Note.PLAIN);
      }
      int k = i + 1;
      if (shotDead) {
        k++;
      }
      for (int n = 0; k < t.size() && n < 3; n++, k++) {
        String w = t.get(k).lower();
        if (words.is(Role.PERSON, w)) {
          boolean joined =
              k + 1 < t.size()
                  && (t.get(k + 1).lower().equals("and") || t.get(k + 1).lower().equals("s"));
          return joined ? null : one(sentence, t.get(i).start(), t.get(k).end(), Note.PLAIN);
        }
        if (w.equals(",")
            || w.equals("and")
            || NOT_VICTIM.contains(w)
            || NOT_ONE_SUBJECT.contains(w)
            || words.number(t.get(k).text()) != null
            || w.equals("the")
            || w.equals("a")
            || w.equals("an")
            || w.endsWith("s") && !w.endsWith("ss")) {
          break;
        }
      }
    }
    return null;
  }

  // Whether a number is among the tokens up to {@code last}: "Two soldiers killed".
  private boolean number(List<Token> t, int last) {
    for (int k = 0; k <= last; k++) {
      if (words.number(t.get(k).text()) != null) {
        return true;
      }
    }
    return false;
  }

  private static CasualtyMention one(String sentence, int s, int e, Note note) {
    return new CasualtyMention(
        CasualtyKind.KILLED,
        new Count(1, null, sentence.substring(s, e)),
        s,
        e,
        null,
        null,
        null,
        note,
        0);
  }
}

package org.harmwatch.nlp.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.nlp.lang.LanguagePacks;
import org.harmwatch.nlp.text.PrefilteredPattern;

/**
 * Finds names that follow a locative phrase ("in Douentza", "près de Kaya", "camp d'Intahaka",
 * "Lieu : Bankass", a list item "• Uvira, Kalehe et Kabare"), with the phrases of the language
 * packs' {@value #FILE}. The phrases are looked up in a prefix tree at every word start, which is
 * what the regular-expression alternation they replace did, one alternative after another, at a
 * much higher cost. Which name a text yields is what that expression yielded: at each position the
 * phrases are tried in the packs' order, then the field labels and list items. Immutable and
 * thread-safe.
 */
final class LocativePhrases {
  /** The vocabulary file of place prepositions, in every pack that has some. */
  static final String FILE = "place-prepositions.tsv";

  /** A name found after a locative phrase: the match's start and the name's bounds. */
  record Found(int start, int nameStart, int nameEnd) {}

  private enum Kind {
    AT,
    ELIDED,
    TO,
    PAIR
  }

  private static final String BULLETS = "•·▪◦‣*";

  private final PhraseTrie trie = new PhraseTrie();
  // Per phrase number: its kind and, for ELIDED, its case-sensitive text; for PAIR, the check of
  // its opener before it.
  private final List<Kind> kinds = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();
  private final Map<Integer, Pattern> pairs = new HashMap<>();
  private final Pattern notBeforeTo;
  private final Pattern nameAfterSpace;
  private final Pattern name;
  private final PrefilteredPattern field;
  private final Pattern bulletItem;
  private final Pattern listItem;
  private final Pattern peopleAfter;

  private static final Pattern BOUNDARY = Pattern.compile("\\b");

  /**
   * The phrases of {@code packs} before names written as {@code name} (a regular expression).
   *
   * @throws IllegalStateException when no pack has the file, or an entry is malformed (naming the
   *     file)
   */
  LocativePhrases(LanguagePacks packs, String name) {
    Map<String, List<String>> keyed = packs.require(FILE);
    for (String key : keyed.keySet()) {
      if (!List.of(
              "AT", "ELIDED", "TO", "NOT_BEFORE_TO", "PAIR", "FIELD", "LIST_AND", "PEOPLE_AFTER")
          .contains(key)) {
        throw new IllegalStateException(LanguagePacks.ROOT + "*/" + FILE + ": unknown kind " + key);
      }
    }
    for (String phrase : keyed.getOrDefault("AT", List.of())) {
      add(phrase, Kind.AT);
    }
    for (String phrase : keyed.getOrDefault("TO", List.of())) {
      add(phrase, Kind.TO);
    }
    Map<String, List<String>> openers = new LinkedHashMap<>();
    for (String pair : keyed.getOrDefault("PAIR", List.of())) {
      String[] words = pair.split(" ");
      if (words.length != 2) {
        throw new IllegalStateException(
            LanguagePacks.ROOT + "*/" + FILE + ": a PAIR is 'opener joiner', got '" + pair + "'");
      }
      openers.computeIfAbsent(words[1], k -> new ArrayList<>()).add(words[0]);
    }
    openers.forEach(
        (joiner, before) ->
            pairs.put(
                add(joiner, Kind.PAIR),
                Pattern.compile(
                    "(?iu:(?<=\\b(?:"
                        + String.join("|", before)
                        + ")\\s\\p{Lu}[\\p{L}\\p{M}'’-]{1,25}\\s))")));
    for (String phrase : keyed.getOrDefault("ELIDED", List.of())) {
      add(phrase, Kind.ELIDED);
    }
    List<String> notBefore = keyed.getOrDefault("NOT_BEFORE_TO", List.of());
    this.notBeforeTo =
        notBefore.isEmpty()
            ? null
            : Pattern.compile("(?iu:(?<!\\b(?:" + String.join("|", notBefore) + ")\\s))");
    this.name = Pattern.compile(name);
    this.nameAfterSpace = Pattern.compile("\\s+(" + name + ")");
    List<String> labels = keyed.getOrDefault("FIELD", List.of());
    // A coder's field, also after another on one line: "Date : 15/04 — Lieu : X".
    this.field =
        labels.isEmpty()
            ? null
            : PrefilteredPattern.compile(
                "(?:^|[—–|;])\\W*(?:" + String.join("|", labels) + ")\\s*:\\s*(" + name + ")", 0);
    String bullet = "[" + BULLETS + "]";
    this.bulletItem = Pattern.compile("^" + bullet + "\\s+(" + name + ")");
    String and =
        keyed.getOrDefault("LIST_AND", List.of()).stream()
            .map(w -> "|\\b" + w)
            .reduce("", String::concat);
    List<String> people = keyed.getOrDefault("PEOPLE_AFTER", List.of());
    this.peopleAfter =
        people.isEmpty()
            ? null
            : Pattern.compile("(?iu:\\s+(?:" + String.join("|", people) + ")\\b)");
    // The joiner is looked for before the look back to the bullet, which is the costly part.
    this.listItem =
        Pattern.compile(
            "(?=(?:,"
                + and
                + ")\\s)(?<=^"
                + bullet
                + "\\s{1,3}[^;:.]{1,60})(?:,"
                + and
                + ")\\s+("
                + name
                + ")");
  }

  private int add(String phrase, Kind kind) {
    int n = trie.add(phrase);
    if (n == kinds.size()) {
      kinds.add(kind);
      texts.add(phrase);
    }
    return n;
  }

  /** The first name at or after {@code from} in {@code text} that a locative phrase opens. */
  Found next(String text, int from) {
    Found best = phrased(text, from);
    int limit = best == null ? text.length() : best.start();
    if (field != null) {
      Matcher m = field.matcher(text);
      if (m.find(from) && m.start() < limit) {
        best = new Found(m.start(), m.start(1), m.end(1));
        limit = m.start();
      }
    }
    if (!text.isEmpty() && BULLETS.indexOf(text.charAt(0)) >= 0) {
      for (Pattern p : List.of(bulletItem, listItem)) {
        Matcher m = p.matcher(text);
        if (m.find(from) && m.start() < limit) {
          best = new Found(m.start(), m.start(1), m.end(1));
          limit = m.start();
        }
      }
    }
    return best;
  }

  /**
   * Whether a word of the packs that makes a name a people's follows {@code end} ("of Somali
   * origin", "a Nuer clan"): such a name is no place even where the gazetteer knows it.
   */
  boolean peopleAfter(String text, int end) {
    return peopleAfter != null && peopleAfter.matcher(text).region(end, text.length()).lookingAt();
  }

  // The first name after a phrase of the tree, at or after `from`.
  private Found phrased(String text, int from) {
    for (int p = from; p < text.length(); p++) {
      if (p > 0) {
        char prev = text.charAt(p - 1);
        if (Character.isLetterOrDigit(prev) || prev == '_') {
          continue;
        }
      }
      if (!trie.starts(text.charAt(p))) {
        continue;
      }
      List<PhraseTrie.Hit> hits = trie.at(text, p);
      if (hits.isEmpty()
          || !BOUNDARY
              .matcher(text)
              .region(p, text.length())
              .useTransparentBounds(true)
              .lookingAt()) {
        continue;
      }
      for (PhraseTrie.Hit hit : hits) {
        Found found = nameAfter(text, p, hit);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private Found nameAfter(String text, int p, PhraseTrie.Hit hit) {
    Kind kind = kinds.get(hit.phrase());
    switch (kind) {
      case ELIDED:
        if (!sameCase(text, p, texts.get(hit.phrase()))) {
          return null;
        }
        Matcher m = name.matcher(text).region(hit.end(), text.length());
        return m.lookingAt() ? new Found(p, m.start(), m.end()) : null;
      case TO:
        if (notBeforeTo != null && !holdsAt(notBeforeTo, text, p)) {
          return null;
        }
        break;
      case PAIR:
        if (!holdsAt(pairs.get(hit.phrase()), text, p)) {
          return null;
        }
        break;
      default:
        break;
    }
    Matcher m = nameAfterSpace.matcher(text).region(hit.end(), text.length());
    return m.lookingAt() ? new Found(p, m.start(1), m.end(1)) : null;
  }

  private static boolean holdsAt(Pattern lookaround, String text, int p) {
    return lookaround.matcher(text).region(p, text.length()).useTransparentBounds(true).lookingAt();
  }

  // Whether the text at `p` is `phrase` letter for letter (spaces: any whitespace run;
  // apostrophes: either).
  private static boolean sameCase(String text, int p, String phrase) {
    int i = p;
    for (int k = 0; k < phrase.length(); k++) {
      char c = phrase.charAt(k);
      if (c == ' ') {
        while (i < text.length() && PhraseTrie.isSpace(text.charAt(i))) {
          i++;
        }
        continue;
      }
      if (i >= text.length()) {
        return false;
      }
      char t = text.charAt(i++);
      if (c == '\'' ? t != '\'' && t != '’' : t != c) {
        return false;
      }
    }
    return true;
  }
}

package org.harmwatch.geo;

import java.util.List;
import java.util.Set;

/**
 * The word-level rules that keep a country or division named in a document from counting as where
 * it is: division names that are plain geography, a neighbour named as a border, where people came
 * from, the river Niger. Stateless.
 */
final class MentionFilters {
  // Division names that are also plain geography or everyday words: "the Sahel", "the east", "the
  // Lakes", "a plateau" never count as naming a division.
  static final Set<String> VAGUE_ADMIN1 =
      Set.of(
          "sahel",
          "centre",
          "center",
          "central",
          "nord",
          "north",
          "northern",
          "est",
          "east",
          "eastern",
          "ouest",
          "west",
          "western",
          "sud",
          "south",
          "southern",
          "niger",
          "cascades",
          "plateaucentral",
          "plateau",
          "plateaux",
          "lakes",
          "lake",
          "lac",
          "unity",
          "coast",
          "littoral",
          "maritime",
          "savanes",
          "capital",
          "islands",
          "upper",
          "lower",
          "middle",
          "greater",
          "mountains",
          "montagnes",
          "red",
          "white",
          "blue",
          "river",
          "kara",
          "sea");
  private static final Set<String> BORDER_WORDS =
      Set.of("border", "borders", "frontier", "frontiere", "frontieres", "frontalier");

  private MentionFilters() {}

  // "cattle raiders from Sudan", "Pokot warriors from Kenya": where people came from, not where the
  // incident is.
  static boolean isOrigin(List<String> tokens, int i) {
    return i > 0 && tokens.get(i - 1).equals("from");
  }

  // "near the border with Niger", "la frontière malienne", "the Malian border": a neighbour named
  // to say where the place is not.
  static boolean isBorder(List<String> tokens, int i, int n) {
    for (int j = Math.max(0, i - 3); j < i; j++) {
      if (BORDER_WORDS.contains(tokens.get(j))) {
        return true;
      }
    }
    return i + n < tokens.size() && BORDER_WORDS.contains(tokens.get(i + n));
  }

  static boolean isRiverNiger(List<String> tokens, int i, int n, String cc) {
    if (!cc.equals("NE") || n != 1 || !tokens.get(i).equals("niger")) {
      return false;
    }
    String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
    String prev = i > 0 ? tokens.get(i - 1) : "";
    return next.equals("river")
        || next.equals("delta")
        || next.equals("inner")
        || next.equals("state")
        || prev.equals("fleuve")
        || prev.equals("delta")
        || prev.equals("river");
  }
}

package org.harmwatch.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits plain text into sentences with offsets, knowing English and French abbreviations ("Gen.",
 * "Dr", "M.", "St.") and closing quotes. Stateless and thread-safe.
 */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "gen", "lt", "col", "capt", "maj", "sgt", "st", "prof", "sen",
          "rep", "gov", "pres", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec", "m", "mme", "mlle", "me", "cf", "p", "approx", "inc",
          "ltd", "co", "u.s", "u.n", "e.g", "i.e");

  /** The sentences of {@code text}, in order; blank lines separate paragraphs. */
  public List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int n = text.length();
    int paragraph = 0;
    int start = gapEnd(text, 0);
    int i = start;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        // A line break ends a sentence (titles, list items); a blank line ends a paragraph.
        int j = gapEnd(text, i);
        add(text, start, i, paragraph, out);
        if (lineBreaks(text, i, j) >= 2) {
          paragraph++;
        }
        start = j;
        i = j;
        continue;
      }
      if ((c == '.' || c == '!' || c == '?' || c == '…') && isBoundary(text, i)) {
        int end = i + 1;
        while (end < n && "\"'”’»)".indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        add(text, start, end, paragraph, out);
        start = gapEnd(text, end);
        if (lineBreaks(text, end, start) >= 2) {
          paragraph++;
        }
        i = start;
        continue;
      }
      i++;
    }
    add(text, start, n, paragraph, out);
    return out;
  }

  private static boolean isBoundary(String text, int i) {
    int n = text.length();
    int j = i + 1;
    while (j < n && "\"'”’»)".indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    if (j < n && !Character.isWhitespace(text.charAt(j))) {
      return false; // "3.5", "U.N.", "al-Qaida.com"
    }
    if (text.charAt(i) != '.') {
      return true;
    }
    int w = i;
    while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    String word = text.substring(w, i).toLowerCase(Locale.ROOT);
    if (ABBREVIATIONS.contains(word)) {
      return false;
    }
    // A single capital letter before the dot is an initial ("J. Smith").
    if (word.length() == 1 && Character.isUpperCase(text.charAt(w))) {
      return false;
    }
    int k = skipSpace(text, j);
    // The next sentence starts with a capital, a digit, a quote or a bracket.
    return k >= n || !Character.isLowerCase(text.charAt(k));
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  // The end of the blanks and line breaks from i on.
  private static int gapEnd(String text, int i) {
    while (i < text.length() && (isSpace(text.charAt(i)) || strayNewline(text, i))) {
      i++;
    }
    return i;
  }

  // The line breaks between from and to, a stray escaped one counted.
  private static int lineBreaks(String text, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n' || strayNewline(text, i)) {
        count++;
      }
    }
    return count;
  }

  // Blank characters, with the invisible marks some pages leave at line starts (left-to-right
  // mark, zero-width space, byte-order mark) and the no-break space.
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || "\u00a0\u200b\u200e\u200f\ufeff".indexOf(c) >= 0;
  }

  // The "n" of a line break escaped twice ("\\n" turned into a line break and a letter n): a line
  // that starts with an n glued to a capital, a digit, a quote, a bullet or a blank is a paragraph
  // break, not a word ("nDans son communiqué").
  private static boolean strayNewline(String text, int j) {
    if (text.charAt(j) != 'n' || j == 0 || text.charAt(j - 1) != '\n') {
      return false;
    }
    if (j + 1 >= text.length()) {
      return true;
    }
    char next = text.charAt(j + 1);
    return Character.isUpperCase(next)
        || Character.isDigit(next)
        || isSpace(next)
        || "«\"“•-–—(".indexOf(next) >= 0;
  }

  private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Sentence(start, end, text.substring(start, end), paragraph));
    }
  }
}

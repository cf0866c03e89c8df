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
    int start = skipSpace(text, 0);
    int i = start;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        // A line break ends a sentence (titles, list items); a blank line ends a paragraph.
        int j = i;
        int newlines = 0;
        while (j < n && Character.isWhitespace(text.charAt(j))) {
          if (text.charAt(j) == '\n') {
            newlines++;
          }
          j++;
        }
        add(text, start, i, paragraph, out);
        if (newlines >= 2) {
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
        start = skipSpace(text, end);
        if (text.substring(end, start).chars().filter(ch -> ch == '\n').count() >= 2) {
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
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Sentence(start, end, text.substring(start, end), paragraph));
    }
  }
}

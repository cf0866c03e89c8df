package org.harmwatch.nlp.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The analysis behind {@link PrefilteredPattern}: from the source of a regular expression, a set of
 * case-folded strings at least one of which every match contains, in the manner of RE2's prefilter.
 * The analysis is conservative: where the expression uses a construct it does not model it answers
 * "no constraint", and for constructs it cannot parse safely it gives up on the whole expression.
 * Stateless; used once per pattern at compile time.
 *
 * <p>A string may hold {@link #WORD_START} and {@link #WORD_END}: where the expression has {@code
 * \b} before or after a word character, the text must have a word start or end there ("mar" of
 * {@code \bmar\b} is not met by "market" nor by "Omar").
 */
final class RequiredLiterals {
  /**
   * Required strings shorter than this that hold a letter or a space occur in almost every text and
   * would only cost time; shorter ones of digits and signs ("/", "7") are selective.
   */
  static final int MIN_LENGTH = 3;

  /**
   * The mark the parser puts for {@code \b}; {@link #marked} makes it a {@link #WORD_START} or a
   * {@link #WORD_END}, or drops it.
   */
  static final char BOUNDARY = '\uE002';

  /**
   * The mark of a word start in a required string, where a scan of a text steps at the start of the
   * text and after every character that is no word character of {@code \b} (a letter, a digit or
   * {@code _}). Marks are private-use characters, never looked up in a text (a text that holds one
   * is not prefiltered).
   */
  static final char WORD_START = '\uE000';

  /** The mark of a word end: a scan steps on it before every non-word character and at the end. */
  static final char WORD_END = '\uE001';

  /** Whether {@code c} is a word character of {@code \b} (without UNICODE_CHARACTER_CLASS). */
  static boolean word(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  private static boolean mark(char c) {
    return c == BOUNDARY || c == WORD_START || c == WORD_END;
  }

  /**
   * {@code set} as a text is scanned for it: a mark of {@code \b} that opens a string kept as a
   * word start before a word character, one that closes it kept as a word end after a word
   * character (elsewhere a {@code \b} says nothing a scan checks: the string then asks less, never
   * more); and the marks a scan steps on around every non-word character put around those inside
   * the string. Marking a marked set again changes nothing.
   */
  static Set<String> marked(Set<String> set) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : set) {
      String chars = unmarked(s);
      StringBuilder b = new StringBuilder();
      if (!chars.isEmpty() && mark(s.charAt(0)) && word(chars.charAt(0))) {
        b.append(WORD_START);
      }
      for (int k = 0; k < chars.length(); k++) {
        char c = chars.charAt(k);
        if (k > 0 && !word(chars.charAt(k - 1))) {
          b.append(WORD_START);
        }
        if (k > 0 && !word(c)) {
          b.append(WORD_END);
        }
        b.append(c);
      }
      if (!chars.isEmpty()
          && mark(s.charAt(s.length() - 1))
          && word(chars.charAt(chars.length() - 1))) {
        b.append(WORD_END);
      }
      out.add(b.toString());
    }
    return Set.copyOf(out);
  }

  /** {@code s} without its marks of word starts and ends. */
  static String unmarked(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      if (mark(s.charAt(i))) {
        if (b == null) {
          b = new StringBuilder(s.substring(0, i));
        }
      } else if (b != null) {
        b.append(s.charAt(i));
      }
    }
    return b == null ? s : b.toString();
  }

  private RequiredLiterals() {}

  /**
   * The case-folded strings one of which every match of {@code regex} contains, or an empty set
   * when the analysis finds no useful constraint (or the expression uses a construct it does not
   * read).
   */
  static Set<String> of(String regex) {
    return of(regex, false);
  }

  /**
   * The sets of case-folded strings every match of {@code regex} meets all of: for each set, the
   * match contains one of its strings. Only {@link #selective} sets, the most selective first, at
   * most {@value #MAX_SETS}; empty when there is none.
   */
  static List<Set<String>> each(String regex, boolean unicodeClasses) {
    try {
      LiteralInfo info = new RegexLiteralParser(regex, !unicodeClasses).parse();
      List<Set<String>> out = new ArrayList<>();
      Set<String> best = info.best();
      if (best != null) {
        out.add(marked(best));
      }
      for (Set<String> set : info.each()) {
        Set<String> copy = marked(set);
        if (!out.contains(copy)) {
          out.add(copy);
        }
      }
      out.removeIf(set -> !selective(set));
      out.sort(
          Comparator.comparingInt((Set<String> set) -> -shortest(set)).thenComparingInt(Set::size));
      return List.copyOf(out.subList(0, Math.min(MAX_SETS, out.size())));
    } catch (RegexLiteralParser.Unsupported | IndexOutOfBoundsException e) {
      return List.of();
    }
  }

  /** The most sets of strings a pattern is checked against. */
  static final int MAX_SETS = 4;

  /**
   * As {@link #of(String)}, for an expression compiled with {@code unicodeClasses}
   * (UNICODE_CHARACTER_CLASS), where {@code \d} is any Unicode digit.
   */
  static Set<String> of(String regex, boolean unicodeClasses) {
    try {
      LiteralInfo info = new RegexLiteralParser(regex, !unicodeClasses).parse();
      Set<String> best = info.best();
      return best == null ? Set.of() : marked(best);
    } catch (RegexLiteralParser.Unsupported | IndexOutOfBoundsException e) {
      // An expression the parser does not read is simply not prefiltered: always run it.
      return Set.of();
    }
  }

  /**
   * The case folding shared with {@link java.util.regex.Pattern}'s Unicode case-insensitive
   * matching of literal characters: upper case, then lower case.
   */
  static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /**
   * Whether {@code fold} is known to agree with every case-insensitive match of {@code c}: Latin
   * letters and general punctuation. Texts with other characters are not prefiltered.
   */
  static boolean simple(char c) {
    return c < 0x0250 || (c >= 0x2000 && c <= 0x206F);
  }

  /**
   * The more selective of two required sets: a {@link #selective} one, then the longer shortest
   * string, then fewer strings.
   */
  static Set<String> better(Set<String> a, Set<String> b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    boolean sa = selective(a);
    if (sa != selective(b)) {
      return sa ? a : b;
    }
    int la = shortest(a);
    int lb = shortest(b);
    if (la != lb) {
      return la > lb ? a : b;
    }
    return a.size() <= b.size() ? a : b;
  }

  /**
   * Whether a text's lacking every string of {@code set} is rare enough to be worth a check: each
   * string is at least {@link #MIN_LENGTH} long or has neither letter nor space ("/", "7").
   */
  static boolean selective(Set<String> set) {
    for (String marked : set) {
      String s = unmarked(marked);
      if (s.isEmpty()) {
        return false;
      }
      if (s.length() < MIN_LENGTH) {
        for (int i = 0; i < s.length(); i++) {
          char c = s.charAt(i);
          if (Character.isLetter(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return false;
          }
        }
      }
    }
    return !set.isEmpty();
  }

  static int shortest(Set<String> set) {
    int min = Integer.MAX_VALUE;
    for (String s : set) {
      min = Math.min(min, unmarked(s).length());
    }
    return set.isEmpty() ? 0 : min;
  }
}

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
 */
final class RequiredLiterals {
  /** The largest set of strings tracked exactly (cross products above it are cut). */
  private static final int LIMIT = 64;

  /** The largest character class expanded into its characters. */
  private static final int CLASS_LIMIT = 8;

  /** Thrown internally when the expression uses a construct the parser does not read safely. */
  private static final class Unsupported extends RuntimeException {
    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  /**
   * What is known of a sub-expression: {@code exact}, every string it can match (null when infinite
   * or too many), {@code required}, strings one of which every match contains (null when nothing is
   * required), and {@code each}, further such sets, all of which every match meets (a number and a
   * month name).
   */
  private record Info(Set<String> exact, Set<String> required, List<Set<String>> each) {
    static final Info ANY = new Info(null, null);
    static final Info EMPTY = new Info(Set.of(""), null);

    Info(Set<String> exact, Set<String> required) {
      this(exact, required, List.of());
    }

    /** The best set of strings every match contains, or null. */
    Set<String> best() {
      Set<String> fromExact = exact != null && !exact.contains("") ? exact : null;
      return better(fromExact, required);
    }
  }

  /**
   * Required strings shorter than this that hold a letter or a space occur in almost every text and
   * would only cost time; shorter ones of digits and signs ("/", "7") are selective.
   */
  static final int MIN_LENGTH = 3;

  private static final Set<String> DIGITS =
      Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  private final String src;
  // Whether \d stands for the ASCII digits only (no UNICODE_CHARACTER_CLASS flag).
  private final boolean asciiDigits;
  private int pos;

  private RequiredLiterals(String src, boolean asciiDigits) {
    this.src = src;
    this.asciiDigits = asciiDigits;
  }

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
    RequiredLiterals parser = new RequiredLiterals(regex, !unicodeClasses);
    try {
      Info info = parser.alternation();
      if (parser.pos != regex.length()) {
        return List.of();
      }
      List<Set<String>> out = new ArrayList<>();
      Set<String> best = info.best();
      if (best != null) {
        out.add(Set.copyOf(best));
      }
      for (Set<String> set : info.each()) {
        Set<String> copy = Set.copyOf(set);
        if (!out.contains(copy)) {
          out.add(copy);
        }
      }
      out.removeIf(set -> !selective(set));
      out.sort(
          Comparator.comparingInt((Set<String> set) -> -shortest(set)).thenComparingInt(Set::size));
      return List.copyOf(out.subList(0, Math.min(MAX_SETS, out.size())));
    } catch (Unsupported | IndexOutOfBoundsException e) {
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
    RequiredLiterals parser = new RequiredLiterals(regex, !unicodeClasses);
    try {
      Info info = parser.alternation();
      if (parser.pos != regex.length()) {
        return Set.of();
      }
      Set<String> best = info.best();
      return best == null ? Set.of() : Set.copyOf(best);
    } catch (Unsupported | IndexOutOfBoundsException e) {
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

  private Info alternation() {
    List<Info> branches = new ArrayList<>();
    branches.add(sequence());
    while (pos < src.length() && src.charAt(pos) == '|') {
      pos++;
      branches.add(sequence());
    }
    if (branches.size() == 1) {
      return branches.get(0);
    }
    Set<String> exact = new LinkedHashSet<>();
    Set<String> required = new LinkedHashSet<>();
    for (Info b : branches) {
      if (exact != null) {
        if (b.exact() == null || exact.size() + b.exact().size() > LIMIT) {
          exact = null;
        } else {
          exact.addAll(b.exact());
        }
      }
      if (required != null) {
        Set<String> best = b.best();
        if (best == null) {
          required = null;
        } else {
          required.addAll(best);
        }
      }
    }
    return new Info(exact, required);
  }

  private Info sequence() {
    Set<String> current = Set.of("");
    Set<String> candidate = null;
    // Every atom's requirement holds for the whole sequence.
    List<Set<String>> each = new ArrayList<>();
    boolean whole = true;
    while (pos < src.length() && src.charAt(pos) != '|' && src.charAt(pos) != ')') {
      Info atom = quantified(atom());
      if (atom.exact() != null
          && current != null
          && (long) current.size() * atom.exact().size() <= LIMIT) {
        current = cross(current, atom.exact());
        continue;
      }
      whole = false;
      Set<String> run = new Info(current, null).best();
      candidate = better(candidate, run);
      candidate = better(candidate, atom.best());
      add(each, run);
      add(each, atom.best());
      each.addAll(atom.each());
      current = atom.exact() != null && atom.exact().size() <= LIMIT ? atom.exact() : Set.of("");
    }
    if (whole) {
      return new Info(current, null);
    }
    Set<String> run = new Info(current, null).best();
    candidate = better(candidate, run);
    add(each, run);
    return new Info(null, candidate, each);
  }

  private static void add(List<Set<String>> each, Set<String> set) {
    if (set != null && !each.contains(set)) {
      each.add(set);
    }
  }

  private Info quantified(Info atom) {
    if (pos >= src.length()) {
      return atom;
    }
    char c = src.charAt(pos);
    int min;
    int max;
    if (c == '?') {
      min = 0;
      max = 1;
      pos++;
    } else if (c == '*') {
      min = 0;
      max = Integer.MAX_VALUE;
      pos++;
    } else if (c == '+') {
      min = 1;
      max = Integer.MAX_VALUE;
      pos++;
    } else if (c == '{') {
      int close = src.indexOf('}', pos);
      if (close < 0) {
        throw new Unsupported("unclosed repetition");
      }
      String[] bounds = src.substring(pos + 1, close).split(",", -1);
      try {
        min = Integer.parseInt(bounds[0].trim());
        max =
            bounds.length == 1
                ? min
                : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].trim());
      } catch (NumberFormatException e) {
        throw new Unsupported("repetition " + src.substring(pos, close + 1));
      }
      pos = close + 1;
    } else {
      return atom;
    }
    // Lazy and possessive forms match the same strings.
    if (pos < src.length() && (src.charAt(pos) == '?' || src.charAt(pos) == '+')) {
      pos++;
    }
    if (min == 0) {
      if (max == 1 && atom.exact() != null) {
        Set<String> exact = new LinkedHashSet<>(atom.exact());
        exact.add("");
        return new Info(exact, null);
      }
      return Info.ANY;
    }
    return new Info(min == 1 && max == 1 ? atom.exact() : null, atom.best(), atom.each());
  }

  private Info atom() {
    char c = src.charAt(pos++);
    switch (c) {
      case '(':
        return group();
      case '[':
        return characterClass();
      case '\\':
        return escape();
      case '.':
        return Info.ANY;
      case '^':
      case '$':
        return Info.EMPTY;
      case '*':
      case '+':
      case '?':
      case '{':
        throw new Unsupported("dangling quantifier at " + (pos - 1));
      default:
        return literal(c);
    }
  }

  private Info group() {
    boolean zeroWidth = false;
    if (src.charAt(pos) == '?') {
      pos++;
      char k = src.charAt(pos);
      if (k == ':' || k == '>') {
        pos++;
      } else if (k == '=' || k == '!') {
        pos++;
        zeroWidth = true;
      } else if (k == '<' && (src.charAt(pos + 1) == '=' || src.charAt(pos + 1) == '!')) {
        pos += 2;
        zeroWidth = true;
      } else if (k == '<') {
        int close = src.indexOf('>', pos);
        if (close < 0) {
          throw new Unsupported("unclosed group name");
        }
        pos = close + 1;
      } else {
        // Inline flags: case folding changes nothing here, other flags change the syntax.
        while (src.charAt(pos) != ':' && src.charAt(pos) != ')') {
          char f = src.charAt(pos++);
          if ("iu-".indexOf(f) < 0) {
            throw new Unsupported("inline flag " + f);
          }
        }
        if (src.charAt(pos) == ')') {
          pos++;
          return Info.EMPTY;
        }
        pos++;
      }
    }
    Info inner = alternation();
    if (pos >= src.length() || src.charAt(pos) != ')') {
      throw new Unsupported("unclosed group");
    }
    pos++;
    return zeroWidth ? Info.EMPTY : inner;
  }

  private Info characterClass() {
    Set<String> chars = new LinkedHashSet<>();
    boolean simple = true;
    if (src.charAt(pos) == '^') {
      simple = false;
      pos++;
    }
    boolean first = true;
    while (first || src.charAt(pos) != ']') {
      first = false;
      char c = src.charAt(pos++);
      if (c == '[' || (c == '&' && src.charAt(pos) == '&')) {
        throw new Unsupported("nested character class");
      }
      if (c == '\\') {
        char e = src.charAt(pos++);
        if (Character.isLetterOrDigit(e)) {
          if (e == 'p' || e == 'P') {
            skipBraces();
          } else if ("dDsSwWhHvV".indexOf(e) < 0) {
            throw new Unsupported("escape \\" + e + " in a class");
          }
          simple = false;
          continue;
        }
        c = e;
      }
      if (src.charAt(pos) == '-' && src.charAt(pos + 1) != ']') {
        pos++;
        char to = src.charAt(pos++);
        if (to == '\\' || to == '[') {
          throw new Unsupported("range to an escape");
        }
        if (to - c + 1 > CLASS_LIMIT) {
          simple = false;
          continue;
        }
        for (char r = c; r <= to; r++) {
          chars.add(String.valueOf(fold(r)));
        }
        continue;
      }
      chars.add(String.valueOf(fold(c)));
    }
    pos++;
    if (!simple || chars.size() > CLASS_LIMIT) {
      return Info.ANY;
    }
    return new Info(chars, null);
  }

  private void skipBraces() {
    if (src.charAt(pos) == '{') {
      int close = src.indexOf('}', pos);
      if (close < 0) {
        throw new Unsupported("unclosed property");
      }
      pos = close + 1;
    } else {
      pos++;
    }
  }

  private Info escape() {
    char e = src.charAt(pos++);
    if (!Character.isLetterOrDigit(e)) {
      return literal(e);
    }
    switch (e) {
      case 'd':
        return asciiDigits ? new Info(DIGITS, null) : Info.ANY;
      case 'b':
      case 'B':
      case 'A':
      case 'z':
      case 'Z':
      case 'G':
        return Info.EMPTY;
      case 'D':
      case 'w':
      case 'W':
      case 's':
      case 'S':
      case 'h':
      case 'H':
      case 'v':
      case 'V':
      case 'R':
      case 'X':
        return Info.ANY;
      case 'p':
      case 'P':
        skipBraces();
        return Info.ANY;
      case 't':
        return literal('\t');
      case 'n':
        return literal('\n');
      case 'r':
        return literal('\r');
      case 'f':
        return literal('\f');
      case 'Q':
        {
          int end = src.indexOf("\\E", pos);
          String quoted = end < 0 ? src.substring(pos) : src.substring(pos, end);
          pos = end < 0 ? src.length() : end + 2;
          StringBuilder folded = new StringBuilder();
          for (int i = 0; i < quoted.length(); i++) {
            folded.append(fold(quoted.charAt(i)));
          }
          return new Info(Set.of(folded.toString()), null);
        }
      default:
        throw new Unsupported("escape \\" + e);
    }
  }

  private static Info literal(char c) {
    if (Character.isSurrogate(c)) {
      throw new Unsupported("supplementary character");
    }
    return new Info(Set.of(String.valueOf(fold(c))), null);
  }

  private static Set<String> cross(Set<String> a, Set<String> b) {
    Set<String> out = new LinkedHashSet<>();
    for (String x : a) {
      for (String y : b) {
        out.add(x + y);
      }
    }
    return out;
  }

  /**
   * The more selective of two required sets: a {@link #selective} one, then the longer shortest
   * string, then fewer strings.
   */
  private static Set<String> better(Set<String> a, Set<String> b) {
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
    for (String s : set) {
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
      min = Math.min(min, s.length());
    }
    return set.isEmpty() ? 0 : min;
  }
}

package org.harmwatch.nlp.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A reader of a regular expression's source that says, for each sub-expression, which strings its
 * matches can be or must contain: the parser behind {@link RequiredLiterals}. It reads the syntax
 * of {@link java.util.regex.Pattern} that the extractor's expressions use, and throws {@link
 * Unsupported} on anything else. One instance reads one expression once.
 */
final class RegexLiteralParser {
  /** The largest set of strings tracked exactly (cross products above it are cut). */
  private static final int LIMIT = 64;

  /** The largest character class expanded into its characters. */
  private static final int CLASS_LIMIT = 8;

  /** Thrown internally when the expression uses a construct the parser does not read safely. */
  static final class Unsupported extends RuntimeException {
    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  private static final Set<String> DIGITS =
      Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  private final String src;
  // Whether \d stands for the ASCII digits only (no UNICODE_CHARACTER_CLASS flag).
  private final boolean asciiDigits;
  private int pos;

  RegexLiteralParser(String src, boolean asciiDigits) {
    this.src = src;
    this.asciiDigits = asciiDigits;
  }

  /**
   * What is known of the whole expression.
   *
   * @throws Unsupported when it uses a construct the parser does not read safely
   */
  LiteralInfo parse() {
    LiteralInfo info = alternation();
    if (pos != src.length()) {
      throw new Unsupported("unbalanced parenthesis at " + pos);
    }
    return info;
  }

  private LiteralInfo alternation() {
    List<LiteralInfo> branches = new ArrayList<>();
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
    for (LiteralInfo b : branches) {
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
    return new LiteralInfo(exact, required);
  }

  private LiteralInfo sequence() {
    Set<String> current = Set.of("");
    Set<String> candidate = null;
    // Every atom's requirement holds for the whole sequence.
    List<Set<String>> each = new ArrayList<>();
    boolean whole = true;
    while (pos < src.length() && src.charAt(pos) != '|' && src.charAt(pos) != ')') {
      LiteralInfo atom = quantified(atom());
      if (atom.exact() != null
          && current != null
          && (long) current.size() * atom.exact().size() <= LIMIT) {
        current = cross(current, atom.exact());
        atom.each().forEach(set -> add(each, set));
        continue;
      }
      whole = false;
      Set<String> run = new LiteralInfo(current, null).best();
      candidate = RequiredLiterals.better(candidate, run);
      candidate = RequiredLiterals.better(candidate, atom.best());
      add(each, run);
      add(each, atom.best());
      each.addAll(atom.each());
      current = atom.exact() != null && atom.exact().size() <= LIMIT ? atom.exact() : Set.of("");
    }
    if (whole) {
      return new LiteralInfo(current, null, each);
    }
    Set<String> run = new LiteralInfo(current, null).best();
    candidate = RequiredLiterals.better(candidate, run);
    add(each, run);
    return new LiteralInfo(null, candidate, each);
  }

  private static void add(List<Set<String>> each, Set<String> set) {
    if (set != null && !each.contains(set)) {
      each.add(set);
    }
  }

  private LiteralInfo quantified(LiteralInfo atom) {
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
        return new LiteralInfo(exact, null);
      }
      return LiteralInfo.ANY;
    }
    return new LiteralInfo(min == 1 && max == 1 ? atom.exact() : null, atom.best(), atom.each());
  }

  private LiteralInfo atom() {
    char c = src.charAt(pos++);
    switch (c) {
      case '(':
        return group();
      case '[':
        return characterClass();
      case '\\':
        return escape();
      case '.':
        return LiteralInfo.ANY;
      case '^':
      case '$':
        return LiteralInfo.EMPTY;
      case '*':
      case '+':
      case '?':
      case '{':
        throw new Unsupported("dangling quantifier at " + (pos - 1));
      default:
        return literal(c);
    }
  }

  private LiteralInfo group() {
    boolean zeroWidth = false;
    boolean lookahead = false;
    if (src.charAt(pos) == '?') {
      pos++;
      char k = src.charAt(pos);
      if (k == ':' || k == '>') {
        pos++;
      } else if (k == '=' || k == '!') {
        pos++;
        zeroWidth = true;
        lookahead = k == '=';
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
          return LiteralInfo.EMPTY;
        }
        pos++;
      }
    }
    LiteralInfo inner = alternation();
    if (pos >= src.length() || src.charAt(pos) != ')') {
      throw new Unsupported("unclosed group");
    }
    pos++;
    if (!zeroWidth) {
      return inner;
    }
    // What a lookahead reads lies in the text after the match's end: the match does not contain
    // it, but a text that can match does, so it is one more set the text must meet.
    Set<String> ahead = lookahead ? inner.best() : null;
    return ahead == null
        ? LiteralInfo.EMPTY
        : new LiteralInfo(LiteralInfo.EMPTY.exact(), null, List.of(ahead));
  }

  private LiteralInfo characterClass() {
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
          chars.add(String.valueOf(RequiredLiterals.fold(r)));
        }
        continue;
      }
      chars.add(String.valueOf(RequiredLiterals.fold(c)));
    }
    pos++;
    if (!simple || chars.size() > CLASS_LIMIT) {
      return LiteralInfo.ANY;
    }
    return new LiteralInfo(chars, null);
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

  private LiteralInfo escape() {
    char e = src.charAt(pos++);
    if (!Character.isLetterOrDigit(e)) {
      return literal(e);
    }
    switch (e) {
      case 'd':
        return asciiDigits ? new LiteralInfo(DIGITS, null) : LiteralInfo.ANY;
      case 'b':
        // A word start or end where a word character follows or comes before: see
        // RequiredLiterals#marked.
        return new LiteralInfo(Set.of(String.valueOf(RequiredLiterals.BOUNDARY)), null);
      case 'B':
      case 'A':
      case 'z':
      case 'Z':
      case 'G':
        return LiteralInfo.EMPTY;
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
        return LiteralInfo.ANY;
      case 'p':
      case 'P':
        skipBraces();
        return LiteralInfo.ANY;
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
            folded.append(RequiredLiterals.fold(quoted.charAt(i)));
          }
          return new LiteralInfo(Set.of(folded.toString()), null);
        }
      default:
        throw new Unsupported("escape \\" + e);
    }
  }

  private static LiteralInfo literal(char c) {
    if (Character.isSurrogate(c)) {
      throw new Unsupported("supplementary character");
    }
    return new LiteralInfo(Set.of(String.valueOf(RequiredLiterals.fold(c))), null);
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
}

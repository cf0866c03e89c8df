package org.harmwatch.nlp.text;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled regular expression with a literal prefilter: the case-folded strings one of which
 * every match must contain, found by {@link RequiredLiterals} when the pattern is compiled. A text
 * that contains none of them cannot match, so the expression is not run on it; most sentences name
 * no weapon, no month and no organisation, and the cue patterns are long case-insensitive
 * alternations that are slow to run and quick to rule out. Where a sequence requires several things
 * (a number and a month name, a verb and a victim word), each is such a set and a text must meet
 * them all.
 *
 * <p>A matcher from {@link #matcher} behaves exactly as {@link Pattern#matcher} would. With the
 * system property {@value #VERIFY_PROPERTY} set to {@code true} (the build's tests set it), every
 * rejected text is also run through the expression and a match throws {@link
 * IllegalStateException}: the prefilter is checked on every text the tests extract from.
 *
 * <p>The prefilter reads the whole text: a matcher must not be given a region with opaque bounds,
 * where {@code \b} would see a word start that the text does not have.
 *
 * <p>Immutable and thread-safe.
 */
public final class PrefilteredPattern {
  /** The system property that turns on the check of every rejection. */
  public static final String VERIFY_PROPERTY = "harmwatch.verifyPrefilters";

  private static final boolean VERIFY = Boolean.getBoolean(VERIFY_PROPERTY);

  private static final int SUPPORTED_FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  private static final Pattern NEVER = Pattern.compile("(?!)");

  private final Pattern pattern;
  private final Set<String> required;
  // Every set of strings a text must share one string with, the most selective first.
  private final List<Set<String>> each;
  // The sets' numbers in the shared literal index; none when nothing is filtered.
  private final int[] ids;

  private PrefilteredPattern(Pattern pattern, Set<String> required, List<Set<String>> each) {
    this.pattern = pattern;
    this.required = required;
    this.each = each.stream().map(RequiredLiterals::marked).toList();
    this.ids = this.each.stream().mapToInt(LiteralIndex::register).toArray();
  }

  /** Compiles {@code regex} with {@code flags} as {@link Pattern#compile(String, int)} does. */
  public static PrefilteredPattern compile(String regex, int flags) {
    Pattern pattern = Pattern.compile(regex, flags);
    if ((flags & ~SUPPORTED_FLAGS) != 0 || anchoredAtStart(regex)) {
      return of(pattern, Set.of());
    }
    boolean unicodeClasses = (flags & Pattern.UNICODE_CHARACTER_CLASS) != 0;
    Set<String> required = RequiredLiterals.of(regex, unicodeClasses);
    if (!RequiredLiterals.selective(required)) {
      required = Set.of();
    }
    return new PrefilteredPattern(pattern, required, RequiredLiterals.each(regex, unicodeClasses));
  }

  private static final Pattern MULTILINE_FLAG = Pattern.compile("\\(\\?[a-zA-Z-]*m");

  /**
   * Whether every match of {@code regex} starts at the start of the text: it opens with {@code ^}
   * outside any alternation. Such a pattern is tried at that one place only ({@link Pattern} makes
   * its start anchor the root of the match), which is cheaper than a scan of the text, so it is not
   * prefiltered: most are tried on the rest of a sentence after some word, a new text each time.
   */
  static boolean anchoredAtStart(String regex) {
    if (!regex.startsWith("^") || MULTILINE_FLAG.matcher(regex).find()) {
      return false;
    }
    int depth = 0;
    boolean inClass = false;
    for (int i = 1; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        if (regex.startsWith("Q", i + 1)) {
          int end = regex.indexOf("\\E", i + 2);
          if (end < 0) {
            return true;
          }
          i = end + 1;
        } else {
          i++;
        }
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
        // A ']' right after the opening (or its '^') is a literal of the class.
        if (regex.startsWith("^", i + 1)) {
          i++;
        }
        if (regex.startsWith("]", i + 1)) {
          i++;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return false;
      }
    }
    return true;
  }

  /** A pattern with the given required strings; for tests of the check, which need a wrong one. */
  static PrefilteredPattern of(Pattern pattern, Set<String> required) {
    return new PrefilteredPattern(
        pattern, required, required.isEmpty() ? List.of() : List.of(required));
  }

  /** Compiles {@code regex} without flags. */
  public static PrefilteredPattern compile(String regex) {
    return compile(regex, 0);
  }

  /** The underlying pattern. */
  public Pattern pattern() {
    return pattern;
  }

  /** The regular expression this was compiled from. */
  public String source() {
    return pattern.pattern();
  }

  /**
   * The case-folded strings one of which every match contains, sorted; empty when the text is never
   * filtered.
   */
  public Set<String> required() {
    return unmarked(required);
  }

  /**
   * The sets of case-folded strings a text must share a string with, each of them, to be run: the
   * most selective first (a number and a month name); empty when the text is never filtered.
   */
  public List<Set<String>> requiredEach() {
    return each.stream().map(PrefilteredPattern::unmarked).toList();
  }

  /**
   * A matcher over {@code text}: the pattern's own, or, when the text contains no required string,
   * one that never matches (which is what the pattern's would do on that text).
   */
  public Matcher matcher(CharSequence text) {
    if (mayMatch(text)) {
      return pattern.matcher(text);
    }
    if (VERIFY && pattern.matcher(text).find()) {
      throw new IllegalStateException(
          "prefilter " + each + " rejected a text that /" + source() + "/ matches: " + text);
    }
    return NEVER.matcher(text);
  }

  /**
   * Whether {@code text} may contain a match: false only when it contains none of the strings of
   * one of the {@link #requiredEach} sets.
   */
  public boolean mayMatch(CharSequence text) {
    for (int id : ids) {
      if (!LiteralIndex.mayMatch(text, id)) {
        return false;
      }
    }
    return true;
  }

  // The strings as written, without the marks of word starts.
  private static Set<String> unmarked(Set<String> strings) {
    Set<String> out = new TreeSet<>();
    strings.forEach(s -> out.add(RequiredLiterals.unmarked(s)));
    return out;
  }

  @Override
  public String toString() {
    return source() + " " + each;
  }
}

package org.harmwatch.nlp.actors;

import java.util.ArrayList;
import java.util.List;

/**
 * A character trie of aliases that finds, at each word start of a text, the longest alias ending on
 * a word boundary: one pass over the text whatever the number of aliases, where a
 * regular-expression alternation of thousands of aliases would try each of them at every position.
 *
 * <p>Case-insensitive aliases are stored lower-cased and matched against the lower-cased text;
 * case-sensitive ones (acronyms) are stored as written. A space in an alias matches any run of
 * white space, and either apostrophe ({@code '} or {@code ’}) matches either. Built once, then
 * immutable and thread-safe.
 *
 * @param <V> the value attached to each alias
 */
final class AliasTrie<V> {
  // Children in a small sorted array: most nodes have one child, and a hash map per node would
  // cost ten times the memory for the ~30,000 generated aliases.
  private static final class Node<V> {
    private char[] keys = new char[0];
    private Node<V>[] kids = newArray(0);
    V value;

    Node<V> get(char c) {
      int i = java.util.Arrays.binarySearch(keys, c);
      return i >= 0 ? kids[i] : null;
    }

    Node<V> getOrAdd(char c) {
      int i = java.util.Arrays.binarySearch(keys, c);
      if (i >= 0) {
        return kids[i];
      }
      int at = -i - 1;
      char[] k = new char[keys.length + 1];
      Node<V>[] n = newArray(kids.length + 1);
      System.arraycopy(keys, 0, k, 0, at);
      System.arraycopy(kids, 0, n, 0, at);
      System.arraycopy(keys, at, k, at + 1, keys.length - at);
      System.arraycopy(kids, at, n, at + 1, kids.length - at);
      k[at] = c;
      n[at] = new Node<>();
      keys = k;
      kids = n;
      return n[at];
    }

    @SuppressWarnings("unchecked")
    private static <V> Node<V>[] newArray(int size) {
      return (Node<V>[]) new Node<?>[size];
    }
  }

  /** A found alias: its span in the text and its value. */
  record Hit<V>(int start, int end, V value) {}

  private final Node<V> insensitive = new Node<>();
  private final Node<V> sensitive = new Node<>();

  /** Adds {@code alias} with {@code value}; a later value for the same alias replaces the first. */
  void put(String alias, boolean caseSensitive, V value) {
    Node<V> n = caseSensitive ? sensitive : insensitive;
    String key = normalise(alias, !caseSensitive);
    for (int i = 0; i < key.length(); i++) {
      n = n.getOrAdd(key.charAt(i));
    }
    n.value = value;
  }

  /** The value stored for exactly {@code alias}, or null. */
  V get(String alias, boolean caseSensitive) {
    Node<V> n = caseSensitive ? sensitive : insensitive;
    String key = normalise(alias, !caseSensitive);
    for (int i = 0; i < key.length() && n != null; i++) {
      n = n.get(key.charAt(i));
    }
    return n == null ? null : n.value;
  }

  /**
   * The aliases found in {@code text}, left to right, the longest at each start; a found alias is
   * skipped over, so hits never overlap.
   */
  List<Hit<V>> scan(String text) {
    List<Hit<V>> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!wordStart(text, i)) {
        i++;
        continue;
      }
      Hit<V> a = longest(insensitive, text, i, true);
      Hit<V> b = longest(sensitive, text, i, false);
      // An acronym written as such beats a case-insensitive alias of the same length.
      Hit<V> best = a == null ? b : b == null || a.end() > b.end() ? a : b;
      if (best == null) {
        i++;
      } else {
        out.add(best);
        i = best.end();
      }
    }
    return out;
  }

  private static boolean wordStart(String text, int i) {
    char c = text.charAt(i);
    if (Character.isWhitespace(c)) {
      return false;
    }
    // "army-escorted": no mention of the army, and no alias starts inside a word.
    return i == 0 || !wordChar(text.charAt(i - 1)) && text.charAt(i - 1) != '-';
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static boolean wordEnd(String text, int end) {
    if (end >= text.length()) {
      return true;
    }
    char c = text.charAt(end);
    if (wordChar(c)) {
      return false;
    }
    return c != '-'
        || end + 1 >= text.length()
        || !Character.isLetter(text.charAt(end + 1))
        || HELD.matcher(text).region(end, text.length()).lookingAt();
  }

  // "ISWAP-held villages" mentions ISWAP (in the background); "army-escorted" is no mention.
  private static final java.util.regex.Pattern HELD =
      java.util.regex.Pattern.compile(
          "-(?:held|controlled|occupied|dominated|infested)\\b",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  private static <V> Hit<V> longest(Node<V> root, String text, int start, boolean fold) {
    Node<V> n = root;
    Hit<V> best = null;
    int i = start;
    int len = text.length();
    while (i < len) {
      char c = text.charAt(i);
      int step = 1;
      if (Character.isWhitespace(c)) {
        c = ' ';
        while (i + step < len && Character.isWhitespace(text.charAt(i + step))) {
          step++;
        }
      } else if (c == '’') {
        c = '\'';
      } else if (fold) {
        c = Character.toLowerCase(c);
      }
      n = n.get(c);
      if (n == null) {
        break;
      }
      i += step;
      if (n.value != null && c != ' ' && wordEnd(text, i)) {
        best = new Hit<>(start, i, n.value);
      }
    }
    return best;
  }

  private static String normalise(String alias, boolean fold) {
    StringBuilder sb = new StringBuilder(alias.length());
    boolean space = false;
    for (int i = 0; i < alias.length(); i++) {
      char c = alias.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space && sb.length() > 0) {
        sb.append(' ');
      }
      space = false;
      c = c == '’' ? '\'' : c;
      sb.append(fold ? Character.toLowerCase(c) : c);
    }
    return sb.toString();
  }
}

package org.harmwatch.core.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A mask of withheld strings (names, phone numbers): replaces every occurrence of any of them by
 * {@value #WITHHELD}, whole words only, ignoring case and treating any run of white space as one
 * space, so "Amina Diallo" on two lines is withheld like "amina diallo". Matching walks a trie from
 * each word start, so its cost grows with the text's length, not with the number of strings.
 * Immutable and thread-safe.
 */
public final class WithheldMask {
  /** What a withheld string is replaced by. */
  public static final String WITHHELD = "[withheld]";

  /** The mask that withholds nothing. */
  public static final WithheldMask NONE = new WithheldMask(List.of());

  private static final class Node {
    final Map<Character, Node> next = new HashMap<>();
    boolean end;
  }

  private final Node root = new Node();
  private final int size;

  private WithheldMask(Collection<String> strings) {
    int n = 0;
    for (String s : strings) {
      String key = key(s);
      if (key.isEmpty()) {
        continue;
      }
      Node node = root;
      for (int i = 0; i < key.length(); i++) {
        node = node.next.computeIfAbsent(key.charAt(i), c -> new Node());
      }
      if (!node.end) {
        node.end = true;
        n++;
      }
    }
    this.size = n;
  }

  /** The mask of {@code strings} (blank ones are ignored). */
  public static WithheldMask of(Collection<String> strings) {
    return strings.isEmpty() ? NONE : new WithheldMask(strings);
  }

  /** Whether the mask withholds nothing. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** The number of distinct withheld strings. */
  public int size() {
    return size;
  }

  /** {@code s} with every withheld string replaced; {@code s} itself when none occurs or null. */
  public String mask(String s) {
    if (s == null || size == 0) {
      return s;
    }
    StringBuilder out = null;
    int last = 0;
    int i = 0;
    while (i < s.length()) {
      int end = startsWord(s, i) ? longestMatch(s, i) : -1;
      if (end > i) {
        if (out == null) {
          out = new StringBuilder(s.length());
        }
        out.append(s, last, i).append(WITHHELD);
        last = end;
        i = end;
      } else {
        i++;
      }
    }
    return out == null ? s : out.append(s, last, s.length()).toString();
  }

  /** Whether any withheld string occurs in {@code s}. */
  public boolean occursIn(String s) {
    return s != null && size > 0 && !mask(s).equals(s);
  }

  /**
   * A document's text as a reader who may not see {@code spans} sees it: each span {@code [start,
   * end)} (offsets into {@code text}; those outside it are ignored) replaced, then every withheld
   * string elsewhere.
   */
  public String maskText(String text, List<int[]> spans) {
    if (text == null) {
      return null;
    }
    List<int[]> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(a -> a[0]));
    StringBuilder b = new StringBuilder(text.length());
    int last = 0;
    for (int[] span : sorted) {
      int start = Math.max(span[0], last);
      int end = Math.min(span[1], text.length());
      if (start >= end) {
        continue;
      }
      b.append(text, last, start).append(WITHHELD);
      last = end;
    }
    b.append(text, last, text.length());
    return mask(b.toString());
  }

  private int longestMatch(String s, int from) {
    Node node = root;
    int best = -1;
    int j = from;
    while (j < s.length() && node != null) {
      char c = s.charAt(j);
      if (Character.isWhitespace(c)) {
        while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
          j++;
        }
        node = node.next.get(' ');
      } else {
        node = node.next.get(fold(c));
        j++;
      }
      if (node != null && node.end && endsWord(s, j)) {
        best = j;
      }
    }
    return best;
  }

  private static boolean startsWord(String s, int i) {
    return i == 0 || !wordChar(s.charAt(i)) || !wordChar(s.charAt(i - 1));
  }

  private static boolean endsWord(String s, int j) {
    return j == s.length() || !wordChar(s.charAt(j)) || !wordChar(s.charAt(j - 1));
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  // One UTF-16 unit for one: the matched length in the text is the walked length.
  private static char fold(char c) {
    return c == '\u2019' ? '\'' : Character.toLowerCase(c);
  }

  private static String key(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (char c : s.strip().toCharArray()) {
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(fold(c));
    }
    return b.toString();
  }
}

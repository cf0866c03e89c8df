package org.harmwatch.nlp.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The required strings of every {@link PrefilteredPattern}, in one trie, so that one scan of a text
 * tells which patterns may match it. The extractor runs dozens of patterns over each sentence; each
 * sentence is scanned once, and the answer is remembered for the last text each thread scanned.
 *
 * <p>Thread-safe: patterns register under a lock; a scan that needs a pattern the published trie
 * lacks builds a new one under the same lock and publishes it; a published trie is never changed.
 * Scans keep their results in thread-local state.
 */
final class LiteralIndex {
  /** One node of the trie: sorted keys, their children, and the patterns ending here. */
  private static final class Node {
    char[] keys = new char[0];
    Node[] children = new Node[0];
    int[] ids = new int[0];
    // For nodes with many children: the children indexed by character from {@code low}.
    char low;
    Node[] dense;

    Node child(char c) {
      if (dense != null) {
        int i = c - low;
        return i >= 0 && i < dense.length ? dense[i] : null;
      }
      char[] k = keys;
      if (k.length < 8) {
        for (int i = 0; i < k.length; i++) {
          if (k[i] == c) {
            return children[i];
          }
        }
        return null;
      }
      int i = Arrays.binarySearch(k, c);
      return i < 0 ? null : children[i];
    }

    /** Indexes the children of this node and its descendants by character where they are many. */
    void index() {
      if (keys.length >= 8 && keys[keys.length - 1] - keys[0] < 1024) {
        low = keys[0];
        dense = new Node[keys[keys.length - 1] - low + 1];
        for (int i = 0; i < keys.length; i++) {
          dense[keys[i] - low] = children[i];
        }
      }
      for (Node child : children) {
        child.index();
      }
    }

    Node add(char c) {
      int i = Arrays.binarySearch(keys, c);
      if (i >= 0) {
        return children[i];
      }
      int at = -i - 1;
      char[] k = new char[keys.length + 1];
      Node[] ch = new Node[children.length + 1];
      System.arraycopy(keys, 0, k, 0, at);
      System.arraycopy(children, 0, ch, 0, at);
      k[at] = c;
      ch[at] = new Node();
      System.arraycopy(keys, at, k, at + 1, keys.length - at);
      System.arraycopy(children, at, ch, at + 1, children.length - at);
      keys = k;
      children = ch;
      return ch[at];
    }
  }

  /** An immutable trie of all registered patterns' strings; the root indexed by character. */
  private record Trie(Node[] roots, int patterns) {}

  private static final List<Set<String>> REGISTERED = new ArrayList<>();
  private static volatile Trie trie = new Trie(new Node[0], 0);

  /** What this thread last scanned: the text, the trie it used and the patterns that may match. */
  private static final class Scan {
    String text;
    Trie trie;
    long[] may;
  }

  private static final ThreadLocal<Scan> LAST = ThreadLocal.withInitial(Scan::new);

  private LiteralIndex() {}

  /**
   * Adds a pattern's required (folded) strings; returns the pattern's number. Patterns with the
   * same strings share a number, so compiling the same expressions again (another extractor, a
   * reloaded dictionary) does not grow the index. The trie is built at the first scan that needs
   * the new pattern, not at every registration: a hundred patterns compile at start-up.
   */
  static synchronized int register(Set<String> required) {
    Set<String> set = Set.copyOf(required);
    int known = REGISTERED.indexOf(set);
    if (known >= 0) {
      return known;
    }
    REGISTERED.add(set);
    return REGISTERED.size() - 1;
  }

  /** The trie of every pattern registered so far, built anew when patterns came since. */
  private static synchronized Trie current() {
    if (trie.patterns() == REGISTERED.size()) {
      return trie;
    }
    int max = 0;
    for (Set<String> strings : REGISTERED) {
      for (String s : strings) {
        max = Math.max(max, s.charAt(0));
      }
    }
    Node[] roots = new Node[max + 1];
    for (int id = 0; id < REGISTERED.size(); id++) {
      for (String s : REGISTERED.get(id)) {
        char first = s.charAt(0);
        if (roots[first] == null) {
          roots[first] = new Node();
        }
        Node node = roots[first];
        for (int k = 1; k < s.length(); k++) {
          node = node.add(s.charAt(k));
        }
        // A set's strings are distinct, so no node gets the same pattern twice.
        node.ids = Arrays.copyOf(node.ids, node.ids.length + 1);
        node.ids[node.ids.length - 1] = id;
      }
    }
    for (Node root : roots) {
      if (root != null) {
        root.index();
      }
    }
    trie = new Trie(roots, REGISTERED.size());
    return trie;
  }

  /**
   * Whether the text may contain a match of pattern {@code id}: false when it contains none of the
   * pattern's strings. Texts with a character {@link RequiredLiterals#simple} does not cover may
   * always match.
   */
  static boolean mayMatch(CharSequence text, int id) {
    Trie current = trie;
    if (current.patterns() <= id) {
      current = current();
    }
    if (!(text instanceof String s)) {
      long[] may = scan(text, current);
      return may == null || bit(may, id);
    }
    Scan last = LAST.get();
    if (last.text != s || last.trie != current) {
      last.may = scan(s, current);
      last.text = s;
      last.trie = current;
    }
    return last.may == null || bit(last.may, id);
  }

  private static boolean bit(long[] may, int id) {
    return (may[id >>> 6] & (1L << id)) != 0;
  }

  /** The patterns that may match {@code text}, as bits, or null when all may. */
  private static long[] scan(CharSequence text, Trie current) {
    int n = text.length();
    char[] folded = new char[n];
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (!RequiredLiterals.simple(c)) {
        return null;
      }
      folded[i] = RequiredLiterals.fold(c);
    }
    long[] may = new long[(current.patterns() >>> 6) + 1];
    Node[] roots = current.roots();
    for (int i = 0; i < n; i++) {
      char c = folded[i];
      Node node = c < roots.length ? roots[c] : null;
      for (int k = i + 1; node != null; k++) {
        for (int id : node.ids) {
          may[id >>> 6] |= 1L << id;
        }
        if (k >= n) {
          break;
        }
        node = node.child(folded[k]);
      }
    }
    return may;
  }
}

package org.harmwatch.nlp.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A prefix tree of word phrases, looked up at one position of a text: the phrases that start there,
 * in the order they were added. Letters compare as Unicode case-insensitive regular expressions
 * compare them; a space in a phrase stands for any run of whitespace ({@code \s+}), an apostrophe
 * for either {@code '} or {@code ’}. Built once, then immutable and thread-safe.
 */
final class PhraseTrie {
  /** A phrase found in a text: its number (the order it was added) and where it ends. */
  record Hit(int phrase, int end) {}

  private static final class Node {
    private char[] keys = new char[0];
    private Node[] children = new Node[0];
    // The number of the phrase that ends here, or -1.
    private int phrase = -1;

    Node child(char c) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == c) {
          return children[i];
        }
      }
      return null;
    }

    Node add(char c) {
      Node n = child(c);
      if (n == null) {
        n = new Node();
        keys = Arrays.copyOf(keys, keys.length + 1);
        children = Arrays.copyOf(children, children.length + 1);
        keys[keys.length - 1] = c;
        children[children.length - 1] = n;
      }
      return n;
    }
  }

  private final Node root = new Node();
  private int size;

  /**
   * Adds {@code phrase} and returns its number; a phrase added again keeps its first number.
   *
   * @throws IllegalArgumentException when the phrase is blank or has a space at either end
   */
  int add(String phrase) {
    if (phrase.isBlank() || !phrase.strip().equals(phrase)) {
      throw new IllegalArgumentException("not a phrase: '" + phrase + "'");
    }
    Node n = root;
    boolean space = false;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (isSpace(c)) {
        space = true;
        continue;
      }
      if (space) {
        n = n.add(' ');
        space = false;
      }
      n = n.add(fold(c));
    }
    if (n.phrase < 0) {
      n.phrase = size++;
    }
    return n.phrase;
  }

  /** Whether some phrase starts with the character {@code c} (a quick test before {@link #at}). */
  boolean starts(char c) {
    return root.child(fold(c)) != null;
  }

  /** The phrases that start at {@code start} of {@code text}, in the order they were added. */
  List<Hit> at(CharSequence text, int start) {
    List<Hit> out = new ArrayList<>(2);
    Node n = root;
    int i = start;
    int len = text.length();
    while (i < len) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        n = n.child(' ');
        while (i < len && isSpace(text.charAt(i))) {
          i++;
        }
        // A phrase never ends in a space: what follows must be matched first.
        if (n == null) {
          break;
        }
        continue;
      }
      n = n.child(fold(c));
      if (n == null) {
        break;
      }
      i++;
      if (n.phrase >= 0) {
        out.add(new Hit(n.phrase, i));
      }
    }
    if (out.size() > 1) {
      out.sort((a, b) -> Integer.compare(a.phrase(), b.phrase()));
    }
    return out;
  }

  // The whitespace of \s without UNICODE_CHARACTER_CLASS.
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  // The folding of java.util.regex's CASE_INSENSITIVE | UNICODE_CASE; both apostrophes alike.
  private static char fold(char c) {
    if (c == '’') {
      return '\'';
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }
}

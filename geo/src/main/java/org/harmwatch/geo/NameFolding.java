package org.harmwatch.geo;

import java.text.Normalizer;

/**
 * The folding of {@link Gazetteer#normalize(String)}, one character at a time from a table. A
 * compatibility decomposition (NFKD) decomposes each character on its own and only reorders
 * combining marks, which the folding drops; so folding a text is folding each of its characters and
 * joining the results, and the table spares the normaliser on the gazetteer's accented names and on
 * every word of every document.
 *
 * <p>Immutable and thread-safe.
 */
final class NameFolding {
  // Latin, Greek, Cyrillic, Arabic, Ethiopic... and general punctuation: the names of Africa.
  private static final int TABLE_CHARS = 0x3000;
  // Each character's folding; null for characters left to the normaliser (surrogates, beyond).
  private static final String[] FOLDED = new String[TABLE_CHARS];

  static {
    for (int c = 0; c < TABLE_CHARS; c++) {
      if (!Character.isSurrogate((char) c)) {
        FOLDED[c] = slow(String.valueOf((char) c));
      }
    }
  }

  private NameFolding() {}

  /** The folding of {@code s}: lower-case ASCII letters and digits only. */
  static String fold(String s) {
    if (s == null) {
      return "";
    }
    int n = s.length();
    boolean plain = true;
    for (int i = 0; i < n && plain; i++) {
      char c = s.charAt(i);
      plain = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }
    if (plain) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        sb.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        sb.append((char) (c + 32));
      } else if (c < 128) {
        continue;
      } else if (c < TABLE_CHARS && FOLDED[c] != null) {
        sb.append(FOLDED[c]);
      } else {
        return slow(s);
      }
    }
    return sb.toString();
  }

  /** The folding by the normaliser, for any text: ligatures spelled out, NFKD, marks dropped. */
  static String slow(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      ascii = s.charAt(i) < 128;
    }
    String d = ascii ? s : Normalizer.normalize(foldLigatures(s), Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        sb.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        sb.append((char) (c + 32));
      }
    }
    return sb.toString();
  }

  private static String foldLigatures(String s) {
    return s.replace("ß", "ss")
        .replace("æ", "ae")
        .replace("Æ", "ae")
        .replace("œ", "oe")
        .replace("Œ", "oe")
        .replace("ø", "o")
        .replace("Ø", "o")
        .replace("ł", "l")
        .replace("Ł", "l")
        .replace("đ", "d")
        .replace("Đ", "d")
        .replace("ı", "i");
  }
}

package org.harmwatch.link;

import java.text.Normalizer;
import java.util.Locale;

/** The accent and case folding the linker compares texts by: "Ségou" and "SEGOU" both "segou". */
final class Folding {
  private Folding() {}

  /** {@code s} in lower case with accents and other combining marks removed. */
  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }
}

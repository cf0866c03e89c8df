package org.harmwatch.geo;

/**
 * Place names that differ by one vowel ("Ogossagou" and "Ogossogou"), the usual drift between
 * French and English transliterations: a name's skeleton (its first letter, then its consonants)
 * groups the candidates, and {@link #oneVowelApart} checks each.
 */
final class VowelVariants {
  private VowelVariants() {}

  /** The key's first letter followed by its letters that are not vowels. */
  static String skeleton(String key) {
    StringBuilder sb = new StringBuilder(key.length());
    sb.append(key.charAt(0));
    for (int i = 1; i < key.length(); i++) {
      if ("aeiouy".indexOf(key.charAt(i)) < 0) {
        sb.append(key.charAt(i));
      }
    }
    return sb.toString();
  }

  /**
   * Whether two keys of equal skeleton differ only by one vowel substituted or inserted; equal keys
   * do not.
   */
  static boolean oneVowelApart(String a, String b) {
    if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    int j = a.length() - 1;
    int k = b.length() - 1;
    while (j >= i && k >= i && a.charAt(j) == b.charAt(k)) {
      j--;
      k--;
    }
    return j - i < 1 && k - i < 1;
  }
}

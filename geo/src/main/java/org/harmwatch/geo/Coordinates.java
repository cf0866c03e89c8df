package org.harmwatch.geo;

/** The gazetteer's coordinate column reader: degrees as written to units of 1e-5 degrees. */
final class Coordinates {
  private Coordinates() {}

  /**
   * {@code s} in units of 1e-5 degrees, as {@code Math.round(Double.parseDouble(s) * 1e5)}; {@link
   * Integer#MIN_VALUE} when empty. Up to five decimals are read as digits, which is what rounding
   * the parsed double gives and several times faster; other forms are parsed.
   */
  static int e5(String s) {
    if (s.isEmpty()) {
      return Integer.MIN_VALUE;
    }
    int i = s.charAt(0) == '-' ? 1 : 0;
    int start = i;
    long units = 0;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - start < 4) {
      units = units * 10 + (s.charAt(i++) - '0');
    }
    int decimals = 0;
    if (i > start && i < s.length() && s.charAt(i) == '.') {
      i++;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && decimals < 6) {
        units = units * 10 + (s.charAt(i++) - '0');
        decimals++;
      }
    }
    if (i == start || i < s.length() || decimals > 5) {
      return (int) Math.round(Double.parseDouble(s) * 1e5);
    }
    for (; decimals < 5; decimals++) {
      units *= 10;
    }
    return (int) (start == 1 ? -units : units);
  }
}

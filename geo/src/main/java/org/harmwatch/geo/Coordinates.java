package org.harmwatch.geo;

/** The gazetteer's coordinate column reader: degrees as written to units of 1e-5 degrees. */
final class Coordinates {
  private Coordinates() {}

  /**
   * The distance in km between two points given in units of 1e-5 degrees, on the flat projection
   * about their mean latitude: close enough at the few tens of km it is used for.
   */
  static double km(int lat1E5, int lon1E5, int lat2E5, int lon2E5) {
    double meanLat = Math.toRadians((lat1E5 + (double) lat2E5) / 2e5);
    double dLat = (lat2E5 - (double) lat1E5) / 1e5;
    double dLon = (lon2E5 - (double) lon1E5) / 1e5 * Math.cos(meanLat);
    return Math.sqrt(dLat * dLat + dLon * dLon) * 111.195;
  }

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

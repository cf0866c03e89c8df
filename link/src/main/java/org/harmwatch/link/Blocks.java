package org.harmwatch.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The blocking of a {@link Linker} run: which pairs of incidents are worth scoring. Immutable after
 * construction; {@link #candidates} may be called from many threads.
 *
 * <p><b>Sharp</b> incidents (a place with coordinates, a day-precision date spanning at most
 * {@value #SHARP_SPAN} days) are indexed by spatial grid cell ({@value #CELL_DEGREES}°) and start
 * day, in one sorted array of packed keys. A sharp incident is compared with the sharp incidents of
 * its own and the 8 neighbouring cells (so every place within 50 km, the linker's veto distance, is
 * covered) whose start day lies from {@value #SHARP_SPAN} + 2 days before its start to 2 days after
 * its end (the linker's day tolerance). Cost per incident is the local density, so the total grows
 * linearly with N at a given density.
 *
 * <p><b>Blurry</b> incidents (no coordinates, region or division precision, week/month/year dates,
 * or no date: then the week before publication) are indexed by country and start week, and each is
 * compared with every incident (sharp or blurry) of its country, or of any country when it has
 * none, and with those without a country, whose start week lies from 3 weeks before its start to 2
 * weeks after its end; these windows cover every pair the linker's date tolerances (at most 14
 * days) can accept.
 *
 * <p>Each pair is offered once: from the incident whose search finds the other, and from the
 * smaller index when both searches find each other.
 */
final class Blocks {
  static final double CELL_DEGREES = 0.5;
  static final int SHARP_SPAN = 6;
  static final int DAY_TOLERANCE = 2;
  private static final int OFFSET = 2048;
  private static final long DAY_OFFSET = 1L << 30;

  private final int n;
  private final boolean[] sharp;
  private final int[] cellLat;
  private final int[] cellLon;
  private final long[] startDay;
  private final long[] endDay;
  private final long[] keys; // sorted packed keys of the sharp incidents
  private final int[] keyItem; // the incident of each key
  private final String[] country;
  private final int[] week;
  private final int[] lo;
  private final int[] hi;
  private final boolean[] blurryItem;
  private final Map<String, Map<Integer, int[]>> byCountryWeek;

  Blocks(List<LinkInput> items) {
    n = items.size();
    sharp = new boolean[n];
    cellLat = new int[n];
    cellLon = new int[n];
    startDay = new long[n];
    endDay = new long[n];
    country = new String[n];
    week = new int[n];
    lo = new int[n];
    hi = new int[n];
    blurryItem = new boolean[n];
    Map<String, Map<Integer, List<Integer>>> lists = new HashMap<>();
    int sharpCount = 0;
    for (int i = 0; i < n; i++) {
      Blocking.Extent x = Blocking.extent(items.get(i));
      country[i] = x.country();
      startDay[i] = x.startDay();
      endDay[i] = x.endDay();
      sharp[i] = x.sharp();
      if (sharp[i]) {
        cellLat[i] = x.cellLat();
        cellLon[i] = x.cellLon();
        sharpCount++;
      } else {
        blurryItem[i] = true;
      }
      week[i] = x.startWeek();
      lo[i] = x.startWeek() - 3;
      hi[i] = x.endWeek() + 2;
      lists
          .computeIfAbsent(country[i], k -> new HashMap<>())
          .computeIfAbsent(week[i], k -> new ArrayList<>())
          .add(i);
    }
    byCountryWeek = new HashMap<>();
    lists.forEach(
        (c, weeks) -> {
          Map<Integer, int[]> m = new HashMap<>();
          weeks.forEach((w, l) -> m.put(w, l.stream().mapToInt(Integer::intValue).toArray()));
          byCountryWeek.put(c, m);
        });
    long[][] pairs = new long[sharpCount][];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (sharp[i]) {
        pairs[k++] = new long[] {key(cellLat[i], cellLon[i], startDay[i]), i};
      }
    }
    Arrays.sort(
        pairs, (x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
    keys = new long[sharpCount];
    keyItem = new int[sharpCount];
    for (int j = 0; j < sharpCount; j++) {
      keys[j] = pairs[j][0];
      keyItem[j] = (int) pairs[j][1];
    }
  }

  /**
   * Offers to {@code pair} every incident {@code j} that incident {@code i} is to be scored with.
   */
  void candidates(int i, IntConsumer pair) {
    if (sharp[i]) {
      for (int dLat = -1; dLat <= 1; dLat++) {
        for (int dLon = -1; dLon <= 1; dLon++) {
          long from =
              key(cellLat[i] + dLat, cellLon[i] + dLon, startDay[i] - SHARP_SPAN - DAY_TOLERANCE);
          long to = key(cellLat[i] + dLat, cellLon[i] + dLon, endDay[i] + DAY_TOLERANCE);
          for (int p = lowerBound(from); p < keys.length && keys[p] <= to; p++) {
            int j = keyItem[p];
            if (j != i && !(j < i && sharpFinds(j, i))) {
              pair.accept(j);
            }
          }
        }
      }
      return;
    }
    // An incident without a country may match one of any country; others search their own
    // country and those without one.
    if (country[i].isEmpty()) {
      List<String> all = new ArrayList<>(byCountryWeek.keySet());
      all.sort(null);
      for (String c : all) {
        scanWeeks(i, byCountryWeek.get(c), pair);
      }
    } else {
      scanWeeks(i, byCountryWeek.get(country[i]), pair);
      Map<Integer, int[]> none = byCountryWeek.get("");
      if (none != null) {
        scanWeeks(i, none, pair);
      }
    }
  }

  private void scanWeeks(int i, Map<Integer, int[]> weeks, IntConsumer pair) {
    for (int w = lo[i]; w <= hi[i]; w++) {
      int[] js = weeks.get(w);
      if (js == null) {
        continue;
      }
      for (int j : js) {
        if (j == i) {
          continue;
        }
        // A sharp j never searches blurry incidents, so the pair is offered from i; two blurry
        // incidents that find each other are offered from the smaller index.
        if (blurryItem[j] && j < i && week[i] >= lo[j] && week[i] <= hi[j]) {
          continue;
        }
        pair.accept(j);
      }
    }
  }

  // Whether sharp incident j's own search finds sharp incident i (neighbouring cells are
  // symmetric, so only the days matter).
  private boolean sharpFinds(int j, int i) {
    if (!sharp[j] || !sharp[i]) {
      return false;
    }
    return startDay[i] >= startDay[j] - SHARP_SPAN - DAY_TOLERANCE
        && startDay[i] <= endDay[j] + DAY_TOLERANCE;
  }

  private int lowerBound(long key) {
    int a = 0;
    int b = keys.length;
    while (a < b) {
      int m = (a + b) >>> 1;
      if (keys[m] < key) {
        a = m + 1;
      } else {
        b = m;
      }
    }
    return a;
  }

  private static long key(int lat, int lon, long day) {
    return ((long) (lat + OFFSET) << 44) | ((long) (lon + OFFSET) << 32) | (day + DAY_OFFSET);
  }
}

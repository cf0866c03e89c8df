package org.harmwatch.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.harmwatch.core.directory.PlaceDirectory;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.store.BoundingBox;

/**
 * The {@link PlaceDirectory} over a {@link Gazetteer}: look-ups by name prefix by a scan of the
 * gazetteer's name keys, and nearest places by a scan of every row. Places carry coordinates,
 * divisions and countries do not, as in resolution. Thread-safe.
 */
public final class GazetteerDirectory implements PlaceDirectory {
  private static final int MAX_ROWS_SCANNED = 5000;

  private final Gazetteer gazetteer;

  public GazetteerDirectory(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public List<Location> search(String text, String countryCode, int limit) {
    String key = Gazetteer.normalize(text);
    if (key.isEmpty() || limit < 1) {
      return List.of();
    }
    String country = countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT);
    // The exact name first, then one pass over the keys: no index to build, a few ms a search.
    Set<Integer> rows = new LinkedHashSet<>();
    for (int row : gazetteer.rowsByKey().getOrDefault(key, new int[0])) {
      rows.add(row);
    }
    for (Map.Entry<String, int[]> e : gazetteer.rowsByKey().entrySet()) {
      if (rows.size() >= MAX_ROWS_SCANNED) {
        break;
      }
      if (e.getKey().startsWith(key)) {
        for (int row : e.getValue()) {
          rows.add(row);
        }
      }
    }
    List<Gazetteer.Entry> found = new ArrayList<>();
    for (int row : rows) {
      Gazetteer.Entry e = gazetteer.entry(row);
      if (country == null || country.equals(e.countryCode())) {
        found.add(e);
      }
    }
    found.sort(
        Comparator.comparing((Gazetteer.Entry e) -> !Gazetteer.normalize(e.name()).equals(key))
            .thenComparing(e -> e.kind() == Gazetteer.Kind.PLACE && !e.isPopulatedPlace())
            .thenComparing(Comparator.comparingInt(Gazetteer.Entry::population).reversed())
            .thenComparing(Gazetteer.Entry::name));
    return found.stream().limit(limit).map(GazetteerDirectory::location).toList();
  }

  @Override
  public List<Location> near(double lat, double lon, int limit) {
    if (limit < 1) {
      return List.of();
    }
    double scale = Math.cos(Math.toRadians(lat));
    // The farthest of the nearest rows kept at the head, so each closer row replaces it.
    PriorityQueue<double[]> nearest =
        new PriorityQueue<>(Comparator.comparingDouble((double[] r) -> r[0]).reversed());
    for (int i = 0; i < gazetteer.size(); i++) {
      Gazetteer.Entry e = gazetteer.entry(i);
      if (e.lat() == null || !e.isPopulatedPlace()) {
        continue;
      }
      double dLat = e.lat() - lat;
      double dLon = (e.lon() - lon) * scale;
      double d = dLat * dLat + dLon * dLon;
      if (nearest.size() < limit) {
        nearest.add(new double[] {d, i});
      } else if (d < nearest.peek()[0]) {
        nearest.poll();
        nearest.add(new double[] {d, i});
      }
    }
    List<double[]> ordered = new ArrayList<>(nearest);
    ordered.sort(Comparator.comparingDouble(r -> r[0]));
    return ordered.stream().map(r -> location(gazetteer.entry((int) r[1]))).toList();
  }

  @Override
  public List<Location> largestIn(BoundingBox box, int limit) {
    if (limit < 1) {
      return List.of();
    }
    // The least populous of the largest rows kept at the head, so each larger row replaces it.
    PriorityQueue<Integer> largest =
        new PriorityQueue<>(
            Comparator.comparingInt((Integer i) -> gazetteer.entry(i).population())
                .thenComparing(Comparator.reverseOrder()));
    for (int i = 0; i < gazetteer.size(); i++) {
      Gazetteer.Entry e = gazetteer.entry(i);
      if (e.lat() == null || !e.isPopulatedPlace() || !box.contains(e.lat(), e.lon())) {
        continue;
      }
      if (largest.size() < limit) {
        largest.add(i);
      } else if (e.population() > gazetteer.entry(largest.peek()).population()) {
        largest.poll();
        largest.add(i);
      }
    }
    List<Integer> ordered = new ArrayList<>(largest);
    ordered.sort(
        Comparator.comparingInt((Integer i) -> gazetteer.entry(i).population())
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    return ordered.stream().map(i -> location(gazetteer.entry(i))).toList();
  }

  private static Location location(Gazetteer.Entry e) {
    LocationPrecision precision =
        switch (e.kind()) {
          case COUNTRY -> LocationPrecision.COUNTRY;
          case ADMIN1 -> LocationPrecision.ADMIN1;
          case ADMIN2 -> LocationPrecision.ADMIN2;
          case PLACE -> LocationPrecision.PLACE;
        };
    boolean point = precision == LocationPrecision.PLACE && e.lat() != null;
    String admin1 = blankToNull(e.admin1());
    if (precision == LocationPrecision.ADMIN1 && admin1 == null) {
      admin1 = e.name();
    }
    return new Location(
        e.name(),
        e.countryCode(),
        precision == LocationPrecision.COUNTRY ? null : admin1,
        precision == LocationPrecision.PLACE || precision == LocationPrecision.ADMIN2
            ? blankToNull(e.admin2())
            : null,
        point ? e.lat() : null,
        point ? e.lon() : null,
        precision,
        e.geonamesId(),
        null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}

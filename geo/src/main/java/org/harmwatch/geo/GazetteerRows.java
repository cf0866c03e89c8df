package org.harmwatch.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.harmwatch.core.geo.CountryProfile;
import org.harmwatch.core.geo.CountryProfiles;

/**
 * The rows of a {@link Gazetteer} as they are read from the build script's gzipped TSV files, in
 * growing parallel columns with the name indexes. Not thread-safe; used only while loading.
 */
final class GazetteerRows {
  String version = "";
  int size;
  String[] sourceId = new String[200_000];
  String[] name = new String[200_000];
  int[] latE5 = new int[200_000];
  int[] lonE5 = new int[200_000];
  byte[] kind = new byte[200_000];
  String[] featureCode = new String[200_000];
  String[] country = new String[200_000];
  String[] admin1 = new String[200_000];
  String[] admin2 = new String[200_000];
  int[] population = new int[200_000];
  final Map<String, int[]> byName = new HashMap<>(1 << 20);
  final Map<String, Integer> countryByCode = new HashMap<>();
  final Map<String, String> countryNames = new LinkedHashMap<>();
  // Interning the repetitive columns saves most of their memory.
  final Map<String, String> pool = new HashMap<>();
  // The last value interned in each column: rows come sorted, so most repeat the row before.
  final String[] lastInterned = new String[4];
  final Map<String, int[]> bySkeleton = new HashMap<>();
  final java.util.Set<String> villageCountries = villageCountries();
  final List<String> divisionKeys = new ArrayList<>();
  final List<Integer> divisionRows = new ArrayList<>();

  void read(InputStream raw) throws IOException {
    BufferedReader r =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8),
            1 << 16);
    String line;
    int lineNo = 0;
    String[] f = new String[13];
    while ((line = r.readLine()) != null) {
      lineNo++;
      if (line.startsWith("#")) {
        if (version.isEmpty()) {
          int tab = line.indexOf('\t');
          version = tab < 0 ? line.substring(1) : line.substring(1, tab);
        }
        continue;
      }
      if (split(line, f) < 12) {
        throw new IOException("gazetteer line " + lineNo + " has too few columns: " + line);
      }
      add(f);
    }
  }

  private static int split(String line, String[] out) {
    int n = 0;
    int start = 0;
    while (n < out.length) {
      int tab = line.indexOf('\t', start);
      if (tab < 0) {
        out[n++] = line.substring(start);
        break;
      }
      out[n++] = line.substring(start, tab);
      start = tab + 1;
    }
    for (int i = n; i < out.length; i++) {
      out[i] = "";
    }
    return n;
  }

  private void add(String[] f) {
    if (size == name.length) {
      grow();
    }
    int i = size++;
    sourceId[i] = f[0];
    name[i] = f[1];
    latE5[i] = Coordinates.e5(f[4]);
    lonE5[i] = Coordinates.e5(f[5]);
    Gazetteer.Kind k = Gazetteer.Kind.valueOf(f[6].toUpperCase(Locale.ROOT));
    kind[i] = (byte) k.ordinal();
    featureCode[i] = intern(f[7], 0);
    country[i] = intern(f[8], 1);
    admin1[i] = intern(f[9], 2);
    admin2[i] = intern(f[10], 3);
    population[i] = f[11].isEmpty() ? 0 : (int) Math.min(Integer.MAX_VALUE, Long.parseLong(f[11]));
    boolean division = k == Gazetteer.Kind.ADMIN1 || k == Gazetteer.Kind.ADMIN2;
    String key = index(f[1], i, division);
    if (!f[2].equals(f[1])) {
      index(f[2], i, division);
    }
    if (!f[3].isEmpty()) {
      for (String alt : f[3].split("\\|")) {
        index(alt, i, division);
      }
    }
    addSkeleton(key, i);
    if (k == Gazetteer.Kind.COUNTRY) {
      countryByCode.put(f[8], i);
      countryNames.put(NameFolding.fold(f[1]), f[8]);
      for (String alt : f[3].split("\\|")) {
        countryNames.putIfAbsent(NameFolding.fold(alt), f[8]);
      }
      if (!f[12].isEmpty()) {
        for (String demonym : f[12].split("\\|")) {
          countryNames.putIfAbsent(NameFolding.fold(demonym), f[8]);
        }
      }
    }
  }

  // Returns the key; a division's new (key, row) is also kept for the division tables.
  private String index(String anyName, int i, boolean division) {
    String key = NameFolding.fold(anyName);
    if (key.isEmpty()) {
      return key;
    }
    int[] old = byName.get(key);
    if (old == null) {
      byName.put(key, new int[] {i});
    } else if (old[old.length - 1] != i) {
      int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
      grown[old.length] = i;
      byName.put(key, grown);
    } else {
      return key;
    }
    if (division) {
      divisionKeys.add(key);
      divisionRows.add(i);
    }
    return key;
  }

  private static java.util.Set<String> villageCountries() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (CountryProfile p : CountryProfiles.bundled().all()) {
      if (p.villageData()) {
        out.add(p.iso2());
      }
    }
    return out;
  }

  // Populated places of the countries with village data, by the skeleton of their name's key.
  private void addSkeleton(String key, int i) {
    boolean village = villageCountries.contains(country[i]);
    boolean populated =
        kind[i] == Gazetteer.Kind.PLACE.ordinal()
            && (featureCode[i].startsWith("P.") || featureCode[i].startsWith("OSM."));
    if (village && populated && key.length() >= 5) {
      bySkeleton.merge(
          VowelVariants.skeleton(key),
          new int[] {i},
          (a, b) -> {
            int[] c = java.util.Arrays.copyOf(a, a.length + 1);
            c[a.length] = b[0];
            return c;
          });
    }
  }

  // A place without a first-level division (OpenStreetMap rows near a border, copied to both
  // countries, often have none) within this distance of a place of its country that has one.
  private static final double NEAREST_DIVISION_KM = 25;
  // Grid cells of a quarter degree (about 28 km), so that a search looks at 3 × 3 cells.
  private static final int CELL_E5 = 25_000;

  /**
   * Gives a place row without a first-level division that of the nearest place row of its country
   * that has one, within {@value #NEAREST_DIVISION_KM} km: a border village the map copied to both
   * countries is still placed in a division of each. Rows farther from any are left as they are: a
   * guess is worse than nothing.
   */
  void fillDivisions() {
    int placeKind = Gazetteer.Kind.PLACE.ordinal();
    Map<String, List<Integer>> cells = new HashMap<>();
    for (int i = 0; i < size; i++) {
      if (kind[i] == placeKind && !admin1[i].isEmpty() && latE5[i] != Integer.MIN_VALUE) {
        cells
            .computeIfAbsent(cell(country[i], latE5[i], lonE5[i], 0, 0), k -> new ArrayList<>())
            .add(i);
      }
    }
    for (int i = 0; i < size; i++) {
      if (kind[i] != placeKind
          || !admin1[i].isEmpty()
          || country[i].isEmpty()
          || latE5[i] == Integer.MIN_VALUE) {
        continue;
      }
      int best = -1;
      double bestKm = NEAREST_DIVISION_KM;
      for (int dLat = -1; dLat <= 1; dLat++) {
        for (int dLon = -1; dLon <= 1; dLon++) {
          for (int j :
              cells.getOrDefault(cell(country[i], latE5[i], lonE5[i], dLat, dLon), List.of())) {
            double km = Coordinates.km(latE5[i], lonE5[i], latE5[j], lonE5[j]);
            if (km <= bestKm) {
              bestKm = km;
              best = j;
            }
          }
        }
      }
      if (best >= 0) {
        admin1[i] = admin1[best];
      }
    }
  }

  private static String cell(String cc, int latE5, int lonE5, int dLat, int dLon) {
    return cc
        + "|"
        + (Math.floorDiv(latE5, CELL_E5) + dLat)
        + "|"
        + (Math.floorDiv(lonE5, CELL_E5) + dLon);
  }

  private String intern(String s, int column) {
    String last = lastInterned[column];
    if (s.equals(last)) {
      return last;
    }
    String pooled = pool.computeIfAbsent(s, x -> x);
    lastInterned[column] = pooled;
    return pooled;
  }

  private void grow() {
    int n = name.length * 2;
    sourceId = java.util.Arrays.copyOf(sourceId, n);
    name = java.util.Arrays.copyOf(name, n);
    latE5 = java.util.Arrays.copyOf(latE5, n);
    lonE5 = java.util.Arrays.copyOf(lonE5, n);
    kind = java.util.Arrays.copyOf(kind, n);
    featureCode = java.util.Arrays.copyOf(featureCode, n);
    country = java.util.Arrays.copyOf(country, n);
    admin1 = java.util.Arrays.copyOf(admin1, n);
    admin2 = java.util.Arrays.copyOf(admin2, n);
    population = java.util.Arrays.copyOf(population, n);
  }
}

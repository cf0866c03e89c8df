package org.harmwatch.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.harmwatch.core.geo.CountryProfile;

/**
 * The in-memory gazetteer: countries, first- and second-level divisions and places read from the
 * resources that {@code tools/geo/build-gazetteer.py} builds, indexed by normalised name (see
 * {@link #normalize(String)}). Columns are held in parallel arrays and entries are materialised on
 * lookup, which keeps ~190k rows and ~500k names in well under 200 MB.
 *
 * <p>Immutable once loaded and safe for concurrent use.
 */
public final class Gazetteer {
  /** The GeoNames/GeoNames-derived rows (CC BY 4.0, Natural Earth public domain, WOF CC0). */
  public static final String MAIN_RESOURCE = "/org/harmwatch/geo/gazetteer.tsv.gz";

  /** OpenStreetMap villages that GeoNames lacks (ODbL 1.0); kept apart for the licence. */
  public static final String OSM_RESOURCE = "/org/harmwatch/geo/gazetteer-osm.tsv.gz";

  /** What a gazetteer row stands for. */
  public enum Kind {
    COUNTRY,
    ADMIN1,
    ADMIN2,
    PLACE
  }

  /**
   * One gazetteer row. {@code geonamesId} is null for rows from other sources (then {@code
   * sourceId} says which, e.g. {@code osm:node/123}); {@code lat}/{@code lon} are null when the
   * source has no point (two new Malian regions); {@code admin1}/{@code admin2} are official
   * GeoNames names or empty when unknown; {@code featureCode} is GeoNames' {@code class.code}
   * ({@code P.PPL}, {@code H.WLL}...), {@code OSM.village} or {@code WOF.locality}.
   */
  public record Entry(
      String sourceId,
      Long geonamesId,
      String name,
      Double lat,
      Double lon,
      Kind kind,
      String featureCode,
      String countryCode,
      String admin1,
      String admin2,
      int population) {
    /** Whether this is a populated place (GeoNames class P, an OSM settlement, a WOF locality). */
    public boolean isPopulatedPlace() {
      return kind == Kind.PLACE
          && (featureCode.startsWith("P.")
              || featureCode.startsWith("WOF.")
              || (featureCode.startsWith("OSM.") && !featureCode.equals("OSM.locality")));
    }
  }

  private static final int[] NONE = new int[0];

  private final String version;
  private final String[] sourceId;
  private final String[] name;
  private final int[] latE5;
  private final int[] lonE5;
  private final byte[] kind;
  private final String[] featureCode;
  private final String[] country;
  private final String[] admin1;
  private final String[] admin2;
  private final int[] population;
  private final Map<String, int[]> byName;
  private final Map<String, int[]> bySkeleton;
  // Every (name key, row) of the first- and second-level divisions, in row order: the division
  // tables are read from these instead of from every key of byName.
  private final String[] divisionKeys;
  private final int[] divisionRows;
  private final Map<String, Integer> countryByCode;
  private final Map<String, String> countryNames;

  private Gazetteer(GazetteerRows b) {
    b.fillDivisions();
    this.version = b.version;
    int n = b.size;
    this.sourceId = java.util.Arrays.copyOf(b.sourceId, n);
    this.name = java.util.Arrays.copyOf(b.name, n);
    this.latE5 = java.util.Arrays.copyOf(b.latE5, n);
    this.lonE5 = java.util.Arrays.copyOf(b.lonE5, n);
    this.kind = java.util.Arrays.copyOf(b.kind, n);
    this.featureCode = java.util.Arrays.copyOf(b.featureCode, n);
    this.country = java.util.Arrays.copyOf(b.country, n);
    this.admin1 = java.util.Arrays.copyOf(b.admin1, n);
    this.admin2 = java.util.Arrays.copyOf(b.admin2, n);
    this.population = java.util.Arrays.copyOf(b.population, n);
    this.byName = b.byName;
    this.bySkeleton = b.bySkeleton;
    this.divisionKeys = b.divisionKeys.toArray(new String[0]);
    this.divisionRows = b.divisionRows.stream().mapToInt(Integer::intValue).toArray();
    this.countryByCode = Collections.unmodifiableMap(b.countryByCode);
    this.countryNames = Collections.unmodifiableMap(b.countryNames);
  }

  /**
   * The first-level divisions of {@code countries} by every normalised name they bear (official and
   * alternate), mapped to their official name.
   */
  public Map<String, String> admin1NamesIn(java.util.Set<String> countries) {
    Map<String, String> out = new java.util.HashMap<>();
    for (int p = 0; p < divisionRows.length; p++) {
      int row = divisionRows[p];
      if (kind[row] == Kind.ADMIN1.ordinal() && countries.contains(country[row])) {
        out.put(divisionKeys[p], admin1[row].isEmpty() ? name[row] : admin1[row]);
      }
    }
    return out;
  }

  /**
   * The first-level divisions of every country, in one pass: country code to the normalised names
   * its divisions bear (official and alternate), each mapped to its official name.
   */
  public Map<String, Map<String, String>> admin1NamesByCountry() {
    Map<String, Map<String, String>> out = new java.util.HashMap<>();
    for (int p = 0; p < divisionRows.length; p++) {
      int row = divisionRows[p];
      if (kind[row] == Kind.ADMIN1.ordinal()) {
        out.computeIfAbsent(country[row], c -> new java.util.HashMap<>())
            .put(divisionKeys[p], admin1[row].isEmpty() ? name[row] : admin1[row]);
      }
    }
    return out;
  }

  /**
   * The second-level divisions of every country, in one pass: normalised name (official and
   * alternate) to the country code and first-level division of each division that bears it, as
   * "CC|admin1".
   */
  public Map<String, java.util.Set<String>> admin2Names() {
    Map<String, java.util.Set<String>> out = new java.util.HashMap<>();
    for (int p = 0; p < divisionRows.length; p++) {
      int row = divisionRows[p];
      if (kind[row] == Kind.ADMIN2.ordinal()) {
        out.computeIfAbsent(divisionKeys[p], k -> new java.util.HashSet<>())
            .add(country[row] + "|" + admin1[row]);
      }
    }
    return out;
  }

  /** Loads the resources bundled in this module (GeoNames rows plus the OSM supplement). */
  public static Gazetteer loadDefault() {
    GazetteerRows b = new GazetteerRows();
    try (InputStream main = resource(MAIN_RESOURCE);
        InputStream osm = resource(OSM_RESOURCE)) {
      b.read(main);
      b.read(osm);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled gazetteer", e);
    }
    return new Gazetteer(b);
  }

  /**
   * Reads gzip-compressed gazetteer files in the build script's format, in order. The caller closes
   * the streams.
   */
  public static Gazetteer load(List<InputStream> gzippedTsv) throws IOException {
    GazetteerRows b = new GazetteerRows();
    for (InputStream in : gzippedTsv) {
      b.read(in);
    }
    return new Gazetteer(b);
  }

  private static InputStream resource(String path) {
    InputStream in = Gazetteer.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("gazetteer resource missing from the classpath: " + path);
    }
    return in;
  }

  /** The data version, e.g. {@code geonames-africa-2026-12-07}. */
  public String version() {
    return version;
  }

  /** Number of rows. */
  public int size() {
    return name.length;
  }

  /** All rows whose name or an alternate name normalises like {@code anyName}; may be empty. */
  public List<Entry> lookup(String anyName) {
    int[] ids = byName.getOrDefault(normalize(anyName), NONE);
    List<Entry> out = new ArrayList<>(ids.length);
    for (int id : ids) {
      out.add(entry(id));
    }
    return out;
  }

  /**
   * Populated places of the countries with village data ({@link CountryProfile#villageData()})
   * whose name is one edit away from {@code anyName} (at least six letters) where the edit is a
   * vowel ("Ogossagou" finds "Ogossogou"): the usual drift of French and English transliterations.
   * Empty when the name is known exactly.
   */
  public List<Entry> lookupVariants(String anyName) {
    String key = normalize(anyName);
    if (key.length() < 6 || byName.containsKey(key)) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>();
    for (int id : bySkeleton.getOrDefault(VowelVariants.skeleton(key), NONE)) {
      if (VowelVariants.oneVowelApart(key, normalize(name[id]))) {
        out.add(entry(id));
      }
    }
    return out;
  }

  /** Whether some row has this normalised key ({@link #normalize(String)} applied already). */
  public boolean containsKey(String normalizedKey) {
    return byName.containsKey(normalizedKey);
  }

  /** The country row for an ISO 3166-1 alpha-2 code. */
  public Optional<Entry> country(String iso2) {
    Integer i = countryByCode.get(iso2 == null ? "" : iso2.toUpperCase(Locale.ROOT));
    return i == null ? Optional.empty() : Optional.of(entry(i));
  }

  /**
   * Normalised country names and demonyms (English and French) mapped to ISO2 codes, e.g. {@code
   * malien -> ML}, {@code burkinafaso -> BF}.
   */
  public Map<String, String> countryNamesAndDemonyms() {
    return countryNames;
  }

  /** The row at index {@code i}, {@code 0 <= i < size()}. */
  Entry entry(int i) {
    String id = sourceId[i];
    Long gid = isDigits(id) ? Long.valueOf(id) : null;
    Double lat = latE5[i] == Integer.MIN_VALUE ? null : latE5[i] / 1e5;
    Double lon = lonE5[i] == Integer.MIN_VALUE ? null : lonE5[i] / 1e5;
    return new Entry(
        id,
        gid,
        name[i],
        lat,
        lon,
        Kind.values()[kind[i]],
        featureCode[i],
        country[i],
        admin1[i],
        admin2[i],
        population[i]);
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The folding used for every lookup: lower case, accents and other marks stripped, ligatures
   * spelled out, and everything but ASCII letters and digits dropped, so that "Ségou", "SEGOU",
   * "Sobane-Da", "Sobane Da" and "N'Tillit"/"Ntillit" meet.
   */
  public static String normalize(String s) {
    return NameFolding.fold(s);
  }

  /** Every normalised name key (official and alternate names) with the rows bearing it. */
  Map<String, int[]> rowsByKey() {
    return byName;
  }
}

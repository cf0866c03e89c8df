package org.harmwatch.core.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The table of country profiles ({@code countries.tsv}), looked up by ISO code, by any of a
 * country's names or by demonym. One table serves geo and nlp, so a country is added in one place.
 *
 * <p>Immutable and thread-safe.
 */
public final class CountryProfiles {
  /** The bundled table's class-path resource. */
  public static final String RESOURCE = "/org/harmwatch/core/geo/countries.tsv";

  private static final int COLUMNS = 9;
  private static volatile CountryProfiles bundled;

  private final Map<String, CountryProfile> byIso;
  private final Map<String, CountryProfile> byName;
  private final Map<String, CountryProfile> byDemonym;

  private CountryProfiles(List<CountryProfile> profiles) {
    Map<String, CountryProfile> iso = new LinkedHashMap<>();
    Map<String, CountryProfile> names = new HashMap<>();
    Map<String, CountryProfile> demonyms = new HashMap<>();
    for (CountryProfile p : profiles) {
      if (iso.put(p.iso2(), p) != null) {
        throw new IllegalArgumentException("country " + p.iso2() + " appears twice");
      }
      names.put(key(p.name()), p);
      p.otherNames().forEach(n -> names.putIfAbsent(key(n), p));
      p.demonyms().forEach(d -> demonyms.putIfAbsent(key(d), p));
    }
    this.byIso = Collections.unmodifiableMap(iso);
    this.byName = Map.copyOf(names);
    this.byDemonym = Map.copyOf(demonyms);
  }

  /** The bundled table, read once. */
  public static CountryProfiles bundled() {
    CountryProfiles b = bundled;
    if (b == null) {
      synchronized (CountryProfiles.class) {
        b = bundled;
        if (b == null) {
          try (InputStream in = CountryProfiles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("missing class-path resource " + RESOURCE);
            }
            b = read(RESOURCE, in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
          }
          bundled = b;
        }
      }
    }
    return b;
  }

  /**
   * Reads a table in the {@code countries.tsv} layout: a header row, then one row per country;
   * lines starting with {@code #} are comments. Errors name {@code source:line} and the bad value.
   */
  public static CountryProfiles read(String source, InputStream in) throws IOException {
    List<CountryProfile> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    boolean header = true;
    int lineNo = 0;
    for (String line; (line = r.readLine()) != null; ) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length != COLUMNS) {
        throw new IllegalArgumentException(
            source
                + ":"
                + lineNo
                + ": expected "
                + COLUMNS
                + " tab-separated columns, found "
                + c.length);
      }
      String village = c[7].trim();
      if (!village.equals("yes") && !village.equals("no")) {
        throw new IllegalArgumentException(
            source + ":" + lineNo + ": village_data must be yes or no, not '" + village + "'");
      }
      try {
        out.add(
            new CountryProfile(
                c[0].trim(),
                c[1].trim(),
                c[2].trim(),
                c[3].trim(),
                list(c[4]),
                list(c[5]),
                list(c[6]),
                village.equals("yes"),
                Set.copyOf(list(c[8]))));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
    return new CountryProfiles(out);
  }

  /** The profile of the country with ISO code {@code iso2} (any case). */
  public Optional<CountryProfile> get(String iso2) {
    return iso2 == null
        ? Optional.empty()
        : Optional.ofNullable(byIso.get(iso2.toUpperCase(Locale.ROOT)));
  }

  /** The country called {@code name}, by its name or another name, ignoring case and accents. */
  public Optional<CountryProfile> byName(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(byName.get(key(name)));
  }

  /** The country of a demonym ("Malian", "burkinabè"), ignoring case and accents. */
  public Optional<CountryProfile> byDemonym(String demonym) {
    return demonym == null ? Optional.empty() : Optional.ofNullable(byDemonym.get(key(demonym)));
  }

  /** Every profile, in table order. */
  public Collection<CountryProfile> all() {
    return byIso.values();
  }

  /** The ISO codes of the countries where the named coding default applies. */
  public Set<String> withDefault(String codingDefault) {
    Set<String> out = new java.util.TreeSet<>();
    for (CountryProfile p : byIso.values()) {
      if (p.hasDefault(codingDefault)) {
        out.add(p.iso2());
      }
    }
    return Collections.unmodifiableSet(out);
  }

  private static List<String> list(String cell) {
    return Arrays.stream(cell.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** Lower case without accents, so lookups ignore both. */
  static String key(String s) {
    String n = Normalizer.normalize(s.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return n.toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}

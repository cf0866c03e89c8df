package org.harmwatch.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.harmwatch.core.geo.CountryProfile;
import org.harmwatch.core.geo.CountryProfiles;

/**
 * The codes the coded datasets give each African country: ISO 3166-1 numeric (ACLED's {@code iso}),
 * ACLED's region, and the Gleditsch-Ward number (UCDP's {@code country_id}), read from {@code
 * country-codes.tsv}; the country's name comes from core's country profiles. Immutable.
 */
public final class CountryCodes {
  /** The codes of one country; {@code gwCode} is null when the territory has none. */
  public record Codes(
      String iso2, String name, int isoNumeric, String acledRegion, Integer gwCode) {
    /**
     * UCDP's region of the country: Africa for Gleditsch-Ward numbers 400-626, Middle East for
     * 630-699 (so Egypt is in the Middle East, as in UCDP's data); null without a number.
     */
    public String ucdpRegion() {
      if (gwCode == null) {
        return null;
      }
      return gwCode >= 400 && gwCode <= 626
          ? "Africa"
          : gwCode >= 630 && gwCode <= 699 ? "Middle East" : null;
    }
  }

  static final String RESOURCE = "/org/harmwatch/export/country-codes.tsv";
  private static final CountryCodes BUNDLED = load();

  private final Map<String, Codes> byIso2;
  private final Map<String, Codes> byName = new HashMap<>();
  private final Map<Integer, Codes> byIsoNumeric = new HashMap<>();
  private final Map<Integer, Codes> byGw = new HashMap<>();

  private CountryCodes(Map<String, Codes> byIso2) {
    this.byIso2 = Map.copyOf(byIso2);
    for (Codes c : this.byIso2.values()) {
      byName.put(c.name().toLowerCase(java.util.Locale.ROOT), c);
      byIsoNumeric.put(c.isoNumeric(), c);
      if (c.gwCode() != null) {
        byGw.putIfAbsent(c.gwCode(), c);
      }
    }
  }

  /** The codes of the country named {@code name} (core's name, case-insensitive), if any. */
  public Optional<Codes> byName(String name) {
    return name == null
        ? Optional.empty()
        : Optional.ofNullable(byName.get(name.trim().toLowerCase(java.util.Locale.ROOT)));
  }

  /** The codes of the country with ISO 3166-1 numeric code {@code n} (ACLED's iso), if any. */
  public Optional<Codes> byIsoNumeric(int n) {
    return Optional.ofNullable(byIsoNumeric.get(n));
  }

  /** The codes of the country with Gleditsch-Ward number {@code n} (UCDP's country_id), if any. */
  public Optional<Codes> byGwCode(int n) {
    return Optional.ofNullable(byGw.get(n));
  }

  /** The bundled table. */
  public static CountryCodes bundled() {
    return BUNDLED;
  }

  /**
   * The codes of the country {@code iso2} (case-insensitive), empty when it is not in the table.
   */
  public Optional<Codes> get(String iso2) {
    return iso2 == null
        ? Optional.empty()
        : Optional.ofNullable(byIso2.get(iso2.toUpperCase(java.util.Locale.ROOT)));
  }

  /** The number of countries in the table. */
  public int size() {
    return byIso2.size();
  }

  private static CountryCodes load() {
    CountryProfiles profiles = CountryProfiles.bundled();
    Map<String, Codes> map = new HashMap<>();
    try (InputStream in = CountryCodes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 4) {
          throw new IllegalStateException(
              RESOURCE + " line " + n + ": expected 4 tab-separated columns, found " + f.length);
        }
        String iso2 = f[0].trim();
        int lineNo = n;
        String name =
            profiles
                .get(iso2)
                .map(CountryProfile::name)
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            RESOURCE
                                + " line "
                                + lineNo
                                + ": "
                                + iso2
                                + " is not in core's countries.tsv"));
        try {
          map.put(
              iso2,
              new Codes(
                  iso2,
                  name,
                  Integer.parseInt(f[1].trim()),
                  f[2].trim(),
                  f[3].isBlank() ? null : Integer.valueOf(f[3].trim())));
        } catch (NumberFormatException e) {
          throw new IllegalStateException(RESOURCE + " line " + n + ": bad number: " + line, e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new CountryCodes(map);
  }
}

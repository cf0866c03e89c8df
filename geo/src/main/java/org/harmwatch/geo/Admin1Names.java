package org.harmwatch.geo;

import java.util.HashMap;
import java.util.Map;

/**
 * The exchange names of first-level divisions where they differ from the gazetteer's ({@code
 * admin1-names.tsv}): Somalia's regions by their official Somali names ("Shabeellaha Hoose", not
 * "Lower Shabelle"). Only names shown in results change; matching inside the resolver keeps the
 * gazetteer's. Immutable and thread-safe.
 */
final class Admin1Names {
  private static final String RESOURCE = "/org/harmwatch/geo/admin1-names.tsv";
  private static final Map<String, String> BUNDLED = read();

  private Admin1Names() {}

  /** The name to show for division {@code admin1} of country {@code cc}. */
  static String shown(String cc, String admin1) {
    if (admin1 == null || cc == null) {
      return admin1;
    }
    return BUNDLED.getOrDefault(cc + "|" + admin1, admin1);
  }

  private static Map<String, String> read() {
    Map<String, String> out = new HashMap<>();
    CountryCues.read(
        RESOURCE,
        "CC<TAB>gazetteer<TAB>shown",
        c -> c.length == 3 && c[0].matches("[A-Z]{2}") && !c[1].isBlank() && !c[2].isBlank(),
        c -> out.put(c[0] + "|" + c[1].strip(), c[2].strip()));
    return Map.copyOf(out);
  }
}

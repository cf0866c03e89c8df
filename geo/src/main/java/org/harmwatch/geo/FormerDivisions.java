package org.harmwatch.geo;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * First-level divisions that no longer exist, each with the present division that holds it ({@code
 * former-divisions.tsv}): South Sudan's states of 2015–2020 ("Bieh state" lies in Jonglei), which
 * reports of those years name. Keyed by folded name. Immutable and thread-safe.
 */
final class FormerDivisions {
  private static final String RESOURCE = "/org/harmwatch/geo/former-divisions.tsv";
  private static final Map<String, Present> BUNDLED = read();

  /** The present division {@code admin1} (the gazetteer's name) of country {@code cc}. */
  record Present(String cc, String admin1) {}

  private FormerDivisions() {}

  /** The present division that holds the former one named {@code name}, if it is one. */
  static Optional<Present> of(String name) {
    return Optional.ofNullable(BUNDLED.get(Gazetteer.normalize(name)));
  }

  private static Map<String, Present> read() {
    Map<String, Present> out = new HashMap<>();
    CountryCues.read(
        RESOURCE,
        "CC<TAB>former name<TAB>present division",
        c -> c.length == 3 && c[0].matches("[A-Z]{2}") && !c[1].isBlank() && !c[2].isBlank(),
        c -> out.put(Gazetteer.normalize(c[1].strip()), new Present(c[0], c[2].strip())));
    return Map.copyOf(out);
  }
}

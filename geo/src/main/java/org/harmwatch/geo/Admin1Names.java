package org.harmwatch.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

  // Tab-separated rows, '#' lines are comments; a malformed row fails loudly.
  private static Map<String, String> read() {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = Admin1Names.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing class-path resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length != 3 || !c[0].matches("[A-Z]{2}") || c[1].isBlank() || c[2].isBlank()) {
          throw new IllegalStateException(
              RESOURCE
                  + ":"
                  + lineNo
                  + ": expected 'CC<TAB>gazetteer<TAB>shown', found '"
                  + line
                  + "'");
        }
        out.put(c[0] + "|" + c[1].strip(), c[2].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Map.copyOf(out);
  }
}

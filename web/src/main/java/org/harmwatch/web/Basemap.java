package org.harmwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.harmwatch.core.json.ExchangeJson;

/** The offline country borders drawn under a dossier's map. Stateless and thread-safe. */
final class Basemap {
  private Basemap() {}

  /** The outer rings of every country of the bundled GeoJSON, as [lon, lat] points. */
  static List<List<double[]>> countryRings() throws IOException {
    List<List<double[]>> rings = new ArrayList<>();
    try (InputStream in = Basemap.class.getResourceAsStream("/public/basemap/countries.geojson")) {
      if (in == null) {
        return rings;
      }
      JsonNode fc = ExchangeJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      for (JsonNode f : fc.path("features")) {
        JsonNode g = f.path("geometry");
        List<JsonNode> polygons = new ArrayList<>();
        if ("Polygon".equals(g.path("type").asText())) {
          polygons.add(g.path("coordinates"));
        } else if ("MultiPolygon".equals(g.path("type").asText())) {
          g.path("coordinates").forEach(polygons::add);
        }
        for (JsonNode polygon : polygons) {
          JsonNode outer = polygon.path(0);
          List<double[]> ring = new ArrayList<>();
          outer.forEach(p -> ring.add(new double[] {p.path(0).asDouble(), p.path(1).asDouble()}));
          if (ring.size() > 2) {
            rings.add(ring);
          }
        }
      }
    }
    return rings;
  }
}

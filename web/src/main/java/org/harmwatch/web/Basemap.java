package org.harmwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.harmwatch.core.json.ExchangeJson;

/** The offline base layer drawn under a PDF dossier's map. Stateless and thread-safe. */
final class Basemap {
  private Basemap() {}

  /**
   * The rivers (lines) and lakes (outer rings) of the bundled water layer, as [lon, lat] points.
   */
  record Water(List<List<double[]>> rivers, List<List<double[]>> lakes) {}

  /** The outer rings of every country of the bundled GeoJSON, as [lon, lat] points. */
  static List<List<double[]>> countryRings() throws IOException {
    List<List<double[]>> rings = new ArrayList<>();
    for (JsonNode f : features("/public/basemap/countries.geojson")) {
      JsonNode g = f.path("geometry");
      if ("Polygon".equals(g.path("type").asText())) {
        rings.add(points(g.path("coordinates").path(0)));
      } else if ("MultiPolygon".equals(g.path("type").asText())) {
        g.path("coordinates").forEach(polygon -> rings.add(points(polygon.path(0))));
      }
    }
    rings.removeIf(ring -> ring.size() < 3);
    return rings;
  }

  /** The bundled rivers and lakes; empty when the layer is missing. */
  static Water water() throws IOException {
    List<List<double[]>> rivers = new ArrayList<>();
    List<List<double[]>> lakes = new ArrayList<>();
    for (JsonNode f : features("/public/basemap/water.geojson")) {
      JsonNode g = f.path("geometry");
      JsonNode c = g.path("coordinates");
      switch (g.path("type").asText()) {
        case "LineString" -> rivers.add(points(c));
        case "MultiLineString" -> c.forEach(line -> rivers.add(points(line)));
        case "Polygon" -> lakes.add(points(c.path(0)));
        case "MultiPolygon" -> c.forEach(polygon -> lakes.add(points(polygon.path(0))));
        default -> {
          // Points and collections are not drawn.
        }
      }
    }
    rivers.removeIf(line -> line.size() < 2);
    lakes.removeIf(ring -> ring.size() < 3);
    return new Water(rivers, lakes);
  }

  /**
   * Draws the countries (in the stream's current colours), then the lakes and rivers, onto a map
   * whose page coordinates are {@code x(lon)} and {@code y(lat)}.
   */
  static void draw(PDPageContentStream out, DoubleUnaryOperator x, DoubleUnaryOperator y)
      throws IOException {
    for (List<double[]> ring : countryRings()) {
      trace(out, ring, x, y, true);
    }
    out.fillAndStroke();
    Water water = water();
    out.setStrokingColor(new Color(0x7fa7c9));
    out.setNonStrokingColor(new Color(0xc6dcee));
    for (List<double[]> lake : water.lakes()) {
      trace(out, lake, x, y, true);
    }
    out.fillAndStroke();
    for (List<double[]> river : water.rivers()) {
      trace(out, river, x, y, false);
    }
    out.stroke();
  }

  // One line of [lon, lat] points on the page, closed for a ring.
  private static void trace(
      PDPageContentStream out,
      List<double[]> points,
      DoubleUnaryOperator x,
      DoubleUnaryOperator y,
      boolean ring)
      throws IOException {
    for (int i = 0; i < points.size(); i++) {
      float px = (float) x.applyAsDouble(points.get(i)[0]);
      float py = (float) y.applyAsDouble(points.get(i)[1]);
      if (i == 0) {
        out.moveTo(px, py);
      } else {
        out.lineTo(px, py);
      }
    }
    if (ring) {
      out.closePath();
    }
  }

  private static JsonNode features(String resource) throws IOException {
    try (InputStream in = Basemap.class.getResourceAsStream(resource)) {
      if (in == null) {
        return ExchangeJson.mapper().createArrayNode();
      }
      return ExchangeJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .path("features");
    }
  }

  private static List<double[]> points(JsonNode coordinates) {
    List<double[]> out = new ArrayList<>();
    coordinates.forEach(p -> out.add(new double[] {p.path(0).asDouble(), p.path(1).asDouble()}));
    return out;
  }
}

package org.harmwatch.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.harmwatch.core.corroboration.Corroboration;
import org.harmwatch.core.directory.PlaceDirectory;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.store.BoundingBox;
import org.harmwatch.core.store.IncidentStore;

/**
 * What the correction forms need: the gazetteer by name ({@code /api/gazetteer/search}) and by a
 * point of the map ({@code /api/gazetteer/near}) and every source's word-level evidence ({@code
 * /api/incidents/{id}/evidence}); actors come from {@code /api/actors} ({@link FindingApi}).
 * Thread-safe: holds only thread-safe directories and stores.
 */
public final class CorrectionApi implements ApiModule {
  private static final int MAX_RESULTS = 50;

  private final PlaceDirectory places;
  private final IncidentStore store;
  private final SourceEvidence sources;

  /** The look-ups over {@code places}, the evidence of {@code store}'s sources. */
  public CorrectionApi(
      PlaceDirectory places, IncidentStore store, Optional<Corroboration> corroboration) {
    this.places = Objects.requireNonNull(places, "places");
    this.store = Objects.requireNonNull(store, "store");
    this.sources = new SourceEvidence(store, corroboration);
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/api/gazetteer/search", Access.VIEWER, this::searchPlaces),
        ApiRoute.get("/api/gazetteer/near", Access.VIEWER, this::nearPlaces),
        ApiRoute.get("/api/gazetteer/largest", Access.VIEWER, this::largestPlaces),
        ApiRoute.get("/api/incidents/{id}/evidence", Access.VIEWER, this::evidence));
  }

  /** {@code GET /api/gazetteer/search?q=text[&country=ML][&limit=10]}. */
  private void searchPlaces(Context ctx) {
    String q = required(ctx, "q");
    String country = country(ctx);
    int limit = QueryParameters.integer(ctx, "limit", 10, 1, MAX_RESULTS);
    sendPlaces(ctx, places.search(q, country, limit));
  }

  /** {@code GET /api/gazetteer/near?lat=14.5&lon=-4.2[&limit=5]}. */
  private void nearPlaces(Context ctx) {
    double lat = coordinate(ctx, "lat", 90);
    double lon = coordinate(ctx, "lon", 180);
    int limit = QueryParameters.integer(ctx, "limit", 5, 1, MAX_RESULTS);
    sendPlaces(ctx, places.near(lat, lon, limit));
  }

  /** {@code GET /api/incidents/{id}/evidence}: each source with its figures and evidence words. */
  private void evidence(Context ctx) {
    String id = ctx.pathParam("id");
    Incident incident =
        store.incident(id).orElseThrow(() -> ApiException.notFound("no incident '" + id + "'"));
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("incident_id", id);
    ArrayNode list = o.putArray("sources");
    for (SourceEvidence.Quotes q : sources.of(incident)) {
      ObjectNode s = list.addObject();
      s.put("document_id", q.document().id());
      s.put("source_id", q.sourceId());
      s.put("title", q.document().title());
      s.put("publisher", q.document().publisher());
      s.put(
          "published",
          q.document().published() == null ? null : q.document().published().toString());
      s.set("killed", count(q.killed()));
      s.set("injured", count(q.injured()));
      s.set("detained", count(q.detained()));
      ArrayNode spans = s.putArray("spans");
      for (FieldPhrases.FieldSpan f : q.spans()) {
        ObjectNode n = spans.addObject();
        n.put("field", f.field());
        n.put("start", f.start());
        n.put("end", f.end());
        n.put("text", f.text());
        n.put("words", f.words());
      }
    }
    Json.send(ctx, 200, o);
  }

  private static ObjectNode count(Count c) {
    if (c == null) {
      return null;
    }
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("min", c.min());
    o.put("max", c.max());
    o.put("text", c.text());
    return o;
  }

  /** {@code GET /api/gazetteer/largest?bbox=west,south,east,north[&limit=30]}: map labels. */
  private void largestPlaces(Context ctx) {
    String v = QueryParameters.value(ctx, "bbox");
    if (v == null || v.isBlank()) {
      throw ApiException.badParameter("bbox", "bbox is required: west,south,east,north");
    }
    BoundingBox box;
    try {
      box = BoundingBox.parse(v.strip());
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("bbox", e.getMessage());
    }
    int limit = QueryParameters.integer(ctx, "limit", 30, 1, MAX_RESULTS);
    sendPlaces(ctx, places.largestIn(box, limit));
  }

  private static void sendPlaces(Context ctx, List<Location> found) {
    ArrayNode a = ExchangeJson.mapper().createArrayNode();
    for (Location l : found) {
      // The exchange format's location object, so a pick can be sent back as the corrected value.
      a.add(ExchangeJson.locationJson(l));
    }
    Json.send(ctx, 200, a);
  }

  private static String required(Context ctx, String name) {
    String v = QueryParameters.value(ctx, name);
    if (v == null || v.isBlank()) {
      throw ApiException.badParameter(name, "\"" + name + "\" is required: the words to look up");
    }
    if (v.length() > 200) {
      throw ApiException.badParameter(name, "\"" + name + "\" is longer than 200 characters");
    }
    return v.strip();
  }

  private static String country(Context ctx) {
    String v = QueryParameters.value(ctx, "country");
    if (v == null || v.isBlank()) {
      return null;
    }
    if (!v.strip().matches("[A-Za-z]{2}")) {
      throw ApiException.badParameter("country", "country is an ISO code like ML, was '" + v + "'");
    }
    return v.strip().toUpperCase(Locale.ROOT);
  }

  private static double coordinate(Context ctx, String name, double bound) {
    String v = QueryParameters.value(ctx, name);
    double d;
    try {
      d = Double.parseDouble(v == null ? "" : v.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, name + " must be a number in degrees, was '" + v + "'");
    }
    if (Double.isNaN(d) || d < -bound || d > bound) {
      throw ApiException.badParameter(
          name, name + " must be within ±" + (int) bound + ", was " + v);
    }
    return d;
  }
}

package org.harmwatch.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.harmwatch.core.corroboration.FigureEstimate;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.core.store.Page;

/**
 * The incident endpoints: the filtered list, one incident with its documents, and the map's
 * GeoJSON. Thread-safe because it holds only the (thread-safe) store.
 */
final class IncidentApi {
  private final IncidentStore store;

  IncidentApi(IncidentStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** {@code GET /api/incidents}: a page of incidents, newest first. */
  void list(Context ctx) {
    IncidentQuery query = QueryParameters.incidentQuery(ctx, QueryParameters.DEFAULT_LIMIT);
    Page<Incident> page = QueryParameters.search(store, query);
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("total", page.total());
    o.put("limit", query.limit());
    o.put("offset", query.offset());
    o.putArray("items").addAll(IncidentJson.of(ctx).write(page.items()));
    Json.send(ctx, 200, o);
  }

  /** {@code GET /api/incidents/{id}}: the incident and the documents it comes from. */
  void get(Context ctx) {
    String id = ctx.pathParam("id");
    Incident incident =
        store.incident(id).orElseThrow(() -> ApiException.notFound("no incident '" + id + "'"));
    Json.send(ctx, 200, withDocuments(IncidentJson.of(ctx).write(incident), incident));
  }

  /** {@code o}, the JSON of {@code incident}, with the summaries of its source documents. */
  ObjectNode withDocuments(ObjectNode o, Incident incident) {
    String id = incident.id();
    List<String> documentIds = new ArrayList<>(store.documentsOfIncident(id));
    if (documentIds.isEmpty() && incident.document() != null) {
      documentIds.add(incident.document().id());
    }
    ArrayNode documents = o.putArray("documents");
    for (String documentId : documentIds) {
      ObjectNode d = documents.addObject();
      d.put("id", documentId);
      Optional<Document> document = store.document(documentId);
      d.put("title", document.map(Document::title).orElse(null));
      d.put("url", document.map(Document::url).orElse(null));
      d.put("publisher", document.map(Document::publisher).orElse(null));
      d.put("published", document.map(Document::published).map(Object::toString).orElse(null));
    }
    return o;
  }

  /**
   * {@code GET /api/incidents.geojson}: incidents with coordinates as Point features. Incidents
   * known only as a region, division or country have no honest point; they are counted in {@code
   * skipped} rather than drawn at a made-up place.
   */
  void geojson(Context ctx) {
    IncidentQuery query = QueryParameters.incidentQuery(ctx, IncidentQuery.MAX_LIMIT);
    Page<Incident> page = QueryParameters.search(store, query);
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("type", "FeatureCollection");
    o.put("total", page.total());
    o.put("limit", query.limit());
    o.put("offset", query.offset());
    ArrayNode features = o.putArray("features");
    int skipped = 0;
    Map<String, FigureEstimate> reconciled =
        store.killedFigures(page.items().stream().map(Incident::id).toList());
    for (Incident incident : page.items()) {
      Location loc = incident.location();
      if (loc == null || !loc.hasCoordinates()) {
        skipped++;
        continue;
      }
      ObjectNode f = features.addObject();
      f.put("type", "Feature");
      f.put("id", incident.id());
      ObjectNode geometry = f.putObject("geometry");
      geometry.put("type", "Point");
      // GeoJSON order is longitude, latitude (RFC 7946).
      geometry.putArray("coordinates").add(loc.lon()).add(loc.lat());
      ObjectNode p = f.putObject("properties");
      p.put("id", incident.id());
      p.put("event_type", incident.eventType() == null ? null : incident.eventType().code());
      p.put(
          "sub_event_type",
          incident.subEventType() == null ? null : incident.subEventType().code());
      p.put("date_start", incident.date() == null ? null : incident.date().start().toString());
      p.put("date_end", incident.date() == null ? null : incident.date().end().toString());
      Integer killed =
          incident.casualties().killed() == null ? null : incident.casualties().killed().min();
      p.put("killed_min", killed);
      FigureEstimate k = reconciled.getOrDefault(incident.id(), FigureEstimate.UNKNOWN);
      ObjectNode figure = p.putObject("killed");
      figure.put("low", k.low());
      figure.put("best", k.best());
      figure.put("high", k.high());
      p.put("location", loc.name());
      p.put("country_code", loc.countryCode());
      p.put("precision", loc.precision().code());
      p.put("document_title", incident.document() == null ? null : incident.document().title());
    }
    o.put("skipped", skipped);
    Json.send(ctx, 200, o, "application/geo+json");
  }
}

package org.harmwatch.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.harmwatch.core.corroboration.FigureEstimate;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Location;

/**
 * Writes incidents as a GeoJSON FeatureCollection (RFC 7946), one Point feature per incident with
 * coordinates, streamed. Each feature's properties carry the incident's type, dates, place,
 * perpetrators and targets (name and type), reconciled killed/injured/detained ({@code low}, {@code
 * best}, {@code high}), review status and grade, and source counts. Incidents known only as a
 * region, division or country have no honest point: they are not drawn at a made-up place but
 * counted in the collection's {@code skipped}, written after the features, beside {@code total}
 * (written first: every incident that matched).
 */
public final class GeoJsonWriter implements IncidentWriter {
  private final JsonGenerator json;
  private long skipped;

  public GeoJsonWriter(OutputStream out) throws IOException {
    this.json = ExchangeJson.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8);
    // The caller owns the stream.
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  @Override
  public void begin(long total) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", "FeatureCollection");
    json.writeNumberField("total", total);
    json.writeArrayFieldStart("features");
  }

  @Override
  public void write(ExportRecord r) throws IOException {
    ObjectNode f = feature(r);
    if (f == null) {
      skipped++;
      return;
    }
    json.writeTree(f);
  }

  @Override
  public void end() throws IOException {
    json.writeEndArray();
    json.writeNumberField("skipped", skipped);
    json.writeEndObject();
    json.flush();
  }

  /** The feature of {@code r}, or null when it has no coordinates. */
  static ObjectNode feature(ExportRecord r) {
    Incident i = r.incident();
    Location loc = i.location();
    if (loc == null || !loc.hasCoordinates()) {
      return null;
    }
    ObjectNode f = ExchangeJson.mapper().createObjectNode();
    f.put("type", "Feature");
    f.put("id", i.id());
    ObjectNode geometry = f.putObject("geometry");
    geometry.put("type", "Point");
    // GeoJSON order is longitude, latitude (RFC 7946).
    geometry.putArray("coordinates").add(loc.lon()).add(loc.lat());
    ObjectNode p = f.putObject("properties");
    p.put("id", i.id());
    p.put("event_type", i.eventType() == null ? null : i.eventType().code());
    p.put("sub_event_type", i.subEventType() == null ? null : i.subEventType().code());
    p.put("date_start", i.date() == null ? null : i.date().start().toString());
    p.put("date_end", i.date() == null ? null : i.date().end().toString());
    p.put("date_precision", i.date() == null ? null : i.date().precision().code());
    p.put("location", loc.name());
    p.put("admin1", loc.admin1());
    p.put("admin2", loc.admin2());
    p.put("country_code", loc.countryCode());
    p.put("precision", loc.precision().code());
    actors(p.putArray("perpetrators"), i.perpetrators());
    actors(p.putArray("targets"), i.targets());
    figure(p, "killed", r.killed());
    figure(p, "injured", r.injured());
    figure(p, "detained", r.detained());
    // Kept from the first version of this endpoint, which map clients read.
    p.put("killed_min", i.casualties().killed() == null ? null : i.casualties().killed().min());
    p.put("status", r.review().status().code());
    p.put("grade", r.review().grade() == null ? null : r.review().grade().code());
    p.put("sources", r.sources());
    p.put("independent_sources", r.independentSources());
    ArrayNode by = p.putArray("reported_by");
    i.reportedBy().forEach(by::add);
    p.put("document_id", i.document() == null ? null : i.document().id());
    p.put("document_title", i.document() == null ? null : i.document().title());
    return f;
  }

  private static void actors(ArrayNode array, List<Actor> actors) {
    for (Actor a : actors) {
      ObjectNode n = array.addObject();
      n.put("name", a.name());
      n.put("type", a.type().code());
    }
  }

  private static void figure(ObjectNode p, String name, FigureEstimate e) {
    ObjectNode n = p.putObject(name);
    n.put("low", e.low());
    n.put("best", e.best());
    n.put("high", e.high());
  }
}

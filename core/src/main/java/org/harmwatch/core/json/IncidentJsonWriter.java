package org.harmwatch.core.json;

import static org.harmwatch.core.json.JsonValues.str;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.Provenance;

/** How {@link ExchangeJson} writes an incident and its parts (date, place, actors, casualties). */
final class IncidentJsonWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private IncidentJsonWriter() {}

  /** One incident as a JSON object. Unknown values are written as null. */
  static ObjectNode toJson(Incident incident) {
    ObjectNode o = NODES.objectNode();
    o.put("id", incident.id());
    if (incident.document() != null) {
      ObjectNode d = o.putObject("document");
      d.put("id", incident.document().id());
      d.put("title", incident.document().title());
      d.put("published", str(incident.document().published()));
    } else {
      o.putNull("document");
    }
    o.put("event_type", incident.eventType() == null ? null : incident.eventType().code());
    o.put(
        "sub_event_type", incident.subEventType() == null ? null : incident.subEventType().code());
    o.set("date", dateJson(incident.date()));
    o.set("location", locationJson(incident.location()));
    o.set("perpetrators", actorsJson(incident.perpetrators()));
    o.set("targets", actorsJson(incident.targets()));
    o.set("casualties", casualtiesJson(incident.casualties()));
    o.set("weapons", stringsJson(incident.weapons()));
    o.set("reported_by", stringsJson(incident.reportedBy()));
    ArrayNode ev = o.putArray("evidence");
    for (Evidence e : incident.evidence()) {
      ObjectNode n = ev.addObject();
      n.put("start", e.start());
      n.put("end", e.end());
      n.put("text", e.text());
      n.set("fields", stringsJson(e.fields()));
    }
    o.put("confidence", Math.round(incident.confidence() * 1000) / 1000.0);
    Provenance p = incident.provenance();
    if (p != null) {
      ObjectNode n = o.putObject("provenance");
      n.put("extractor_version", p.extractorVersion());
      n.put("gazetteer_version", p.gazetteerVersion());
      n.put("actors_version", p.actorsVersion());
    }
    return o;
  }

  private static JsonNode dateJson(IncidentDate date) {
    if (date == null) {
      return NODES.nullNode();
    }
    ObjectNode o = NODES.objectNode();
    o.put("start", date.start().toString());
    o.put("end", date.end().toString());
    o.put("precision", date.precision().code());
    o.put("text", date.text());
    return o;
  }

  /** A location as the exchange format writes it (JSON null for none). */
  static JsonNode locationJson(Location l) {
    if (l == null) {
      return NODES.nullNode();
    }
    ObjectNode o = NODES.objectNode();
    o.put("name", l.name());
    o.put("country_code", l.countryCode());
    o.put("admin1", l.admin1());
    o.put("admin2", l.admin2());
    o.put("lat", l.lat());
    o.put("lon", l.lon());
    o.put("precision", l.precision().code());
    o.put("geonames_id", l.geonamesId());
    o.put("text", l.text());
    return o;
  }

  private static ArrayNode actorsJson(List<Actor> actors) {
    ArrayNode a = NODES.arrayNode();
    for (Actor actor : actors) {
      ObjectNode o = a.addObject();
      o.put("name", actor.name());
      o.put("type", actor.type().code());
      o.put("text", actor.text());
    }
    return a;
  }

  private static JsonNode casualtiesJson(Casualties c) {
    ObjectNode o = NODES.objectNode();
    o.set("killed", countJson(c.killed()));
    o.set("injured", countJson(c.injured()));
    o.set("detained", countJson(c.detained()));
    o.set("missing", countJson(c.missing()));
    o.set("civilians_killed", countJson(c.civiliansKilled()));
    o.put("children_killed", c.childrenKilled());
    o.put("women_killed", c.womenKilled());
    return o;
  }

  private static JsonNode countJson(Count c) {
    if (c == null) {
      return NODES.nullNode();
    }
    ObjectNode o = NODES.objectNode();
    o.put("min", c.min());
    o.put("max", c.max());
    o.put("text", c.text());
    return o;
  }

  private static ArrayNode stringsJson(List<String> values) {
    ArrayNode a = NODES.arrayNode();
    values.forEach(a::add);
    return a;
  }
}

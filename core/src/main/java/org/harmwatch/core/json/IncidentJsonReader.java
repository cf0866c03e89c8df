package org.harmwatch.core.json;

import static org.harmwatch.core.json.JsonValues.optDate;
import static org.harmwatch.core.json.JsonValues.optText;
import static org.harmwatch.core.json.JsonValues.wrap;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.DocumentRef;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.model.Provenance;
import org.harmwatch.core.model.SubEventType;

/**
 * How {@link ExchangeJson} reads an incident, leniently (actors as objects or plain names, evidence
 * as objects or plain strings); a malformed part is refused with an {@link ExchangeFormatException}
 * naming it.
 */
final class IncidentJsonReader {
  private IncidentJsonReader() {}

  /**
   * Reads an incident in the exchange format, leniently: actors may be objects or plain canonical
   * names (as in gold files); evidence given as plain strings keeps its text with offsets 0.
   */
  static Incident incident(JsonNode n) {
    if (!n.isObject()) {
      throw new ExchangeFormatException("an incident must be a JSON object");
    }
    DocumentRef doc = null;
    JsonNode d = n.get("document");
    if (d != null && d.isObject() && optText(d, "id") != null) {
      doc = new DocumentRef(optText(d, "id"), optText(d, "title"), optDate(d, "published"));
    }
    String et = optText(n, "event_type");
    String st = optText(n, "sub_event_type");
    return new Incident(
        optText(n, "id"),
        doc,
        et == null ? null : wrap("event_type", et, EventType::fromCode),
        st == null ? null : wrap("sub_event_type", st, SubEventType::fromCode),
        dateFromJson(n.get("date")),
        locationFromJson(n.get("location")),
        actorsFromJson(n.get("perpetrators")),
        actorsFromJson(n.get("targets")),
        casualtiesFromJson(n.get("casualties")),
        strings(n.get("weapons")),
        strings(n.get("reported_by")),
        evidenceFromJson(n.get("evidence")),
        n.hasNonNull("confidence") ? n.get("confidence").asDouble() : 1.0,
        provenanceFromJson(n.get("provenance")));
  }

  private static IncidentDate dateFromJson(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    LocalDate start = optDate(n, "start");
    LocalDate end = optDate(n, "end");
    String precision = optText(n, "precision");
    if (start == null || end == null || precision == null) {
      throw new ExchangeFormatException("date needs start, end and precision: " + n);
    }
    try {
      return new IncidentDate(
          start,
          end,
          wrap("date.precision", precision, DatePrecision::fromCode),
          optText(n, "text"));
    } catch (IllegalArgumentException e) {
      throw new ExchangeFormatException("bad date: " + e.getMessage(), e);
    }
  }

  private static Location locationFromJson(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    String precision = optText(n, "precision");
    if (precision == null) {
      precision = impliedPrecision(n);
    }
    try {
      return new Location(
          optText(n, "name"),
          optText(n, "country_code"),
          optText(n, "admin1"),
          optText(n, "admin2"),
          n.hasNonNull("lat") ? n.get("lat").asDouble() : null,
          n.hasNonNull("lon") ? n.get("lon").asDouble() : null,
          wrap("location.precision", precision, LocationPrecision::fromCode),
          n.hasNonNull("geonames_id") ? n.get("geonames_id").asLong() : null,
          optText(n, "text"));
    } catch (IllegalArgumentException e) {
      throw new ExchangeFormatException("bad location: " + e.getMessage(), e);
    }
  }

  /**
   * The precision a location without one states by its most specific field: coordinates mean the
   * place, else admin2, admin1, country. Coded datasets leave it out where the coder placed the
   * event at a division (ACLED's geo precision 3).
   */
  private static String impliedPrecision(JsonNode n) {
    if (n.hasNonNull("lat") && n.hasNonNull("lon")) {
      return LocationPrecision.PLACE.code();
    }
    if (optText(n, "admin2") != null) {
      return LocationPrecision.ADMIN2.code();
    }
    if (optText(n, "admin1") != null) {
      return LocationPrecision.ADMIN1.code();
    }
    if (optText(n, "country_code") != null) {
      return LocationPrecision.COUNTRY.code();
    }
    throw new ExchangeFormatException("location has no precision and no place: " + n);
  }

  private static List<Actor> actorsFromJson(JsonNode n) {
    List<Actor> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    for (JsonNode a : n) {
      if (a.isTextual()) {
        out.add(new Actor(a.asText(), ActorType.UNKNOWN, null));
      } else {
        String name = optText(a, "name");
        if (name == null) {
          throw new ExchangeFormatException("actor has no name: " + a);
        }
        String type = optText(a, "type");
        out.add(
            new Actor(
                name,
                type == null ? ActorType.UNKNOWN : wrap("actor type", type, ActorType::fromCode),
                optText(a, "text")));
      }
    }
    return out;
  }

  private static Casualties casualtiesFromJson(JsonNode n) {
    if (n == null || n.isNull()) {
      return Casualties.NONE;
    }
    return new Casualties(
        countFromJson(n.get("killed"), "killed"),
        countFromJson(n.get("injured"), "injured"),
        countFromJson(n.get("detained"), "detained"),
        countFromJson(n.get("missing"), "missing"),
        countFromJson(n.get("civilians_killed"), "civilians_killed"),
        n.hasNonNull("children_killed") ? n.get("children_killed").asInt() : null,
        n.hasNonNull("women_killed") ? n.get("women_killed").asInt() : null);
  }

  private static Count countFromJson(JsonNode n, String field) {
    if (n == null || n.isNull()) {
      return null;
    }
    try {
      return new Count(
          n.hasNonNull("min") ? n.get("min").asInt() : null,
          n.hasNonNull("max") ? n.get("max").asInt() : null,
          optText(n, "text"));
    } catch (IllegalArgumentException e) {
      throw new ExchangeFormatException("bad casualties." + field + ": " + e.getMessage(), e);
    }
  }

  private static List<Evidence> evidenceFromJson(JsonNode n) {
    List<Evidence> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    for (JsonNode e : n) {
      if (e.isTextual()) {
        out.add(new Evidence(0, 0, e.asText(), List.of()));
      } else {
        out.add(
            new Evidence(
                e.path("start").asInt(0),
                e.path("end").asInt(0),
                e.path("text").asText(""),
                strings(e.get("fields"))));
      }
    }
    return out;
  }

  private static Provenance provenanceFromJson(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    return new Provenance(
        optText(n, "extractor_version"),
        optText(n, "gazetteer_version"),
        optText(n, "actors_version"));
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null) {
      n.forEach(v -> out.add(v.asText()));
    }
    return out;
  }
}

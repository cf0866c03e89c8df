package org.harmwatch.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.harmwatch.core.corroboration.Corroborated;
import org.harmwatch.core.corroboration.FigureEstimate;
import org.harmwatch.core.corroboration.FigureSources;
import org.harmwatch.core.corroboration.SourceReport;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.Document;
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
 * The exchange format of {@code shared/spec/incident-schema.md}: incidents and documents to and
 * from JSON, field names in snake_case. Every writer of incidents (CLI, REST API, exports) goes
 * through this class so the format has one definition. Thread-safe.
 */
public final class ExchangeJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ExchangeJson() {}

  /** The shared mapper, for callers that need to parse or print JSON trees. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One incident as a JSON object. Unknown values are written as null. */
  public static ObjectNode toJson(Incident incident) {
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

  /**
   * Adds an incident's corroboration to its JSON {@code o}: {@code "sources"} (each report's own
   * figures and wording, with the link's reason and score), {@code low}/{@code best}/{@code high}
   * in each of {@code casualties.killed/injured/detained}, {@code "independent_sources"}, {@code
   * "first_reported"} and {@code "last_reported"}; and {@code "merged_into"} when the incident was
   * folded into another. Returns {@code o}.
   */
  public static ObjectNode addCorroboration(ObjectNode o, Corroborated c) {
    ArrayNode sources = o.putArray("sources");
    for (SourceReport s : c.sources()) {
      ObjectNode n = sources.addObject();
      n.put("document_id", s.documentId());
      n.put("source_id", s.sourceId());
      n.put("published", str(s.published()));
      n.set("killed", rangeJson(s.killed()));
      n.set("injured", rangeJson(s.injured()));
      n.set("detained", rangeJson(s.detained()));
      n.put("date_text", s.dateText());
      n.put("place_text", s.placeText());
      n.put("reason", s.reason());
      n.put("score", s.score());
    }
    JsonNode cas = o.get("casualties");
    ObjectNode casualties = cas instanceof ObjectNode on ? on : o.putObject("casualties");
    java.util.Map<String, String> documentOf = new java.util.HashMap<>();
    c.sources().forEach(s -> documentOf.put(s.sourceId(), s.documentId()));
    estimate(casualties, "killed", c.killed(), c.killedFrom(), documentOf);
    estimate(casualties, "injured", c.injured(), c.injuredFrom(), documentOf);
    estimate(casualties, "detained", c.detained(), c.detainedFrom(), documentOf);
    o.put("independent_sources", c.independentSources());
    o.put("first_reported", str(c.firstReported()));
    o.put("last_reported", str(c.lastReported()));
    String id = o.path("id").asText(null);
    if (id != null && !id.equals(c.incidentId())) {
      o.put("merged_into", c.incidentId());
    }
    return o;
  }

  private static JsonNode rangeJson(Count c) {
    if (c == null) {
      return NODES.nullNode();
    }
    ObjectNode o = NODES.objectNode();
    o.put("min", c.min());
    o.put("max", c.max());
    return o;
  }

  private static void estimate(
      ObjectNode casualties,
      String field,
      FigureEstimate e,
      FigureSources from,
      java.util.Map<String, String> documentOf) {
    JsonNode current = casualties.get(field);
    if (!(current instanceof ObjectNode) && e.low() == null && e.high() == null) {
      return;
    }
    ObjectNode o;
    if (current instanceof ObjectNode on) {
      o = on;
    } else {
      o = casualties.putObject(field);
      o.putNull("min");
      o.putNull("max");
      o.putNull("text");
    }
    o.put("low", e.low());
    o.put("best", e.best());
    o.put("high", e.high());
    // The documents each reconciled value comes from, so a reader sees who says so.
    ObjectNode sources = o.putObject("from");
    documents(sources.putArray("low"), from.low(), documentOf);
    documents(sources.putArray("best"), from.best(), documentOf);
    documents(sources.putArray("high"), from.high(), documentOf);
  }

  private static void documents(
      ArrayNode out, List<String> sourceIds, java.util.Map<String, String> documentOf) {
    sourceIds.stream()
        .map(id -> documentOf.getOrDefault(id, id))
        .distinct()
        .sorted()
        .forEach(out::add);
  }

  /** One incident as a single line of JSON (no trailing newline). */
  public static String toLine(Incident incident) {
    return write(toJson(incident));
  }

  /** Any JSON tree as compact text. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON tree", e);
    }
  }

  /** Parses one line of JSON; the message names the problem. */
  public static JsonNode parse(String line) {
    try {
      JsonNode node = MAPPER.readTree(line);
      if (node == null || node.isMissingNode()) {
        throw new ExchangeFormatException("empty JSON input");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new ExchangeFormatException("not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a document in the input format. Only {@code text} is required; {@code id} defaults to the
   * SHA-256 of the text.
   */
  public static Document documentFromJson(JsonNode n) {
    if (!n.isObject()) {
      throw new ExchangeFormatException("a document must be a JSON object");
    }
    JsonNode text = n.get("text");
    if (text == null || !text.isTextual()) {
      throw new ExchangeFormatException("document has no \"text\" string");
    }
    if (text.asText().isBlank()) {
      throw new ExchangeFormatException("document \"text\" is blank");
    }
    return new Document(
        optText(n, "id"),
        null,
        optText(n, "title"),
        optText(n, "url"),
        optText(n, "publisher"),
        optDate(n, "published"),
        optText(n, "language"),
        text.asText(),
        "text/plain",
        text.asText().getBytes(StandardCharsets.UTF_8),
        null);
  }

  /** A document as JSON in the input format (without the original bytes). */
  public static ObjectNode toJson(Document d) {
    ObjectNode o = NODES.objectNode();
    o.put("id", d.id());
    o.put("sha256", d.sha256());
    o.put("title", d.title());
    o.put("url", d.url());
    o.put("publisher", d.publisher());
    o.put("published", str(d.published()));
    o.put("language", d.language());
    o.put("content_type", d.contentType());
    o.put("captured_at", d.capturedAt() == null ? null : d.capturedAt().toString());
    o.put("text", d.text());
    return o;
  }

  /**
   * Reads an incident in the exchange format, leniently: actors may be objects or plain canonical
   * names (as in gold files); evidence given as plain strings keeps its text with offsets 0.
   */
  public static Incident incidentFromJson(JsonNode n) {
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
  public static JsonNode locationJson(Location l) {
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

  private static String optText(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static LocalDate optDate(JsonNode n, String field) {
    String v = optText(n, field);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
    } catch (DateTimeParseException e) {
      throw new ExchangeFormatException(
          "\"" + field + "\" is not a YYYY-MM-DD date: '" + v + "'", e);
    }
  }

  private static <T> T wrap(String field, String value, Function<String, T> parse) {
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      throw new ExchangeFormatException("bad " + field + ": '" + value + "'", e);
    }
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }
}

package org.harmwatch.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.harmwatch.core.json.ExchangeFormatException;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;

/**
 * A spec field of an incident that analysts may correct, with its name in the exchange format (e.g.
 * {@code casualties.killed}), the shape its JSON value must have, and how it is written to the
 * database. Values are read with the exchange codec {@link ExchangeJson}, so a corrected value
 * means exactly what the same value means in an exchange file.
 */
enum IncidentField {
  EVENT_TYPE("event_type", Shape.STRING),
  SUB_EVENT_TYPE("sub_event_type", Shape.STRING),
  DATE("date", Shape.DATE),
  LOCATION("location", Shape.LOCATION),
  PERPETRATORS("perpetrators", Shape.ACTORS),
  TARGETS("targets", Shape.ACTORS),
  KILLED("casualties.killed", Shape.COUNT),
  INJURED("casualties.injured", Shape.COUNT),
  DETAINED("casualties.detained", Shape.COUNT),
  MISSING("casualties.missing", Shape.COUNT),
  CIVILIANS_KILLED("casualties.civilians_killed", Shape.COUNT),
  CHILDREN_KILLED("casualties.children_killed", Shape.NUMBER),
  WOMEN_KILLED("casualties.women_killed", Shape.NUMBER),
  WEAPONS("weapons", Shape.STRINGS),
  REPORTED_BY("reported_by", Shape.STRINGS);

  private final String code;
  private final Shape shape;

  IncidentField(String code, Shape shape) {
    this.code = code;
    this.shape = shape;
  }

  /** The field's name in the exchange format, e.g. {@code casualties.killed}. */
  String code() {
    return code;
  }

  /**
   * The field named {@code code}.
   *
   * @throws IllegalArgumentException naming the value and the fields that can be corrected
   */
  static IncidentField of(String code) {
    for (IncidentField f : values()) {
      if (f.code.equals(code)) {
        return f;
      }
    }
    StringBuilder known = new StringBuilder();
    for (IncidentField f : values()) {
      known.append(known.length() == 0 ? "" : ", ").append(f.code);
    }
    throw new IllegalArgumentException(
        "field '" + code + "' cannot be corrected (fields: " + known + ")");
  }

  /** Whether {@code code} names a correctable field. */
  static boolean isField(String code) {
    for (IncidentField f : values()) {
      if (f.code.equals(code)) {
        return true;
      }
    }
    return false;
  }

  /** The field's value in {@code incident} as exchange-format JSON ({@code null} node if none). */
  JsonNode value(Incident incident) {
    JsonNode n = ExchangeJson.toJson(incident);
    for (String part : code.split("\\.")) {
      n = n.path(part);
    }
    return n.isMissingNode() ? NullNode.getInstance() : n;
  }

  /**
   * {@code incident} with this field set to {@code value}; every other field is kept exactly.
   *
   * @throws IllegalArgumentException naming the field and the value when it is not a valid value
   */
  Incident apply(Incident incident, JsonNode value) {
    JsonNode v = value == null ? NullNode.getInstance() : value;
    String problem = shape.problem(v);
    if (problem != null) {
      throw bad(v, problem);
    }
    ObjectNode node = ExchangeJson.toJson(incident);
    String[] parts = code.split("\\.");
    ObjectNode parent = node;
    for (int n = 0; n < parts.length - 1; n++) {
      parent = (ObjectNode) parent.get(parts[n]);
    }
    parent.set(parts[parts.length - 1], v);
    Incident parsed;
    try {
      parsed = ExchangeJson.incidentFromJson(node);
      return merge(incident, parsed);
    } catch (ExchangeFormatException | IllegalArgumentException e) {
      throw bad(v, e.getMessage());
    }
  }

  private IllegalArgumentException bad(JsonNode v, String problem) {
    return new IllegalArgumentException(
        "bad value for " + code + ": " + problem + " (was " + ExchangeJson.write(v) + ")");
  }

  // Takes only this field from the parsed incident, so the codec's rounding (e.g. of the
  // confidence) never touches the fields not being corrected.
  private Incident merge(Incident b, Incident p) {
    Casualties c = b.casualties();
    Casualties pc = p.casualties();
    Casualties cas =
        new Casualties(
            this == KILLED ? pc.killed() : c.killed(),
            this == INJURED ? pc.injured() : c.injured(),
            this == DETAINED ? pc.detained() : c.detained(),
            this == MISSING ? pc.missing() : c.missing(),
            this == CIVILIANS_KILLED ? pc.civiliansKilled() : c.civiliansKilled(),
            this == CHILDREN_KILLED ? pc.childrenKilled() : c.childrenKilled(),
            this == WOMEN_KILLED ? pc.womenKilled() : c.womenKilled());
    return new Incident(
        b.id(),
        b.document(),
        this == EVENT_TYPE ? p.eventType() : b.eventType(),
        this == SUB_EVENT_TYPE ? p.subEventType() : b.subEventType(),
        this == DATE ? p.date() : b.date(),
        this == LOCATION ? p.location() : b.location(),
        this == PERPETRATORS ? p.perpetrators() : b.perpetrators(),
        this == TARGETS ? p.targets() : b.targets(),
        cas,
        this == WEAPONS ? p.weapons() : b.weapons(),
        this == REPORTED_BY ? p.reportedBy() : b.reportedBy(),
        b.evidence(),
        b.confidence(),
        b.provenance());
  }

  /** Writes this field of {@code i} to the stored incident {@code id} on {@code c}. */
  void write(Connection c, String id, Incident i) throws SQLException {
    switch (this) {
      case EVENT_TYPE ->
          update(c, id, "event_type = ?", i.eventType() == null ? null : i.eventType().code());
      case SUB_EVENT_TYPE ->
          update(
              c,
              id,
              "sub_event_type = ?",
              i.subEventType() == null ? null : i.subEventType().code());
      case DATE -> {
        IncidentDate d = i.date();
        update(
            c,
            id,
            "date_start = ?, date_end = ?, date_precision = ?, date_text = ?",
            d == null ? null : Date.valueOf(d.start()),
            d == null ? null : Date.valueOf(d.end()),
            d == null ? null : d.precision().code(),
            d == null ? null : d.text());
      }
      case LOCATION -> {
        Location l = i.location();
        update(
            c,
            id,
            "location_name = ?, country_code = ?, admin1 = ?, admin1_key = ?, admin2 = ?,"
                + " lat = ?, lon = ?, location_precision = ?, geonames_id = ?, location_text = ?",
            l == null ? null : l.name(),
            l == null ? null : l.countryCode(),
            l == null ? null : l.admin1(),
            l == null ? null : JdbcIncidentStore.key(l.admin1()),
            l == null ? null : l.admin2(),
            l == null ? null : l.lat(),
            l == null ? null : l.lon(),
            l == null ? null : l.precision().code(),
            l == null ? null : l.geonamesId(),
            l == null ? null : l.text());
      }
      case PERPETRATORS, TARGETS -> {
        String role = this == PERPETRATORS ? "perpetrator" : "target";
        try (PreparedStatement ps =
            c.prepareStatement("DELETE FROM incident_actors WHERE incident_id = ? AND role = ?")) {
          ps.setString(1, id);
          ps.setString(2, role);
          ps.executeUpdate();
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO incident_actors (incident_id, role, ordinal, name, name_key,"
                    + " actor_type, actor_text) VALUES (?,?,?,?,?,?,?)")) {
          JdbcIncidentStore.addActors(
              ps, id, role, this == PERPETRATORS ? i.perpetrators() : i.targets());
          ps.executeBatch();
        }
      }
      case KILLED -> count(c, id, "killed", i.casualties().killed());
      case INJURED -> count(c, id, "injured", i.casualties().injured());
      case DETAINED -> count(c, id, "detained", i.casualties().detained());
      case MISSING -> count(c, id, "missing", i.casualties().missing());
      case CIVILIANS_KILLED -> count(c, id, "civilians_killed", i.casualties().civiliansKilled());
      case CHILDREN_KILLED ->
          update(c, id, "children_killed = ?", (Object) i.casualties().childrenKilled());
      case WOMEN_KILLED -> update(c, id, "women_killed = ?", (Object) i.casualties().womenKilled());
      case WEAPONS, REPORTED_BY -> {
        String kind = this == WEAPONS ? "weapon" : "reporter";
        try (PreparedStatement ps =
            c.prepareStatement("DELETE FROM incident_values WHERE incident_id = ? AND kind = ?")) {
          ps.setString(1, id);
          ps.setString(2, kind);
          ps.executeUpdate();
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO incident_values (incident_id, kind, ordinal, item) VALUES (?,?,?,?)")) {
          JdbcIncidentStore.addValues(ps, id, kind, this == WEAPONS ? i.weapons() : i.reportedBy());
          ps.executeBatch();
        }
      }
      default -> throw new IllegalStateException("no writer for " + this);
    }
  }

  private static void count(Connection c, String id, String name, Count count) throws SQLException {
    update(
        c,
        id,
        name + "_known = ?, " + name + "_min = ?, " + name + "_max = ?, " + name + "_text = ?",
        count != null,
        count == null ? null : count.min(),
        count == null ? null : count.max(),
        count == null ? null : count.text());
  }

  private static void update(Connection c, String id, String set, Object... values)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE incidents SET " + set + " WHERE id = ?")) {
      int p = 1;
      for (Object v : values) {
        if (v == null) {
          ps.setNull(p++, Types.NULL);
        } else {
          ps.setObject(p++, v);
        }
      }
      ps.setString(p, id);
      ps.executeUpdate();
    }
  }

  /** The JSON shapes values may have; the codec alone would read a wrong shape as "unknown". */
  private enum Shape {
    STRING,
    DATE,
    LOCATION,
    ACTORS,
    COUNT,
    NUMBER,
    STRINGS;

    private static final Set<String> DATE_KEYS = Set.of("start", "end", "precision", "text");
    private static final Set<String> LOCATION_KEYS =
        Set.of(
            "name",
            "country_code",
            "admin1",
            "admin2",
            "lat",
            "lon",
            "precision",
            "geonames_id",
            "text");
    private static final Set<String> ACTOR_KEYS = Set.of("name", "type", "text");
    private static final Set<String> COUNT_KEYS = Set.of("min", "max", "text");

    /** What is wrong with {@code v}, or null when it has this shape. */
    String problem(JsonNode v) {
      return switch (this) {
        case STRING -> v.isNull() || v.isTextual() ? null : "expected a string or null";
        case DATE -> v.isNull() ? null : object(v, DATE_KEYS, List.of());
        case LOCATION -> v.isNull() ? null : object(v, LOCATION_KEYS, List.of("lat", "lon"));
        case COUNT -> v.isNull() ? null : object(v, COUNT_KEYS, List.of("min", "max"));
        case NUMBER ->
            v.isNull() || (v.isIntegralNumber() && v.canConvertToInt() && v.asInt() >= 0)
                ? null
                : "expected a whole number >= 0 or null";
        case ACTORS -> {
          if (!v.isArray()) {
            yield "expected an array of actors";
          }
          for (JsonNode a : v) {
            String p = a.isTextual() ? null : object(a, ACTOR_KEYS, List.of());
            if (p == null && a.isObject() && !a.path("name").isTextual()) {
              p = "an actor needs a \"name\" string";
            }
            if (p != null) {
              yield p;
            }
          }
          yield null;
        }
        case STRINGS -> {
          if (!v.isArray()) {
            yield "expected an array of strings";
          }
          for (JsonNode s : v) {
            if (!s.isTextual() || s.asText().isBlank()) {
              yield "expected an array of non-blank strings";
            }
          }
          yield null;
        }
      };
    }

    // Known keys only; the named keys numbers or null (integers for counts), the others strings.
    private String object(JsonNode v, Set<String> keys, List<String> numbers) {
      if (!v.isObject()) {
        return "expected an object with " + keys;
      }
      for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        JsonNode f = v.get(k);
        if (!keys.contains(k)) {
          return "unknown key \"" + k + "\"";
        }
        if (f.isNull()) {
          continue;
        }
        boolean ok;
        if (numbers.contains(k)) {
          ok = this == COUNT ? f.isIntegralNumber() && f.canConvertToInt() : f.isNumber();
        } else if (k.equals("geonames_id")) {
          ok = f.isIntegralNumber();
        } else {
          ok = f.isTextual();
        }
        if (!ok) {
          return "\"" + k + "\" has the wrong type";
        }
      }
      return null;
    }
  }
}

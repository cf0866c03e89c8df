package org.harmwatch.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The reading of incident rows with their child rows (actors, values, evidence) into {@link
 * Incident}s, and the binding of query arguments. Stateless.
 */
final class IncidentRows {
  private IncidentRows() {}

  /**
   * The incidents {@code sql} selects (with {@link JdbcIncidentStore#INCIDENT_COLUMNS}), read on
   * {@code c}.
   */
  static List<Incident> incidents(Connection c, String sql, List<Object> args) throws SQLException {
    Map<String, IncidentRow> rows = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          IncidentRow row = IncidentRow.read(rs);
          rows.put(row.id, row);
        }
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    loadChildren(c, rows);
    return rows.values().stream().map(IncidentRow::toIncident).toList();
  }

  private static void loadChildren(Connection c, Map<String, IncidentRow> rows)
      throws SQLException {
    String in = "(" + String.join(",", java.util.Collections.nCopies(rows.size(), "?")) + ")";
    List<Object> ids = new ArrayList<>(rows.keySet());
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT * FROM incident_actors WHERE incident_id IN "
                + in
                + " ORDER BY incident_id, role, ordinal")) {
      bind(ps, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          IncidentRow row = rows.get(rs.getString("incident_id"));
          Actor a =
              new Actor(
                  rs.getString("name"),
                  ActorType.fromCode(rs.getString("actor_type")),
                  rs.getString("actor_text"));
          (rs.getString("role").equals("perpetrator") ? row.perpetrators : row.targets).add(a);
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT * FROM incident_values WHERE incident_id IN "
                + in
                + " ORDER BY incident_id, kind, ordinal")) {
      bind(ps, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          IncidentRow row = rows.get(rs.getString("incident_id"));
          (rs.getString("kind").equals("weapon") ? row.weapons : row.reporters)
              .add(rs.getString("item"));
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT * FROM incident_evidence WHERE incident_id IN "
                + in
                + " ORDER BY incident_id, ordinal")) {
      bind(ps, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          IncidentRow row = rows.get(rs.getString("incident_id"));
          String fields = rs.getString("fields");
          row.evidence.add(
              new Evidence(
                  rs.getInt("start_offset"),
                  rs.getInt("end_offset"),
                  rs.getString("evidence_text"),
                  fields.isEmpty() ? List.of() : List.of(fields.split(","))));
        }
      }
    }
  }

  static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
    for (int n = 0; n < args.size(); n++) {
      if (args.get(n) instanceof String[] values) {
        ps.setArray(n + 1, ps.getConnection().createArrayOf("VARCHAR", values));
      } else {
        ps.setObject(n + 1, args.get(n));
      }
    }
  }

  /** One incident row while its child rows are being read. */
  private static final class IncidentRow {
    final String id;
    final Incident base;
    final List<Actor> perpetrators = new ArrayList<>();
    final List<Actor> targets = new ArrayList<>();
    final List<String> weapons = new ArrayList<>();
    final List<String> reporters = new ArrayList<>();
    final List<Evidence> evidence = new ArrayList<>();

    private IncidentRow(String id, Incident base) {
      this.id = id;
      this.base = base;
    }

    static IncidentRow read(ResultSet rs) throws SQLException {
      String id = rs.getString("id");
      Date docPublished = rs.getDate("doc_published");
      DocumentRef doc =
          new DocumentRef(
              rs.getString("document_id"),
              rs.getString("doc_title"),
              docPublished == null ? null : docPublished.toLocalDate());
      String et = rs.getString("event_type");
      String st = rs.getString("sub_event_type");
      Date ds = rs.getDate("date_start");
      IncidentDate date =
          ds == null
              ? null
              : new IncidentDate(
                  ds.toLocalDate(),
                  rs.getDate("date_end").toLocalDate(),
                  DatePrecision.fromCode(rs.getString("date_precision")),
                  rs.getString("date_text"));
      String lp = rs.getString("location_precision");
      Location loc =
          lp == null
              ? null
              : new Location(
                  rs.getString("location_name"),
                  rs.getString("country_code"),
                  rs.getString("admin1"),
                  rs.getString("admin2"),
                  (Double) rs.getObject("lat", Double.class),
                  (Double) rs.getObject("lon", Double.class),
                  LocationPrecision.fromCode(lp),
                  (Long) rs.getObject("geonames_id", Long.class),
                  rs.getString("location_text"));
      Casualties cas =
          new Casualties(
              count(rs, "killed"),
              count(rs, "injured"),
              count(rs, "detained"),
              count(rs, "missing"),
              count(rs, "civilians_killed"),
              rs.getObject("children_killed", Integer.class),
              rs.getObject("women_killed", Integer.class));
      Provenance prov =
          new Provenance(
              rs.getString("extractor_version"),
              rs.getString("gazetteer_version"),
              rs.getString("actors_version"));
      Incident base =
          new Incident(
              id,
              doc,
              et == null ? null : EventType.fromCode(et),
              st == null ? null : SubEventType.fromCode(st),
              date,
              loc,
              List.of(),
              List.of(),
              cas,
              List.of(),
              List.of(),
              List.of(),
              rs.getDouble("confidence"),
              prov.extractorVersion() == null
                      && prov.gazetteerVersion() == null
                      && prov.actorsVersion() == null
                  ? null
                  : prov);
      return new IncidentRow(id, base);
    }

    private static Count count(ResultSet rs, String name) throws SQLException {
      if (!rs.getBoolean(name + "_known")) {
        return null;
      }
      return new Count(
          rs.getObject(name + "_min", Integer.class),
          rs.getObject(name + "_max", Integer.class),
          rs.getString(name + "_text"));
    }

    Incident toIncident() {
      Incident b = base;
      return new Incident(
          b.id(),
          b.document(),
          b.eventType(),
          b.subEventType(),
          b.date(),
          b.location(),
          perpetrators,
          targets,
          b.casualties(),
          weapons,
          reporters,
          evidence,
          b.confidence(),
          b.provenance());
    }
  }
}

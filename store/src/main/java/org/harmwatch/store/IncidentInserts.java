package org.harmwatch.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.harmwatch.core.corroboration.FigureEstimate;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.DocumentRef;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.Provenance;
import org.harmwatch.core.review.Change;
import org.harmwatch.core.review.ChangeKind;
import org.harmwatch.core.store.IncidentSummary;

/**
 * The inserts of a new document and its incidents (with their history, actors, values and
 * evidence), on a connection whose transaction the caller holds. Stateless.
 */
final class IncidentInserts {
  private IncidentInserts() {}

  static void insertDocument(Connection c, Document d) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO documents (id, sha256, title, url, publisher, published, language,"
                + " content_type, text_content, original, captured_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
      ps.setString(1, d.id());
      ps.setString(2, d.sha256());
      ps.setString(3, d.title());
      ps.setString(4, d.url());
      ps.setString(5, d.publisher());
      ps.setObject(6, d.published() == null ? null : Date.valueOf(d.published()), Types.DATE);
      ps.setString(7, d.language());
      ps.setString(8, d.contentType());
      ps.setString(9, d.text());
      ps.setBytes(10, d.original());
      ps.setTimestamp(11, Timestamp.from(d.capturedAt() == null ? now() : d.capturedAt()));
      ps.executeUpdate();
    }
  }

  /**
   * The low, best and high of a report told by itself alone ({@link IncidentSummary#ownKilled}):
   * the reconciliation of one report, which the corroboration store replaces once reports are
   * linked.
   */
  static Integer[] ownFigures(Count c) {
    FigureEstimate e = IncidentSummary.ownKilled(c);
    return new Integer[] {e.low(), e.best(), e.high()};
  }

  // Returns the incident as stored: with its id and a reference to its document.
  static Incident insertIncident(Connection c, Document d, int ordinal, Incident i)
      throws SQLException {
    String id = JdbcIncidentStore.incidentId(d.sha256(), ordinal);
    Instant now = now();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO incidents (id, document_id, ordinal, event_type, sub_event_type,"
                + " date_start, date_end, date_precision, date_text, location_name, country_code,"
                + " admin1, admin1_key, admin2, lat, lon, location_precision, geonames_id,"
                + " location_text, killed_known, killed_min, killed_max, killed_text,"
                + " injured_known, injured_min, injured_max, injured_text, detained_known,"
                + " detained_min, detained_max, detained_text, missing_known, missing_min,"
                + " missing_max, missing_text, civilians_killed_known, civilians_killed_min,"
                + " civilians_killed_max, civilians_killed_text, children_killed, women_killed,"
                + " confidence,"
                + " extractor_version, gazetteer_version, actors_version, created_at,"
                + " killed_low, killed_best, killed_high) VALUES"
                + " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                + "?,?,?,?,?,?,?)")) {
      int p = 1;
      ps.setString(p++, id);
      ps.setString(p++, d.id());
      ps.setInt(p++, ordinal);
      ps.setString(p++, i.eventType() == null ? null : i.eventType().code());
      ps.setString(p++, i.subEventType() == null ? null : i.subEventType().code());
      IncidentDate date = i.date();
      ps.setObject(p++, date == null ? null : Date.valueOf(date.start()), Types.DATE);
      ps.setObject(p++, date == null ? null : Date.valueOf(date.end()), Types.DATE);
      ps.setString(p++, date == null ? null : date.precision().code());
      ps.setString(p++, date == null ? null : date.text());
      Location l = i.location();
      ps.setString(p++, l == null ? null : l.name());
      ps.setString(p++, l == null ? null : l.countryCode());
      ps.setString(p++, l == null ? null : l.admin1());
      ps.setString(p++, l == null ? null : JdbcIncidentStore.key(l.admin1()));
      ps.setString(p++, l == null ? null : l.admin2());
      ps.setObject(p++, l == null ? null : l.lat(), Types.DOUBLE);
      ps.setObject(p++, l == null ? null : l.lon(), Types.DOUBLE);
      ps.setString(p++, l == null ? null : l.precision().code());
      ps.setObject(p++, l == null ? null : l.geonamesId(), Types.BIGINT);
      ps.setString(p++, l == null ? null : l.text());
      Casualties cas = i.casualties();
      for (Count count :
          Arrays.asList(
              cas.killed(), cas.injured(), cas.detained(), cas.missing(), cas.civiliansKilled())) {
        ps.setBoolean(p++, count != null);
        ps.setObject(p++, count == null ? null : count.min(), Types.INTEGER);
        ps.setObject(p++, count == null ? null : count.max(), Types.INTEGER);
        ps.setString(p++, count == null ? null : count.text());
      }
      ps.setObject(p++, cas.childrenKilled(), Types.INTEGER);
      ps.setObject(p++, cas.womenKilled(), Types.INTEGER);
      ps.setDouble(p++, i.confidence());
      Provenance prov = i.provenance();
      ps.setString(p++, prov == null ? null : prov.extractorVersion());
      ps.setString(p++, prov == null ? null : prov.gazetteerVersion());
      ps.setString(p++, prov == null ? null : prov.actorsVersion());
      ps.setTimestamp(p++, Timestamp.from(now));
      Integer[] own = ownFigures(cas.killed());
      ps.setObject(p++, own[0], Types.INTEGER);
      ps.setObject(p++, own[1], Types.INTEGER);
      ps.setObject(p, own[2], Types.INTEGER);
      ps.executeUpdate();
    }
    HistoryLog.record(
        c,
        new Change(
            0,
            id,
            now,
            JdbcIncidentStore.SYSTEM_USER,
            ChangeKind.CREATED,
            null,
            null,
            null,
            "extracted from document " + d.id()));
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO incident_documents (incident_id, document_id) VALUES (?,?)")) {
      ps.setString(1, id);
      ps.setString(2, d.id());
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO incident_actors (incident_id, role, ordinal, name, name_key, actor_type,"
                + " actor_text) VALUES (?,?,?,?,?,?,?)")) {
      addActors(ps, id, "perpetrator", i.perpetrators());
      addActors(ps, id, "target", i.targets());
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO incident_values (incident_id, kind, ordinal, item) VALUES (?,?,?,?)")) {
      addValues(ps, id, "weapon", i.weapons());
      addValues(ps, id, "reporter", i.reportedBy());
      ps.executeBatch();
    }
    EvidenceEdit.insert(c, id, i.evidence());
    return i.withId(id).withDocument(DocumentRef.of(d));
  }

  /**
   * The current time at the precision both databases keep (microseconds), so that a time read back
   * equals the time written.
   */
  static Instant now() {
    return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  static void addActors(PreparedStatement ps, String id, String role, List<Actor> actors)
      throws SQLException {
    int n = 0;
    for (Actor a : actors) {
      ps.setString(1, id);
      ps.setString(2, role);
      ps.setInt(3, n++);
      ps.setString(4, a.name());
      ps.setString(5, JdbcIncidentStore.key(a.name()));
      ps.setString(6, a.type().code());
      ps.setString(7, a.text());
      ps.addBatch();
    }
  }

  static void addValues(PreparedStatement ps, String id, String kind, List<String> values)
      throws SQLException {
    int n = 0;
    for (String v : values) {
      ps.setString(1, id);
      ps.setString(2, kind);
      ps.setInt(3, n++);
      ps.setString(4, v);
      ps.addBatch();
    }
  }
}

package org.harmwatch.store;

import static org.harmwatch.store.ColumnText.cut;
import static org.harmwatch.store.CorroborationRows.count;
import static org.harmwatch.store.CorroborationRows.documentText;
import static org.harmwatch.store.CorroborationRows.quote;
import static org.harmwatch.store.CorroborationRows.read;
import static org.harmwatch.store.CorroborationRows.sourceRow;
import static org.harmwatch.store.JdbcCorroboration.MERGED_INTO_FIELD;
import static org.harmwatch.store.JdbcCorroboration.SOURCES_FIELD;
import static org.harmwatch.store.SourceLinks.addDocument;
import static org.harmwatch.store.SourceLinks.insertSource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.harmwatch.core.corroboration.ReportLinker;
import org.harmwatch.core.corroboration.ReprintKey;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.review.Change;
import org.harmwatch.core.review.ChangeKind;
import org.harmwatch.core.review.ReviewStatus;
import org.harmwatch.store.CorroborationRows.Row;

/**
 * The writes of {@link JdbcCorroboration} to the link state: source rows, folded and repointed
 * reports, the documents of an incident, hand decisions on pairs and the history of each change.
 */
final class SourceLinks {
  private SourceLinks() {}

  // Folds report x into incident `into`: status merged, its document a document of `into`, and
  // the link in both histories.
  static void fold(
      Connection c, Incident x, String into, String reason, double score, String user, Instant now)
      throws SQLException {
    String oldStatus;
    try (PreparedStatement ps =
        c.prepareStatement("SELECT review_status FROM incidents WHERE id = ? FOR UPDATE")) {
      ps.setString(1, x.id());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        oldStatus = rs.getString(1);
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE incidents SET merged_into = ?, review_status = ? WHERE id = ?")) {
      ps.setString(1, into);
      ps.setString(2, ReviewStatus.MERGED.code());
      ps.setString(3, x.id());
      ps.executeUpdate();
    }
    addDocument(c, into, x.document().id());
    HistoryLog.record(
        c,
        new Change(
            0,
            x.id(),
            now,
            user,
            ChangeKind.MERGED,
            JdbcReviewStore.STATUS_FIELD,
            quote(oldStatus),
            quote(ReviewStatus.MERGED.code()),
            "merged into " + into + " (score " + score + "): " + reason));
    recordLinked(c, into, x.id(), x.document().id(), score, reason, "", user, now);
  }

  /**
   * Writes the history entry of report {@code sourceId} (of {@code documentId}) joining incident
   * {@code into}; {@code prefix} opens the entry's reason (e.g. "relink: ").
   */
  static void recordLinked(
      Connection c,
      String into,
      String sourceId,
      String documentId,
      double score,
      String reason,
      String prefix,
      String user,
      Instant now)
      throws SQLException {
    ObjectNode link = ExchangeJson.mapper().createObjectNode();
    link.put("source_id", sourceId);
    link.put("document_id", documentId);
    link.put("score", score);
    link.put("reason", reason);
    HistoryLog.record(
        c,
        new Change(
            0,
            into,
            now,
            user,
            ChangeKind.LINKED,
            SOURCES_FIELD,
            null,
            ExchangeJson.write(link),
            prefix + "report " + sourceId + " of document " + documentId + ": " + reason));
  }

  static void addDocument(Connection c, String incidentId, String documentId) throws SQLException {
    if (RowExists.in(
        c, "incident_documents", "incident_id = ? AND document_id = ?", incidentId, documentId)) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO incident_documents (incident_id, document_id) VALUES (?,?)")) {
      ps.setString(1, incidentId);
      ps.setString(2, documentId);
      ps.executeUpdate();
    }
  }

  static void insertSource(
      Connection c,
      Incident x,
      String incidentId,
      String reprint,
      String reason,
      double score,
      String user,
      Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO incident_sources (source_id, incident_id, document_id, published,"
                + " killed_known, killed_min, killed_max, injured_known, injured_min, injured_max,"
                + " detained_known, detained_min, detained_max, date_text, place_text,"
                + " reprint_key, reason, score, linked_by, linked_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      int p = 1;
      ps.setString(p++, x.id());
      ps.setString(p++, incidentId);
      ps.setString(p++, x.document().id());
      LocalDate published = x.document().published();
      ps.setObject(p++, published == null ? null : Date.valueOf(published), Types.DATE);
      for (Count count :
          java.util.Arrays.asList(
              x.casualties().killed(), x.casualties().injured(), x.casualties().detained())) {
        ps.setBoolean(p++, count != null);
        ps.setObject(p++, count == null ? null : count.min(), Types.INTEGER);
        ps.setObject(p++, count == null ? null : count.max(), Types.INTEGER);
      }
      ps.setString(p++, x.date() == null ? null : cut(x.date().text(), 2000));
      ps.setString(p++, x.location() == null ? null : cut(x.location().text(), 4000));
      ps.setString(p++, reprint);
      ps.setString(p++, cut(reason, 4000));
      ps.setDouble(p++, score);
      ps.setString(p++, user);
      ps.setTimestamp(p, Timestamp.from(now));
      ps.executeUpdate();
    }
  }

  // Gives an incident stored before linking existed (no source row) its own report as a source.
  static void ensureLinked(Connection c, String id, Instant now) throws SQLException {
    if (sourceRow(c, id).isPresent()) {
      return;
    }
    Incident x = read(c, List.of(id)).get(0);
    insertSource(
        c,
        x,
        id,
        ReprintKey.of(documentText(c, x.document().id())),
        "first report",
        1.0,
        JdbcIncidentStore.SYSTEM_USER,
        now);
  }

  static void moveSource(
      Connection c,
      String sourceId,
      String to,
      String reason,
      double score,
      String user,
      Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE incident_sources SET incident_id = ?, reason = ?, score = ?, linked_by = ?,"
                + " linked_at = ? WHERE source_id = ?")) {
      ps.setString(1, to);
      ps.setString(2, cut(reason, 4000));
      ps.setDouble(3, score);
      ps.setString(4, user);
      ps.setTimestamp(5, Timestamp.from(now));
      ps.setString(6, sourceId);
      ps.executeUpdate();
    }
  }

  // Points report `id` at incident `into` (null: its own incident) and sets its status to match,
  // recording the change in its history.
  static void repoint(
      Connection c, Row r, String into, ChangeKind kind, String user, String reason, Instant now)
      throws SQLException {
    String status = r.status();
    if (into == null && ReviewStatus.MERGED.code().equals(status)) {
      status = ReviewStatus.NEW.code();
    } else if (into != null && !ReviewStatus.MERGED.code().equals(status)) {
      status = ReviewStatus.MERGED.code();
    }
    if (Objects.equals(into, r.mergedInto()) && status.equals(r.status())) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE incidents SET merged_into = ?, review_status = ? WHERE id = ?")) {
      ps.setString(1, into);
      ps.setString(2, status);
      ps.setString(3, r.id());
      ps.executeUpdate();
    }
    boolean statusChanged = !status.equals(r.status());
    HistoryLog.record(
        c,
        new Change(
            0,
            r.id(),
            now,
            user,
            kind,
            statusChanged ? JdbcReviewStore.STATUS_FIELD : MERGED_INTO_FIELD,
            statusChanged ? quote(r.status()) : quote(r.mergedInto()),
            statusChanged ? quote(status) : quote(into),
            (into == null ? "its own incident again" : "merged into " + into) + ": " + reason));
  }

  // Drops `documentId` from the documents of `incidentId` unless one of its reports still has it.
  static void pruneDocument(Connection c, String incidentId, String documentId)
      throws SQLException {
    if (RowExists.in(
        c, "incident_sources", "incident_id = ? AND document_id = ?", incidentId, documentId)) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "DELETE FROM incident_documents WHERE incident_id = ? AND document_id = ?"
                + " AND document_id <> (SELECT document_id FROM incidents WHERE id = ?)")) {
      ps.setString(1, incidentId);
      ps.setString(2, documentId);
      ps.setString(3, incidentId);
      ps.executeUpdate();
    }
  }

  static void decide(
      Connection c,
      boolean sameEvent,
      String x,
      String y,
      String survivor,
      String user,
      String reason,
      Instant now)
      throws SQLException {
    // A pair is stored in sorted order, so that a later decision on it finds the earlier one.
    ReportLinker.Decision d =
        x.compareTo(y) <= 0
            ? new ReportLinker.Decision(x, y, sameEvent)
            : new ReportLinker.Decision(y, x, sameEvent);
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE link_decisions SET active = ? WHERE incident_a = ? AND incident_b = ?"
                + " AND active = ?")) {
      ps.setBoolean(1, false);
      ps.setString(2, d.a());
      ps.setString(3, d.b());
      ps.setBoolean(4, true);
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO link_decisions (kind, incident_a, incident_b, survivor, user_name,"
                + " reason, decided_at, active) VALUES (?,?,?,?,?,?,?,?)")) {
      ps.setString(1, sameEvent ? "must" : "cannot");
      ps.setString(2, d.a());
      ps.setString(3, d.b());
      ps.setString(4, survivor);
      ps.setString(5, user);
      ps.setString(6, cut(reason, 4000));
      ps.setTimestamp(7, Timestamp.from(now));
      ps.setBoolean(8, true);
      ps.executeUpdate();
    }
  }
}

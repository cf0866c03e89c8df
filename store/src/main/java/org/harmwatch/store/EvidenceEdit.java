package org.harmwatch.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Span;
import org.harmwatch.core.review.Change;
import org.harmwatch.core.review.ChangeKind;
import org.harmwatch.core.review.ReviewStore;

/**
 * The evidence of one field replaced by words an analyst chose in the incident's document: the
 * chosen spans become the field's evidence and every older piece of evidence stops citing the field
 * (it stays as evidence of its other fields). Stateless.
 */
final class EvidenceEdit {
  private EvidenceEdit() {}

  /**
   * {@code old} with {@code field} (and its sub-fields) taken off every piece, and {@code spans} of
   * {@code documentText} added as the field's evidence, in document order.
   *
   * @throws IllegalArgumentException when a span is empty or outside the text
   */
  static List<Evidence> replaced(
      List<Evidence> old, String field, List<Span> spans, String documentText) {
    List<Evidence> out = new ArrayList<>();
    for (Evidence e : old) {
      List<String> kept =
          e.fields().stream().filter(f -> !f.equals(field) && !f.startsWith(field + ".")).toList();
      out.add(new Evidence(e.start(), e.end(), e.text(), kept));
    }
    for (Span s : spans) {
      if (s.end() <= s.start() || s.end() > documentText.length()) {
        throw new IllegalArgumentException(
            "evidence ["
                + s.start()
                + ", "
                + s.end()
                + ") is not a non-empty part of the document text ("
                + documentText.length()
                + " characters)");
      }
      String words = documentText.substring(s.start(), s.end());
      if (words.isBlank()) {
        throw new IllegalArgumentException(
            "evidence [" + s.start() + ", " + s.end() + ") holds no words");
      }
      out.add(new Evidence(s.start(), s.end(), words, List.of(field)));
    }
    out.sort(Comparator.comparingInt(Evidence::start).thenComparingInt(Evidence::end));
    return out;
  }

  /**
   * Makes {@code spans} of the document of {@code updated} (a stored incident, its row locked) the
   * evidence of {@code field}, writes it and records the change under {@link
   * ReviewStore#EVIDENCE_FIELD}; returns the incident with its new evidence.
   */
  static Incident apply(
      Connection c, Incident updated, String field, List<Span> spans, String user, String reason)
      throws SQLException {
    String id = updated.id();
    Incident cited =
        withEvidence(updated, replaced(updated.evidence(), field, spans, documentText(c, id)));
    write(c, id, cited.evidence());
    HistoryLog.record(
        c,
        new Change(
            0,
            id,
            JdbcIncidentStore.now(),
            user,
            ChangeKind.EDITED,
            ReviewStore.EVIDENCE_FIELD,
            json(updated),
            json(cited),
            reason));
    return cited;
  }

  /** The evidence list as exchange-format JSON. */
  static String json(Incident i) {
    return ExchangeJson.write(ExchangeJson.toJson(i).get("evidence"));
  }

  /**
   * {@code i} with the evidence list {@code evidence} (exchange-format JSON) instead of its own.
   */
  static Incident withEvidence(Incident i, JsonNode evidence) {
    ObjectNode node = ExchangeJson.toJson(i);
    node.set("evidence", evidence);
    return withEvidence(i, ExchangeJson.incidentFromJson(node).evidence());
  }

  /** {@code i} with {@code evidence} instead of its own; every other field kept exactly. */
  static Incident withEvidence(Incident i, List<Evidence> evidence) {
    return i.withEvidence(evidence);
  }

  /** The text of the document {@code incidentId} was extracted from. */
  static String documentText(Connection c, String incidentId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT d.text_content FROM incidents i JOIN documents d ON d.id = i.document_id"
                + " WHERE i.id = ?")) {
      ps.setString(1, incidentId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new NoSuchElementException("no incident '" + incidentId + "'");
        }
        return rs.getString(1);
      }
    }
  }

  /** Replaces the stored evidence of incident {@code id} with {@code evidence}. */
  static void write(Connection c, String id, List<Evidence> evidence) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM incident_evidence WHERE incident_id = ?")) {
      ps.setString(1, id);
      ps.executeUpdate();
    }
    insert(c, id, evidence);
  }

  /** Stores {@code evidence} as incident {@code id}'s, in order (the incident has none yet). */
  static void insert(Connection c, String id, List<Evidence> evidence) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO incident_evidence (incident_id, ordinal, start_offset, end_offset,"
                + " evidence_text, fields) VALUES (?,?,?,?,?,?)")) {
      int n = 0;
      for (Evidence e : evidence) {
        ps.setString(1, id);
        ps.setInt(2, n++);
        ps.setInt(3, e.start());
        ps.setInt(4, e.end());
        ps.setString(5, e.text());
        ps.setString(6, String.join(",", e.fields()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}

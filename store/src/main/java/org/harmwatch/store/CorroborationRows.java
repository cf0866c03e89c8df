package org.harmwatch.store;

import static org.harmwatch.store.CorroborationRows.lockRow;
import static org.harmwatch.store.CorroborationRows.marks;
import static org.harmwatch.store.CorroborationRows.read;
import static org.harmwatch.store.JdbcCorroboration.WINDOW_DAYS;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.review.ReviewStatus;
import org.harmwatch.store.CorroborationRows.Member;
import org.harmwatch.store.CorroborationRows.Row;

/**
 * The reads of {@link JdbcCorroboration}: incidents by id, the linked reports near a report, the
 * link state of incident rows and the reports of an incident, on a caller's connection.
 */
final class CorroborationRows {
  private CorroborationRows() {}

  /** The link state of one incident row. */
  record Row(String id, String documentId, String status, String mergedInto) {}

  /** One report of an incident: its extracted incident and its document. */
  record Member(String sourceId, String documentId) {}

  /**
   * The pairs of reports an analyst kept apart (a split, an unlink) that are still in force, each
   * as {@link #pair}; relinking honours them, and so must the related incidents offered to merge.
   */
  static Set<String> keptApart(Connection c) throws SQLException {
    Set<String> out = new HashSet<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT incident_a, incident_b FROM link_decisions WHERE active = ? AND kind = ?")) {
      ps.setBoolean(1, true);
      ps.setString(2, "cannot");
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(pair(rs.getString(1), rs.getString(2)));
        }
      }
    }
    return out;
  }

  /** Two report ids as one key, whatever their order. */
  static String pair(String x, String y) {
    return x.compareTo(y) <= 0 ? x + "\n" + y : y + "\n" + x;
  }

  // The linked reports near x, by id, with the incident each belongs to.
  static Map<String, String> candidates(Connection c, Incident x) throws SQLException {
    StringBuilder sql =
        new StringBuilder(
            "SELECT i.id, s.incident_id FROM incidents i JOIN documents d ON d.id = i.document_id"
                + " JOIN incident_sources s ON s.source_id = i.id"
                + " JOIN incidents sv ON sv.id = s.incident_id"
                + " WHERE i.id <> ? AND sv.review_status <> ?");
    List<Object> args = new ArrayList<>();
    args.add(x.id());
    args.add(ReviewStatus.DELETED.code());
    String cc = x.location() == null ? null : x.location().countryCode();
    if (cc != null) {
      sql.append(" AND (i.country_code = ? OR i.country_code IS NULL)");
      args.add(cc);
    }
    LocalDate from;
    LocalDate to;
    LocalDate published = x.document() == null ? null : x.document().published();
    if (x.date() != null) {
      from = x.date().start().minusDays(WINDOW_DAYS);
      to = x.date().end().plusDays(WINDOW_DAYS);
    } else if (published != null) {
      from = published.minusDays(WINDOW_DAYS + 7);
      to = published.plusDays(WINDOW_DAYS);
    } else {
      return Map.of();
    }
    sql.append(
        " AND ((i.date_start IS NOT NULL AND i.date_end >= ? AND i.date_start <= ?)"
            + " OR (i.date_start IS NULL AND d.published >= ? AND d.published <= ?))"
            + " ORDER BY i.id");
    args.add(Date.valueOf(from));
    args.add(Date.valueOf(to));
    args.add(Date.valueOf(from));
    args.add(Date.valueOf(to.plusDays(7)));
    Map<String, String> out = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      IncidentRows.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return out;
  }

  static List<Incident> read(Connection c, List<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Incident> out = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += 1000) {
      List<String> part = ids.subList(from, Math.min(ids.size(), from + 1000));
      out.addAll(
          IncidentRows.incidents(
              c,
              "SELECT "
                  + JdbcIncidentStore.INCIDENT_COLUMNS
                  + " FROM incidents i JOIN documents d ON d.id = i.document_id WHERE i.id IN "
                  + marks(part.size())
                  + " ORDER BY i.id",
              new ArrayList<>(part)));
    }
    return out;
  }

  static String marks(int n) {
    return "(" + String.join(",", Collections.nCopies(n, "?")) + ")";
  }

  static String documentText(Connection c, String documentId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT text_content FROM documents WHERE id = ?")) {
      ps.setString(1, documentId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  // The incident a report belongs to, empty when the report is not linked yet.
  static Optional<String> sourceRow(Connection c, String sourceId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT incident_id FROM incident_sources WHERE source_id = ?")) {
      ps.setString(1, sourceId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  static Row lockRow(Connection c, String id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, document_id, review_status, merged_into FROM incidents WHERE id = ?"
                + " FOR UPDATE")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new NoSuchElementException("no incident '" + id + "'");
        }
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
      }
    }
  }

  static Row changeable(Connection c, String id) throws SQLException {
    Row r = lockRow(c, id);
    if (ReviewStatus.DELETED.code().equals(r.status())) {
      throw new IllegalArgumentException(
          "incident '" + id + "' is deleted and can no longer be changed");
    }
    return r;
  }

  static List<Member> members(Connection c, String incidentId) throws SQLException {
    List<Member> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT source_id, document_id FROM incident_sources WHERE incident_id = ?"
                + " ORDER BY source_id")) {
      ps.setString(1, incidentId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Member(rs.getString(1), rs.getString(2)));
        }
      }
    }
    return out;
  }

  static Incident readOneOn(Connection c, String id) throws SQLException {
    List<Incident> found = read(c, List.of(id));
    if (found.isEmpty()) {
      throw new NoSuchElementException("no incident '" + id + "'");
    }
    return found.get(0);
  }

  static Optional<String> mergedIntoOn(Connection c, String id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT merged_into FROM incidents WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    }
  }

  static Count count(ResultSet rs, String name) throws SQLException {
    if (!rs.getBoolean(name + "_known")) {
      return null;
    }
    return new Count(
        rs.getObject(name + "_min", Integer.class),
        rs.getObject(name + "_max", Integer.class),
        null);
  }

  static String quote(String code) {
    return code == null
        ? null
        : ExchangeJson.write(ExchangeJson.mapper().getNodeFactory().textNode(code));
  }
}

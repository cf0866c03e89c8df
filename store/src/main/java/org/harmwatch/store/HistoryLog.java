package org.harmwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.harmwatch.core.review.Change;
import org.harmwatch.core.review.ChangeKind;

/**
 * The append-only history of incident changes (table {@code incident_history}). Every store that
 * changes an incident records the change here on the same connection, inside the change's own
 * transaction, so a change and its history entry are committed or lost together. Stateless and
 * thread-safe.
 */
public final class HistoryLog {
  private HistoryLog() {}

  /** Appends {@code change} (its {@code seq} is ignored; the database numbers it) on {@code c}. */
  public static void record(Connection c, Change change) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO incident_history (incident_id, changed_at, user_name, kind, field,"
                + " old_value, new_value, reason) VALUES (?,?,?,?,?,?,?,?)")) {
      ps.setString(1, change.incidentId());
      ps.setTimestamp(2, Timestamp.from(change.at()));
      ps.setString(3, change.user());
      ps.setString(4, change.kind().code());
      setNullable(ps, 5, change.field());
      setNullable(ps, 6, change.oldValue());
      setNullable(ps, 7, change.newValue());
      setNullable(ps, 8, change.reason());
      ps.executeUpdate();
    }
  }

  /** Every change to {@code incidentId}, oldest first. */
  public static List<Change> list(Connection c, String incidentId) throws SQLException {
    List<Change> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT seq, incident_id, changed_at, user_name, kind, field, old_value, new_value,"
                + " reason FROM incident_history WHERE incident_id = ? ORDER BY seq")) {
      ps.setString(1, incidentId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Change(
                  rs.getLong("seq"),
                  rs.getString("incident_id"),
                  rs.getTimestamp("changed_at").toInstant(),
                  rs.getString("user_name"),
                  ChangeKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                  rs.getString("field"),
                  rs.getString("old_value"),
                  rs.getString("new_value"),
                  rs.getString("reason")));
        }
      }
    }
    return out;
  }

  private static void setNullable(PreparedStatement ps, int index, String value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, value);
    }
  }
}

package org.harmwatch.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import org.harmwatch.core.watch.SourceKind;
import org.harmwatch.core.watch.SourceState;
import org.harmwatch.core.watch.WatchedSource;

/** The column values of the watched-source tables: how a row is read and a value written. */
final class SourceRows {
  static final String SOURCE_COLUMNS =
      "id, kind, url, name, language, country, interval_s, enabled, created_at, last_poll,"
          + " next_poll, last_success, last_error, failures, etag, last_modified";

  private SourceRows() {}

  static WatchedSource source(ResultSet rs) throws SQLException {
    return new WatchedSource(
        rs.getLong("id"),
        SourceKind.parse(rs.getString("kind")),
        rs.getString("url"),
        rs.getString("name"),
        rs.getString("language"),
        rs.getString("country"),
        Duration.ofSeconds(rs.getLong("interval_s")),
        rs.getBoolean("enabled"),
        instant(rs, "created_at"),
        new SourceState(
            instant(rs, "last_poll"),
            instant(rs, "next_poll"),
            instant(rs, "last_success"),
            rs.getString("last_error"),
            rs.getInt("failures"),
            rs.getString("etag"),
            rs.getString("last_modified")));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  static void setInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
    if (t == null) {
      ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setTimestamp(i, Timestamp.from(t));
    }
  }
}

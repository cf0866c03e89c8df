package org.harmwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.harmwatch.core.text.WithheldMask;

/**
 * The mask of every sensitive span's text in a database (table {@code sensitive_spans}), rebuilt
 * only when the table changed: each call costs one small query (count and last id), so a span
 * stored by another process is withheld from the next call on. Thread-safe.
 */
public final class WithheldStrings {
  private record Cached(String version, WithheldMask mask) {}

  private final DataSource ds;
  private volatile Cached cached = new Cached("", WithheldMask.NONE);

  public WithheldStrings(Database database) {
    this.ds = Objects.requireNonNull(database, "database").dataSource();
  }

  /** The mask as the table is now. */
  public WithheldMask mask() {
    try (Connection c = ds.getConnection()) {
      String version = version(c);
      Cached now = cached;
      if (now.version().equals(version)) {
        return now.mask();
      }
      List<String> texts = new ArrayList<>();
      try (PreparedStatement ps =
              c.prepareStatement("SELECT DISTINCT span_text FROM sensitive_spans");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          texts.add(rs.getString(1));
        }
      }
      WithheldMask mask = WithheldMask.of(texts);
      cached = new Cached(version, mask);
      return mask;
    } catch (SQLException e) {
      throw new StoreException("cannot read the sensitive spans", e);
    }
  }

  /**
   * The table's version: its row count and last id (a removal lowers the one, a mark the other).
   */
  static String version(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM sensitive_spans");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1) + ":" + rs.getLong(2);
    }
  }
}

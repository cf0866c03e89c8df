package org.harmwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The check whether a table has a row matching a condition, for the stores. Stateless. */
final class RowExists {
  private RowExists() {}

  /**
   * Whether {@code table} has a row where {@code condition} holds, its {@code ?} bound to {@code
   * args} in order; read on {@code c} (inside the caller's transaction, if any). {@code table} and
   * {@code condition} are the caller's constants, never input.
   */
  static boolean in(Connection c, String table, String condition, Object... args)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT 1 FROM " + table + " WHERE " + condition + " LIMIT 1")) {
      for (int n = 0; n < args.length; n++) {
        ps.setObject(n + 1, args[n]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }
}

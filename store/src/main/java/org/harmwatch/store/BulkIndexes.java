package org.harmwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain secondary indexes of a table (those no constraint relies on), dropped before a bulk
 * load into an empty table and made again after it. On H2, keeping nine indexes of the incidents up
 * to date row by row took about two thirds of the load's CPU time; an index made once over the
 * loaded rows is built from sorted runs. The statements come from the database itself (H2's {@code
 * SCRIPT}, PostgreSQL's {@code pg_indexes}), so they stay those of the migrations. Stateless.
 */
final class BulkIndexes {
  // H2's SCRIPT writes: CREATE INDEX "public"."name" ON "public"."table"(...);
  private static final Pattern H2_INDEX =
      Pattern.compile("^CREATE INDEX \"[^\"]+\"\\.\"([^\"]+)\" ON \"[^\"]+\"\\.\"([^\"]+)\"\\(.*");

  private BulkIndexes() {}

  /**
   * Drops the plain secondary indexes of {@code table} and returns the statements that make them
   * again, in their order; hand them to {@link #create} once the rows are in.
   */
  static List<String> drop(Connection c, boolean postgres, String table) throws SQLException {
    Map<String, String> indexes = postgres ? postgres(c, table) : h2(c, table);
    try (Statement st = c.createStatement()) {
      for (String name : indexes.keySet()) {
        st.execute("DROP INDEX \"" + name + "\"");
      }
    }
    if (!c.getAutoCommit()) {
      c.commit();
    }
    return List.copyOf(indexes.values());
  }

  /** Runs the statements {@link #drop} returned. */
  static void create(Connection c, List<String> statements) throws SQLException {
    try (Statement st = c.createStatement()) {
      for (String sql : statements) {
        st.execute(sql);
      }
    }
    if (!c.getAutoCommit()) {
      c.commit();
    }
  }

  private static Map<String, String> h2(Connection c, String table) throws SQLException {
    Set<String> bound = new HashSet<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT index_name FROM information_schema.table_constraints"
                + " WHERE table_schema = SCHEMA() AND table_name = ? AND index_name IS NOT NULL")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          bound.add(rs.getString(1));
        }
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SCRIPT NODATA NOPASSWORDS NOSETTINGS TABLE " + table)) {
      while (rs.next()) {
        String sql = rs.getString(1);
        Matcher m = H2_INDEX.matcher(sql);
        if (m.matches() && m.group(2).equals(table) && !bound.contains(m.group(1))) {
          out.put(m.group(1), sql);
        }
      }
    }
    return out;
  }

  private static Map<String, String> postgres(Connection c, String table) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i"
                + " WHERE i.schemaname = current_schema() AND i.tablename = ?"
                + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)"
                + " ORDER BY i.indexname")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return out;
  }

  /** The names of the plain secondary indexes {@link #drop} would drop, for tests and logs. */
  static List<String> names(Connection c, boolean postgres, String table) throws SQLException {
    return new ArrayList<>((postgres ? postgres(c, table) : h2(c, table)).keySet());
  }
}

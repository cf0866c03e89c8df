package org.harmwatch.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a {@link JsonlArchive} reads from the database's own metadata: its tables in foreign-key
 * order, their primary keys, columns and row counts, and the identity columns restarted after an
 * import.
 */
final class ArchiveSchema {
  private ArchiveSchema() {}

  static Map<String, ArchiveColumn> columnsOf(Connection c, String table) {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
      ResultSetMetaData md = rs.getMetaData();
      Map<String, ArchiveColumn> out = new LinkedHashMap<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        String name = md.getColumnName(i).toLowerCase(Locale.ROOT);
        out.put(name, new ArchiveColumn(name, md.getColumnType(i), md.getColumnTypeName(i)));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read the columns of " + table, e);
    }
  }

  // Identity columns continue after the imported values, so new rows do not collide with them.
  static void restartIdentities(Connection c, Set<String> tables, boolean postgres)
      throws SQLException {
    for (String t : tables) {
      for (String col : identityColumns(c, t)) {
        long max;
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(" + col + "), 0) FROM " + t)) {
          rs.next();
          max = rs.getLong(1);
        }
        try (Statement s = c.createStatement()) {
          if (postgres) {
            s.execute(
                "SELECT setval(pg_get_serial_sequence('"
                    + t
                    + "', '"
                    + col
                    + "'), "
                    + Math.max(max, 1)
                    + ", "
                    + (max > 0)
                    + ")");
          } else {
            s.execute("ALTER TABLE " + t + " ALTER COLUMN " + col + " RESTART WITH " + (max + 1));
          }
        }
      }
    }
  }

  static List<String> identityColumns(Connection c, String table) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = CURRENT_SCHEMA"
                + " AND table_name = ? AND is_identity = 'YES'")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  /** Every table but the excluded ones, each after the tables its foreign keys point to. */
  static List<String> tablesInOrder(Connection c) throws SQLException {
    Set<String> tables = new TreeSet<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT table_name FROM information_schema.tables WHERE table_schema ="
                    + " CURRENT_SCHEMA AND table_type IN ('BASE TABLE', 'TABLE')");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String t = rs.getString(1).toLowerCase(Locale.ROOT);
        if (!JsonlArchive.EXCLUDED.contains(t)) {
          tables.add(t);
        }
      }
    }
    DatabaseMetaData md = c.getMetaData();
    String schema = c.getSchema();
    Map<String, Set<String>> dependsOn = new TreeMap<>();
    for (String t : tables) {
      Set<String> deps = new TreeSet<>();
      try (ResultSet rs = md.getImportedKeys(null, schema, t)) {
        while (rs.next()) {
          String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
          if (!parent.equals(t) && tables.contains(parent)) {
            deps.add(parent);
          }
        }
      }
      dependsOn.put(t, deps);
    }
    List<String> order = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    while (placed.size() < tables.size()) {
      boolean progress = false;
      for (String t : tables) {
        if (!placed.contains(t) && placed.containsAll(dependsOn.get(t))) {
          placed.add(t);
          order.add(t);
          progress = true;
        }
      }
      if (!progress) {
        Set<String> left = new TreeSet<>(tables);
        left.removeAll(placed);
        throw new IllegalStateException("foreign keys form a cycle among " + left);
      }
    }
    return order;
  }

  static List<String> primaryKey(Connection c, String table) throws SQLException {
    Map<Integer, String> cols = new TreeMap<>();
    try (ResultSet rs = c.getMetaData().getPrimaryKeys(null, c.getSchema(), table)) {
      while (rs.next()) {
        cols.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return new ArrayList<>(cols.values());
  }

  static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

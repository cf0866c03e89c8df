package org.harmwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.harmwatch.core.store.Tallies;
import org.harmwatch.core.store.Tally;
import org.harmwatch.core.store.TallyBy;

/**
 * The grouped queries behind {@link JdbcIncidentStore#tally}: incidents counted by actor, region or
 * month with the sums of their reconciled killed figures ({@code killed_low}, {@code killed_best},
 * {@code killed_high}), in one statement per summary on H2 and PostgreSQL alike.
 */
final class IncidentTallies {
  // Sums over the incidents with a known figure; a missing high counts as the best figure.
  private static final String SUMS =
      " COUNT(*), COUNT(x.killed_best),"
          + " COALESCE(SUM(CASE WHEN x.killed_best IS NOT NULL"
          + " THEN COALESCE(x.killed_low, 0) END), 0),"
          + " COALESCE(SUM(x.killed_best), 0),"
          + " COALESCE(SUM(CASE WHEN x.killed_best IS NOT NULL"
          + " THEN COALESCE(x.killed_high, x.killed_best) END), 0)";

  private IncidentTallies() {}

  /**
   * The summary by {@code by} of the incidents that {@code from} (a FROM clause over {@code
   * incidents i} with its WHERE) selects with {@code args}.
   */
  static List<Tally> run(Connection c, TallyBy by, String from, List<Object> args)
      throws SQLException {
    List<Tally> out = new ArrayList<>();
    String row = "i.id, i.killed_low, i.killed_best, i.killed_high";
    switch (by) {
      case ACTOR -> {
        read(
            c,
            "SELECT x.name, NULL,"
                + SUMS
                + " FROM (SELECT DISTINCT ta.name, "
                + row
                + from.replaceFirst(
                    " WHERE ", " JOIN incident_actors ta ON ta.incident_id = i.id WHERE ")
                + ") x GROUP BY x.name",
            args,
            false,
            out);
        read(
            c,
            "SELECT NULL, NULL,"
                + SUMS
                + " FROM (SELECT "
                + row
                + from
                + " AND NOT EXISTS (SELECT 1 FROM incident_actors na"
                + " WHERE na.incident_id = i.id)) x",
            args,
            false,
            out);
      }
      case ADMIN1 ->
          read(
              c,
              "SELECT MIN(x.admin1), x.country_code,"
                  + SUMS
                  + " FROM (SELECT "
                  + row
                  + ", i.admin1, i.admin1_key, i.country_code"
                  + from
                  + ") x GROUP BY x.admin1_key, x.country_code",
              args,
              false,
              out);
      case MONTH ->
          read(
              c,
              "SELECT x.y, x.m,"
                  + SUMS
                  + " FROM (SELECT "
                  + row
                  + ", EXTRACT(YEAR FROM i.date_start) AS y, EXTRACT(MONTH FROM i.date_start) AS m"
                  + from
                  + ") x GROUP BY x.y, x.m",
              args,
              true,
              out);
    }
    return Tallies.sorted(out.stream().filter(t -> t.incidents() > 0).toList(), by);
  }

  private static void read(
      Connection c, String sql, List<Object> args, boolean month, List<Tally> out)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      IncidentRows.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String key;
          String country;
          if (month) {
            Number y = (Number) rs.getObject(1);
            Number m = (Number) rs.getObject(2);
            key = y == null ? null : String.format("%04d-%02d", y.intValue(), m.intValue());
            country = null;
          } else {
            key = rs.getString(1);
            country = rs.getString(2);
          }
          out.add(
              new Tally(
                  key,
                  country,
                  rs.getLong(3),
                  rs.getLong(4),
                  rs.getLong(5),
                  rs.getLong(6),
                  rs.getLong(7)));
        }
      }
    }
  }
}

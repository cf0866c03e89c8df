package org.harmwatch.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.harmwatch.core.review.ReviewStatus;

/**
 * Counts of the incidents of one country in one year (by the day they started), by month and by
 * first-level division; deleted incidents are left out. Answered from the index {@code
 * incidents_country_start} (V6) without reading the incidents themselves. Thread-safe.
 */
public final class IncidentCounts {
  private final DataSource ds;

  public IncidentCounts(Database database) {
    this.ds = Objects.requireNonNull(database, "database").dataSource();
  }

  /** The SQL of {@link #byMonth}, for EXPLAIN. */
  static final String BY_MONTH =
      "SELECT EXTRACT(MONTH FROM date_start) AS m, COUNT(*) FROM incidents"
          + " WHERE country_code = ? AND date_start >= ? AND date_start < ? AND review_status NOT IN (?, ?)"
          + " GROUP BY EXTRACT(MONTH FROM date_start) ORDER BY 1";

  /** The SQL of {@link #byAdmin1}, for EXPLAIN. */
  static final String BY_ADMIN1 =
      "SELECT admin1, COUNT(*) FROM incidents"
          + " WHERE country_code = ? AND date_start >= ? AND date_start < ? AND review_status NOT IN (?, ?)"
          + " GROUP BY admin1 ORDER BY admin1";

  /**
   * Incidents by month (1..12) of {@code year} in {@code countryCode}; months with none left out.
   */
  public Map<Integer, Long> byMonth(String countryCode, int year) {
    Map<Integer, Long> out = new LinkedHashMap<>();
    query(BY_MONTH, countryCode, year, (rs) -> out.put(rs.getInt(1), rs.getLong(2)));
    return out;
  }

  /**
   * Incidents by first-level division in {@code year} in {@code countryCode}; null key: unknown.
   */
  public Map<String, Long> byAdmin1(String countryCode, int year) {
    Map<String, Long> out = new LinkedHashMap<>();
    query(BY_ADMIN1, countryCode, year, (rs) -> out.put(rs.getString(1), rs.getLong(2)));
    return out;
  }

  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  private void query(String sql, String countryCode, int year, RowReader reader) {
    if (countryCode == null || !countryCode.matches("[A-Za-z]{2}")) {
      throw new IllegalArgumentException(
          "country must be an ISO alpha-2 code, was '" + countryCode + "'");
    }
    if (year < 1 || year > 9998) {
      throw new IllegalArgumentException("year must be 1..9998, was " + year);
    }
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, countryCode, year);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          reader.read(rs);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count incidents of " + countryCode + " in " + year, e);
    }
  }

  static void bind(PreparedStatement ps, String countryCode, int year) throws SQLException {
    ps.setString(1, countryCode.toUpperCase(Locale.ROOT));
    ps.setDate(2, Date.valueOf(LocalDate.of(year, 1, 1)));
    ps.setDate(3, Date.valueOf(LocalDate.of(year + 1, 1, 1)));
    ps.setString(4, ReviewStatus.DELETED.code());
    // Reports merged into another incident are its sources, not incidents of their own.
    ps.setString(5, ReviewStatus.MERGED.code());
  }
}

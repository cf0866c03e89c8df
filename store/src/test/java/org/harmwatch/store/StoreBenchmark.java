package org.harmwatch.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.review.ReviewStatus;
import org.harmwatch.core.store.IncidentQuery;

/**
 * The storage benchmark: fills a database with synthetic incidents (ids starting {@value #PREFIX},
 * a document for every four), then times the filtered list and the aggregates that the explore view
 * asks for. Figures are measured, never asserted. Not thread-safe; one run at a time.
 *
 * <p>The synthetic data is skewed like real Sahel data: a few countries hold most incidents,
 * violence against civilians is the commonest event type, dates spread over 2015-2024.
 */
public final class StoreBenchmark {
  /** The prefix of every synthetic id. */
  public static final String PREFIX = "bench-";

  /** The first and last year of synthetic dates. */
  public static final int FIRST_YEAR = 2015;

  public static final int LAST_YEAR = 2024;

  private static final int INCIDENTS_PER_DOCUMENT = 4;
  private static final String[] COUNTRIES = {"ML", "BF", "NE", "NG", "TD", "CM", "MR", "SN"};
  private static final double[] COUNTRY_WEIGHTS = {30, 25, 15, 12, 6, 5, 4, 3};
  private static final EventType[] TYPES = EventType.values();
  private static final double[] TYPE_WEIGHTS = {20, 15, 40, 12, 8, 5};

  /** Told as rows are written: {@code done} of {@code total} incidents. */
  public interface Progress {
    /** {@code done} of {@code total} incidents are written. */
    void written(long done, long total);
  }

  /** The median and 95th percentile of repeated runs of one query, in milliseconds. */
  public record Timing(String query, double medianMs, double p95Ms, int runs, long rows) {
    @Override
    public String toString() {
      return String.format(
          "%-40s median %8.1f ms   p95 %8.1f ms   (%d runs, %d rows)",
          query, medianMs, p95Ms, runs, rows);
    }
  }

  private final Database database;
  private final DataSource ds;

  public StoreBenchmark(Database database) {
    this.database = Objects.requireNonNull(database, "database");
    this.ds = database.dataSource();
  }

  /** The number of synthetic incidents in the database. */
  public long syntheticIncidents() {
    return count("SELECT COUNT(*) FROM incidents WHERE id LIKE '" + PREFIX + "%'");
  }

  /** The number of incidents and documents that are not synthetic. */
  public long realRows() {
    return count("SELECT COUNT(*) FROM incidents WHERE id NOT LIKE '" + PREFIX + "%'")
        + count("SELECT COUNT(*) FROM documents WHERE id NOT LIKE '" + PREFIX + "%'");
  }

  private long count(String sql) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot count: " + sql, e);
    }
  }

  /**
   * Writes {@code incidents} synthetic incidents and their documents with batched inserts,
   * committing every {@code commitEvery} incidents, then updates the planner's statistics. Into an
   * empty table, the plain indexes of the incidents are dropped first and made again after the last
   * row.
   */
  public void generate(int incidents, int commitEvery, Progress progress) {
    if (incidents < 1) {
      throw new IllegalArgumentException("incidents must be >= 1, was " + incidents);
    }
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery must be >= 1, was " + commitEvery);
    }
    Random r = new Random(42);
    int days =
        (int)
                (LocalDate.of(LAST_YEAR, 12, 31).toEpochDay()
                    - LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay())
            + 1;
    Timestamp now = Timestamp.from(Instant.now());
    boolean postgres = database.settings().isPostgres();
    try (Connection c = ds.getConnection()) {
      // Into an empty table the plain indexes are made once after the load, not kept up to date
      // row by row (see BulkIndexes); a run killed before they are made again leaves this scratch
      // database without them.
      List<String> indexes =
          count("SELECT COUNT(*) FROM incidents") == 0
              ? BulkIndexes.drop(c, postgres, "incidents")
              : List.of();
      c.setAutoCommit(false);
      try (PreparedStatement docs =
              c.prepareStatement(
                  "INSERT INTO documents (id, sha256, title, published, language, content_type,"
                      + " text_content, original, captured_at) VALUES (?,?,?,?,?,?,?,?,?)");
          PreparedStatement incs =
              c.prepareStatement(
                  "INSERT INTO incidents (id, document_id, ordinal, event_type, date_start,"
                      + " date_end, date_precision, location_name, country_code, admin1,"
                      + " admin1_key, lat, lon, location_precision, killed_known, killed_min,"
                      + " killed_max, injured_known, detained_known, missing_known, confidence,"
                      + " created_at, review_status) VALUES"
                      + " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
        String docId = null;
        LocalDate published = null;
        for (int n = 0; n < incidents; n++) {
          if (n % INCIDENTS_PER_DOCUMENT == 0) {
            docId = PREFIX + "d" + (n / INCIDENTS_PER_DOCUMENT);
            String text = "Synthetic report " + docId + ".";
            byte[] original = text.getBytes(StandardCharsets.UTF_8);
            published = LocalDate.of(FIRST_YEAR, 1, 1).plusDays(r.nextInt(days));
            docs.setString(1, docId);
            docs.setString(2, Document.sha256Hex(original));
            docs.setString(3, text);
            docs.setDate(4, Date.valueOf(published));
            docs.setString(5, r.nextInt(3) == 0 ? "fr" : "en");
            docs.setString(6, "text/plain");
            docs.setString(7, text);
            docs.setBytes(8, original);
            docs.setTimestamp(9, now);
            docs.addBatch();
          }
          String country = pick(COUNTRIES, COUNTRY_WEIGHTS, r);
          int admin1 = 1 + (int) Math.floor(Math.pow(r.nextDouble(), 2) * 10);
          LocalDate start = published.minusDays(r.nextInt(5));
          LocalDate end = r.nextInt(10) == 0 ? start.plusDays(1 + r.nextInt(6)) : start;
          int killed = r.nextInt(4) == 0 ? -1 : r.nextInt(40);
          int p = 1;
          incs.setString(p++, PREFIX + n);
          incs.setString(p++, docId);
          incs.setInt(p++, n % INCIDENTS_PER_DOCUMENT);
          incs.setString(p++, pick(TYPES, TYPE_WEIGHTS, r).code());
          incs.setDate(p++, Date.valueOf(start));
          incs.setDate(p++, Date.valueOf(end));
          incs.setString(p++, start.equals(end) ? "day" : "week");
          incs.setString(p++, "Place " + country + "-" + r.nextInt(500));
          incs.setString(p++, country);
          String admin1Name = country + " region " + admin1;
          incs.setString(p++, admin1Name);
          incs.setString(p++, JdbcIncidentStore.key(admin1Name));
          incs.setDouble(p++, 10 + r.nextDouble() * 10);
          incs.setDouble(p++, -10 + r.nextDouble() * 20);
          incs.setString(p++, "place");
          incs.setBoolean(p++, killed >= 0);
          if (killed >= 0) {
            incs.setInt(p++, killed);
            incs.setInt(p++, killed + r.nextInt(3));
          } else {
            incs.setNull(p++, java.sql.Types.INTEGER);
            incs.setNull(p++, java.sql.Types.INTEGER);
          }
          incs.setBoolean(p++, false);
          incs.setBoolean(p++, false);
          incs.setBoolean(p++, false);
          incs.setDouble(p++, 0.5);
          incs.setTimestamp(p++, now);
          incs.setString(
              p, r.nextInt(50) == 0 ? ReviewStatus.DELETED.code() : ReviewStatus.NEW.code());
          incs.addBatch();
          if ((n + 1) % 1000 == 0 || n + 1 == incidents) {
            docs.executeBatch();
            incs.executeBatch();
          }
          if ((n + 1) % commitEvery == 0 || n + 1 == incidents) {
            c.commit();
            progress.written(n + 1, incidents);
          }
        }
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
        BulkIndexes.create(c, indexes);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot write synthetic incidents: " + e.getMessage(), e);
    }
    analyze();
  }

  private static <T> T pick(T[] values, double[] weights, Random r) {
    double total = Arrays.stream(weights).sum();
    double x = r.nextDouble() * total;
    for (int i = 0; i < values.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  /** Updates the planner's statistics (after a bulk load the planner would otherwise guess). */
  public void analyze() {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(database.settings().isPostgres() ? "VACUUM ANALYZE incidents" : "ANALYZE");
      if (database.settings().isPostgres()) {
        s.execute("VACUUM ANALYZE documents");
      }
    } catch (SQLException e) {
      throw new StoreException("cannot analyze " + database.settings().describe(), e);
    }
  }

  /** The benchmark's list query: a country, a year and an event type, first page, newest first. */
  public static IncidentQuery listQuery(String country, int year, EventType type) {
    return new IncidentQuery(
        LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31),
        country,
        null,
        type,
        null,
        null,
        null,
        100,
        0);
  }

  /**
   * Times each query {@code runs} times after {@code warmUp} untimed runs: the filtered list
   * through {@link JdbcIncidentStore#search} and the two aggregates of {@link IncidentCounts}.
   */
  public List<Timing> time(String country, int year, EventType type, int warmUp, int runs) {
    if (runs < 1) {
      throw new IllegalArgumentException("runs must be >= 1, was " + runs);
    }
    // H2 hands back the last result of a query asked again with the same parameters on unchanged
    // tables; timing that would time nothing, so it is switched off while timing.
    reuseResults(false);
    try {
      return timeQueries(country, year, type, warmUp, runs);
    } finally {
      reuseResults(true);
    }
  }

  private void reuseResults(boolean on) {
    if (database.settings().isPostgres()) {
      return;
    }
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("SET OPTIMIZE_REUSE_RESULTS " + (on ? 1 : 0));
    } catch (SQLException e) {
      throw new StoreException("cannot set OPTIMIZE_REUSE_RESULTS on H2", e);
    }
  }

  private List<Timing> timeQueries(String country, int year, EventType type, int warmUp, int runs) {
    JdbcIncidentStore store = new JdbcIncidentStore(database);
    IncidentCounts counts = new IncidentCounts(database);
    IncidentQuery list = listQuery(country, year, type);
    List<Timing> out = new ArrayList<>();
    out.add(
        timing(
            "list " + country + " " + year + " " + type.code() + " (page of 100 + total)",
            () -> store.search(list).total(),
            warmUp,
            runs));
    out.add(
        timing(
            "count by month " + country + " " + year,
            () -> counts.byMonth(country, year).values().stream().mapToLong(Long::longValue).sum(),
            warmUp,
            runs));
    out.add(
        timing(
            "count by admin1 " + country + " " + year,
            () -> counts.byAdmin1(country, year).values().stream().mapToLong(Long::longValue).sum(),
            warmUp,
            runs));
    return out;
  }

  private static Timing timing(String name, Supplier<Long> query, int warmUp, int runs) {
    long rows = 0;
    for (int n = 0; n < warmUp; n++) {
      rows = query.get();
    }
    double[] ms = new double[runs];
    for (int n = 0; n < runs; n++) {
      long t0 = System.nanoTime();
      rows = query.get();
      ms[n] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
    double p95 = ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)];
    return new Timing(name, median, p95, runs, rows);
  }

  /** The plans of the benchmark's SQL (EXPLAIN ANALYZE on PostgreSQL, EXPLAIN on H2). */
  public List<String> explain(String country, int year, EventType type) {
    boolean pg = database.settings().isPostgres();
    String prefix = pg ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ";
    String where =
        " WHERE 1=1 AND i.date_end >= ? AND i.date_start <= ? AND i.country_code = ?"
            + " AND i.event_type = ? AND i.review_status <> ?";
    List<String> out = new ArrayList<>();
    try (Connection c = ds.getConnection()) {
      List<String> sqls =
          List.of(
              "SELECT COUNT(*) FROM incidents i" + where,
              "SELECT i.id FROM incidents i"
                  + where
                  + " ORDER BY i.date_start DESC NULLS LAST, i.id LIMIT 100 OFFSET 0",
              IncidentCounts.BY_MONTH,
              IncidentCounts.BY_ADMIN1);
      for (int n = 0; n < sqls.size(); n++) {
        try (PreparedStatement ps = c.prepareStatement(prefix + sqls.get(n))) {
          if (n < 2) {
            ps.setDate(1, Date.valueOf(LocalDate.of(year, 1, 1)));
            ps.setDate(2, Date.valueOf(LocalDate.of(year, 12, 31)));
            ps.setString(3, country);
            ps.setString(4, type.code());
            ps.setString(5, ReviewStatus.DELETED.code());
          } else {
            IncidentCounts.bind(ps, country, year);
          }
          StringBuilder plan = new StringBuilder(sqls.get(n)).append('\n');
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              plan.append("  ").append(rs.getString(1)).append('\n');
            }
          }
          out.add(plan.toString());
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot explain the benchmark queries", e);
    }
    return out;
  }
}

package org.harmwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.harmwatch.core.text.WithheldMask;

/**
 * The mask of every sensitive span's text in a database (table {@code sensitive_spans}), kept in
 * memory without asking the database on each call: a span marked or removed through this process
 * ({@link JdbcSensitiveSpans}, a takedown) is withheld from the next call on ({@link Writes}); one
 * marked by another process within {@link Writes#OTHER_PROCESSES}, when the table's count and last
 * id are checked again. Thread-safe.
 */
public final class WithheldStrings {
  /** The mask, the table's version, and the write counter and time it was last checked at. */
  private record Cached(String version, long writes, long checkedAt, WithheldMask mask) {}

  private final DataSource ds;
  private final Writes writes;
  private final LongSupplier nanoTime;
  private volatile Cached cached = new Cached("", -1, 0, WithheldMask.NONE);

  public WithheldStrings(Database database) {
    this(database, System::nanoTime);
  }

  /** The mask of {@code database}, its copy in memory aged by {@code nanoTime}. */
  WithheldStrings(Database database, LongSupplier nanoTime) {
    this.ds = Objects.requireNonNull(database, "database").dataSource();
    this.writes = database.writes();
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
  }

  /** The mask as the table is now. */
  public WithheldMask mask() {
    // Noted before reading: a write committed meanwhile moves it, so that copy is checked again.
    long written = writes.count(Writes.Table.SENSITIVE_SPANS);
    long now = nanoTime.getAsLong();
    Cached kept = cached;
    if (kept.writes() == written && now - kept.checkedAt() < Writes.OTHER_PROCESSES.toNanos()) {
      return kept.mask();
    }
    try (Connection c = ds.getConnection()) {
      String version = version(c);
      if (kept.version().equals(version)) {
        cached = new Cached(version, written, now, kept.mask());
        return kept.mask();
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
      cached = new Cached(version, written, now, mask);
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

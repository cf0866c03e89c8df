package org.harmwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.harmwatch.core.account.Role;
import org.harmwatch.core.store.DocumentRestrictions;
import org.harmwatch.core.store.Restriction;

/**
 * The {@link DocumentRestrictions} on a JDBC database (table {@code document_restrictions}, one row
 * per user or role allowed). {@link #all} is asked on every request, so it keeps the table in
 * memory without asking the database: a change through any instance on the same {@link Database} is
 * seen by the next call ({@link Writes}); a change by another process is seen within {@link
 * Writes#OTHER_PROCESSES}, when the table's row count and last change time are checked again.
 * Thread-safe.
 */
public final class JdbcDocumentRestrictions implements DocumentRestrictions {
  private static final String USER = "user:";
  private static final String ROLE = "role:";

  /** The table as read, its version, and the write counter and time it was last checked at. */
  private record Cached(
      String version, long writes, long checkedAt, Map<String, Restriction> all) {}

  private final DataSource ds;
  private final Clock clock;
  private final Writes writes;
  private final LongSupplier nanoTime;
  private volatile Cached cached;

  public JdbcDocumentRestrictions(Database database, Clock clock) {
    this(database, clock, System::nanoTime);
  }

  /** Restrictions whose copy in memory is aged by {@code nanoTime} (e.g. System::nanoTime). */
  JdbcDocumentRestrictions(Database database, Clock clock, LongSupplier nanoTime) {
    this.ds = Objects.requireNonNull(database, "database").dataSource();
    this.clock = Objects.requireNonNull(clock, "clock");
    this.writes = database.writes();
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
  }

  @Override
  public Map<String, Restriction> all() {
    // Noted before reading: a write committed meanwhile moves it, so that copy is checked again.
    long written = writes.count(Writes.Table.RESTRICTIONS);
    long now = nanoTime.getAsLong();
    Cached kept = cached;
    if (kept != null
        && kept.writes() == written
        && now - kept.checkedAt() < Writes.OTHER_PROCESSES.toNanos()) {
      return kept.all();
    }
    return TransactionWork.onConnection(
        ds,
        "cannot read the document restrictions",
        c -> {
          String version = version(c);
          if (kept != null && kept.version().equals(version)) {
            cached = new Cached(version, written, now, kept.all());
            return kept.all();
          }
          Map<String, Restriction> all = Collections.unmodifiableMap(read(c, null));
          cached = new Cached(version, written, now, all);
          return all;
        });
  }

  /**
   * The table's version: its row count and last restriction time (a lift lowers the one, a
   * restriction, which rewrites its rows with the time of now, moves the other).
   */
  private static String version(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("SELECT COUNT(*), MAX(restricted_at) FROM document_restrictions");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      Timestamp last = rs.getTimestamp(2);
      return rs.getLong(1) + ":" + (last == null ? "" : last.toInstant());
    }
  }

  @Override
  public Optional<Restriction> of(String documentId) {
    return Optional.ofNullable(
        TransactionWork.onConnection(
                ds, "cannot read the restriction of " + documentId, c -> read(c, documentId))
            .get(documentId));
  }

  @Override
  public Restriction restrict(String documentId, Set<String> users, Set<Role> roles, String by) {
    Objects.requireNonNull(by, "by");
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Set<Role> allowed = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    allowed.add(Role.ADMIN);
    Restriction made =
        TransactionWork.changing(
            ds,
            Writes.Table.RESTRICTIONS,
            "cannot restrict document " + documentId,
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement("SELECT id FROM documents WHERE id = ? FOR UPDATE")) {
                ps.setString(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                  if (!rs.next()) {
                    throw new NoSuchElementException("no document '" + documentId + "'");
                  }
                }
              }
              delete(c, documentId);
              Set<String> principals = new HashSet<>();
              users.forEach(u -> principals.add(USER + u));
              allowed.forEach(r -> principals.add(ROLE + r.code()));
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO document_restrictions (document_id, principal, restricted_by,"
                          + " restricted_at) VALUES (?,?,?,?)")) {
                for (String p : principals) {
                  ps.setString(1, documentId);
                  ps.setString(2, p);
                  ps.setString(3, by);
                  ps.setTimestamp(4, Timestamp.from(at));
                  ps.addBatch();
                }
                ps.executeBatch();
              }
              return new Restriction(documentId, users, allowed, by, at);
            });
    // After the commit: a read racing the write may have cached the table as it was.
    cached = null;
    return made;
  }

  @Override
  public boolean lift(String documentId) {
    boolean lifted =
        TransactionWork.changing(
            ds,
            Writes.Table.RESTRICTIONS,
            "cannot lift the restriction of " + documentId,
            c -> delete(c, documentId) > 0);
    cached = null;
    return lifted;
  }

  private static int delete(Connection c, String documentId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM document_restrictions WHERE document_id = ?")) {
      ps.setString(1, documentId);
      return ps.executeUpdate();
    }
  }

  private static Map<String, Restriction> read(Connection c, String documentId)
      throws SQLException {
    Map<String, Set<String>> users = new LinkedHashMap<>();
    Map<String, Set<Role>> roles = new LinkedHashMap<>();
    Map<String, String> by = new LinkedHashMap<>();
    Map<String, Instant> at = new LinkedHashMap<>();
    String sql =
        "SELECT document_id, principal, restricted_by, restricted_at FROM document_restrictions"
            + (documentId == null ? "" : " WHERE document_id = ?")
            + " ORDER BY document_id, principal";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (documentId != null) {
        ps.setString(1, documentId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          String p = rs.getString(2);
          users.computeIfAbsent(id, k -> new HashSet<>());
          roles.computeIfAbsent(id, k -> EnumSet.noneOf(Role.class));
          if (p.startsWith(USER)) {
            users.get(id).add(p.substring(USER.length()));
          } else if (p.startsWith(ROLE)) {
            roles.get(id).add(Role.fromCode(p.substring(ROLE.length())));
          }
          by.put(id, rs.getString(3));
          at.put(id, rs.getTimestamp(4).toInstant());
        }
      }
    }
    Map<String, Restriction> out = new LinkedHashMap<>();
    for (String id : users.keySet()) {
      out.put(id, new Restriction(id, users.get(id), roles.get(id), by.get(id), at.get(id)));
    }
    return out;
  }
}

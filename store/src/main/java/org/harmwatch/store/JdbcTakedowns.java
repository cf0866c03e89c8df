package org.harmwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.review.Change;
import org.harmwatch.core.review.ChangeKind;
import org.harmwatch.core.review.ReviewStatus;
import org.harmwatch.core.store.Takedown;
import org.harmwatch.core.store.Takedowns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Takedowns} on a JDBC database (table {@code document_takedowns}), keeping the search
 * index in step: the purged document and incidents replace their entries, and the index files are
 * rewritten so that the replaced text is gone from disk too. Thread-safe.
 */
public final class JdbcTakedowns implements Takedowns {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcTakedowns.class);

  private final DataSource ds;
  private final TextIndexer indexer;
  private final Clock clock;

  /** Takedowns in {@code database}; {@code indexer} (null for none) is the index to purge. */
  public JdbcTakedowns(Database database, TextIndexer indexer, Clock clock) {
    this.ds = Objects.requireNonNull(database, "database").dataSource();
    this.indexer = indexer;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Result takeDown(String documentId, String reason, String user) {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(user, "user");
    Instant at = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    Result result;
    try {
      result =
          TransactionWork.changing(
              ds,
              Writes.Table.INCIDENTS,
              "cannot take document " + documentId + " down",
              c -> purge(c, documentId, reason, user, at));
    } finally {
      // The purge also removes the document's sensitive spans.
      Writes.of(ds).wrote(Writes.Table.SENSITIVE_SPANS);
    }
    if (indexer != null) {
      try {
        reindex(result);
      } catch (RuntimeException e) {
        // The database is purged; an index behind it is rebuilt (from the purged rows) at next
        // start.
        LOG.error("cannot purge document {} from the search index", documentId, e);
      }
    }
    return result;
  }

  private static Result purge(Connection c, String id, String reason, String user, Instant at)
      throws SQLException {
    Takedown t;
    try (PreparedStatement ps =
        c.prepareStatement("SELECT sha256, captured_at FROM documents WHERE id = ? FOR UPDATE")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new NoSuchElementException("no document '" + id + "'");
        }
        Timestamp captured = rs.getTimestamp("captured_at");
        t =
            new Takedown(
                id,
                rs.getString("sha256"),
                captured == null ? null : captured.toInstant(),
                reason == null ? null : reason.strip(),
                user,
                at);
      }
    }
    Optional<Takedown> before = find(c, "document_id", id);
    if (before.isPresent()) {
      throw new IllegalStateException("already taken down: " + before.get().describe());
    }
    List<String> linked =
        ids(
            c,
            "SELECT incident_id FROM incident_documents WHERE document_id = ?"
                + " UNION SELECT id FROM incidents WHERE document_id = ?",
            id,
            id);
    List<String> deleted = new ArrayList<>();
    for (String incident : linked) {
      HistoryLog.record(
          c,
          new Change(0, incident, at, user, ChangeKind.TAKEN_DOWN, null, null, null, t.describe()));
      boolean otherSource =
          !ids(
                  c,
                  "SELECT document_id FROM incident_documents WHERE incident_id = ?"
                      + " AND document_id <> ?",
                  incident,
                  id)
              .isEmpty();
      if (!otherSource && markDeleted(c, incident, t)) {
        deleted.add(incident);
      }
    }
    // The quotes: evidence sentences and the words each field was read from.
    String own = "(SELECT id FROM incidents WHERE document_id = ?)";
    update(c, "DELETE FROM incident_evidence WHERE incident_id IN " + own, id);
    update(c, "DELETE FROM sensitive_spans WHERE document_id = ?", id);
    update(c, "UPDATE incident_actors SET actor_text = NULL WHERE incident_id IN " + own, id);
    update(
        c,
        "UPDATE incidents SET date_text = NULL, location_text = NULL, killed_text = NULL,"
            + " injured_text = NULL, detained_text = NULL, missing_text = NULL"
            + " WHERE document_id = ?",
        id);
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE documents SET text_content = '', original = ?, title = NULL, url = NULL"
                + " WHERE id = ?")) {
      ps.setBytes(1, new byte[0]);
      ps.setString(2, id);
      ps.executeUpdate();
    }
    // The archived page is the document as fetched: its record and addresses go too; the SHA-256
    // of what was archived stays, as the document's does.
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE captures SET warc = ?, request_url = '', final_url = NULL,"
                + " canonical_url = NULL, author = NULL WHERE document_id = ?")) {
      ps.setBytes(1, new byte[0]);
      ps.setString(2, id);
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO document_takedowns (document_id, sha256, captured_at, reason, taken_by,"
                + " taken_at) VALUES (?,?,?,?,?,?)")) {
      ps.setString(1, t.documentId());
      ps.setString(2, t.sha256());
      ps.setTimestamp(3, t.capturedAt() == null ? null : Timestamp.from(t.capturedAt()));
      ps.setString(4, t.reason());
      ps.setString(5, t.takenBy());
      ps.setTimestamp(6, Timestamp.from(t.takenAt()));
      ps.executeUpdate();
    }
    return new Result(t, linked, deleted);
  }

  // Deleted like an analyst's deletion (status and history), unless already deleted or merged.
  private static boolean markDeleted(Connection c, String incident, Takedown t)
      throws SQLException {
    String status;
    try (PreparedStatement ps =
        c.prepareStatement("SELECT review_status FROM incidents WHERE id = ? FOR UPDATE")) {
      ps.setString(1, incident);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return false;
        }
        status = rs.getString(1);
      }
    }
    if (!status.equals(ReviewStatus.NEW.code()) && !status.equals(ReviewStatus.VERIFIED.code())) {
      return false;
    }
    update(
        c,
        "UPDATE incidents SET review_status = '" + ReviewStatus.DELETED.code() + "' WHERE id = ?",
        incident);
    HistoryLog.record(
        c,
        new Change(
            0,
            incident,
            t.takenAt(),
            t.takenBy(),
            ChangeKind.DELETED,
            JdbcReviewStore.STATUS_FIELD,
            "\"" + status + "\"",
            "\"" + ReviewStatus.DELETED.code() + "\"",
            "its only source was taken down: " + t.reason()));
    return true;
  }

  private void reindex(Result result) {
    String id = result.takedown().documentId();
    List<Incident> incidents;
    String language;
    try (Connection c = ds.getConnection()) {
      language =
          ids(c, "SELECT language FROM documents WHERE id = ?", id).stream()
              .findFirst()
              .orElse(null);
      incidents =
          result.purgedIncidents().isEmpty()
              ? List.of()
              : IncidentRows.incidents(
                  c,
                  "SELECT "
                      + JdbcIncidentStore.INCIDENT_COLUMNS
                      + " FROM incidents i JOIN documents d ON d.id = i.document_id WHERE i.id IN ("
                      + String.join(
                          ",", java.util.Collections.nCopies(result.purgedIncidents().size(), "?"))
                      + ")",
                  new ArrayList<>(result.purgedIncidents()));
    } catch (SQLException e) {
      throw new StoreException("cannot read the purged incidents of " + id, e);
    }
    indexer
        .index()
        .putDocument(
            new Document(
                id,
                result.takedown().sha256(),
                null,
                null,
                null,
                null,
                language,
                "",
                null,
                new byte[0],
                null));
    for (Incident incident : incidents) {
      indexer.index().putIncident(incident, language);
    }
    indexer.index().purge();
  }

  @Override
  public Optional<Takedown> ofDocument(String documentId) {
    return TransactionWork.onConnection(
        ds, "cannot read the takedown of " + documentId, c -> find(c, "document_id", documentId));
  }

  @Override
  public Optional<Takedown> ofSha256(String sha256) {
    return TransactionWork.onConnection(
        ds, "cannot read the takedown of " + sha256, c -> find(c, "sha256", sha256));
  }

  @Override
  public List<Takedown> all() {
    return TransactionWork.onConnection(
        ds,
        "cannot read the takedowns",
        c -> rows(c, "SELECT * FROM document_takedowns ORDER BY taken_at DESC, document_id", null));
  }

  /** The tombstone whose {@code column} (document_id or sha256) is {@code value}, on {@code c}. */
  static Optional<Takedown> find(Connection c, String column, String value) throws SQLException {
    return rows(c, "SELECT * FROM document_takedowns WHERE " + column + " = ?", value).stream()
        .findFirst();
  }

  private static List<Takedown> rows(Connection c, String sql, String value) throws SQLException {
    List<Takedown> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (value != null) {
        ps.setString(1, value);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Timestamp captured = rs.getTimestamp("captured_at");
          out.add(
              new Takedown(
                  rs.getString("document_id"),
                  rs.getString("sha256"),
                  captured == null ? null : captured.toInstant(),
                  rs.getString("reason"),
                  rs.getString("taken_by"),
                  rs.getTimestamp("taken_at").toInstant()));
        }
      }
    }
    return out;
  }

  private static List<String> ids(Connection c, String sql, String... args) throws SQLException {
    TreeSet<String> out = new TreeSet<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int n = 0; n < args.length; n++) {
        ps.setString(n + 1, args[n]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (rs.getString(1) != null) {
            out.add(rs.getString(1));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private static void update(Connection c, String sql, String arg) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, arg);
      ps.executeUpdate();
    }
  }
}

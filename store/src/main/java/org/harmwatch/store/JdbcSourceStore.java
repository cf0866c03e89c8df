package org.harmwatch.store;

import static org.harmwatch.store.ColumnText.shortened;
import static org.harmwatch.store.SourceRows.SOURCE_COLUMNS;
import static org.harmwatch.store.SourceRows.setInstant;
import static org.harmwatch.store.SourceRows.source;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.harmwatch.core.watch.Capture;
import org.harmwatch.core.watch.SourceDocument;
import org.harmwatch.core.watch.SourceItem;
import org.harmwatch.core.watch.SourceState;
import org.harmwatch.core.watch.SourceStore;
import org.harmwatch.core.watch.WatchedSource;

/**
 * The {@link SourceStore} over the tables of migration V10, on H2 or PostgreSQL. Thread-safe: each
 * call takes its own pooled connection. Does not own the database; its opener closes it.
 */
public final class JdbcSourceStore implements SourceStore {
  private final DataSource ds;
  private final SourceCaptures captures;
  private final SourceDocuments documents;

  public JdbcSourceStore(Database database) {
    this.ds = Objects.requireNonNull(database, "database").dataSource();
    this.captures = new SourceCaptures(ds);
    this.documents = new SourceDocuments(ds);
  }

  private <T> T with(String what, TransactionWork<T> work) {
    return TransactionWork.onConnection(ds, "cannot " + what, work);
  }

  @Override
  public WatchedSource add(WatchedSource.Draft draft, Instant now) {
    WatchedSource.Draft d = draft.validated();
    return TransactionWork.inOne(
        ds,
        "cannot add source " + d.url(),
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT id FROM watched_sources WHERE url = ?")) {
            ps.setString(1, d.url());
            try (ResultSet rs = ps.executeQuery()) {
              if (rs.next()) {
                throw new IllegalArgumentException(
                    d.url() + " is already watched (source " + rs.getLong(1) + ")");
              }
            }
          }
          long id;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO watched_sources (kind, url, name, language, country, interval_s,"
                      + " enabled, created_at, next_poll, failures) VALUES (?,?,?,?,?,?,?,?,?,0)",
                  new String[] {"id"})) {
            ps.setString(1, d.kind().code());
            ps.setString(2, d.url());
            ps.setString(3, d.name());
            ps.setString(4, d.language());
            ps.setString(5, d.country());
            ps.setLong(6, d.interval().toSeconds());
            ps.setBoolean(7, d.enabled());
            ps.setTimestamp(8, Timestamp.from(now));
            ps.setTimestamp(9, Timestamp.from(now));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
              keys.next();
              id = keys.getLong(1);
            }
          }
          return new WatchedSource(
              id,
              d.kind(),
              d.url(),
              d.name(),
              d.language(),
              d.country(),
              d.interval(),
              d.enabled(),
              now,
              SourceState.fresh(now));
        });
  }

  @Override
  public List<WatchedSource> list() {
    return sources(
        "list sources", "SELECT " + SOURCE_COLUMNS + " FROM watched_sources ORDER BY id", null);
  }

  @Override
  public Optional<WatchedSource> find(long id) {
    return sources(
            "read source " + id,
            "SELECT " + SOURCE_COLUMNS + " FROM watched_sources WHERE id = ?",
            ps -> ps.setLong(1, id))
        .stream()
        .findFirst();
  }

  @Override
  public List<WatchedSource> due(Instant now) {
    return sources(
        "list due sources",
        "SELECT "
            + SOURCE_COLUMNS
            + " FROM watched_sources WHERE enabled = TRUE AND next_poll <= ? ORDER BY next_poll, id",
        ps -> ps.setTimestamp(1, Timestamp.from(now)));
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private List<WatchedSource> sources(String what, String sql, Binder binder) {
    return with(
        what,
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (binder != null) {
              binder.bind(ps);
            }
            List<WatchedSource> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(source(rs));
              }
            }
            return out;
          }
        });
  }

  @Override
  public boolean remove(long id) {
    return TransactionWork.inOne(
        ds,
        "cannot remove source " + id,
        c -> {
          for (String table : List.of("source_items", "source_documents")) {
            try (PreparedStatement ps =
                c.prepareStatement("DELETE FROM " + table + " WHERE source_id = ?")) {
              ps.setLong(1, id);
              ps.executeUpdate();
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM watched_sources WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() == 1;
          }
        });
  }

  @Override
  public boolean setEnabled(long id, boolean enabled, Instant now) {
    return with(
        "switch source " + id,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  enabled
                      ? "UPDATE watched_sources SET enabled = TRUE, next_poll = ? WHERE id = ?"
                          + " AND enabled = FALSE"
                      : "UPDATE watched_sources SET enabled = FALSE WHERE id = ? OR id = ?")) {
            if (enabled) {
              ps.setTimestamp(1, Timestamp.from(now));
              ps.setLong(2, id);
            } else {
              ps.setLong(1, id);
              ps.setLong(2, id);
            }
            if (ps.executeUpdate() == 1) {
              return true;
            }
          }
          return find(id).isPresent();
        });
  }

  @Override
  public void saveState(long id, SourceState s) {
    with(
        "save the state of source " + id,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE watched_sources SET last_poll = ?, next_poll = ?, last_success = ?,"
                      + " last_error = ?, failures = ?, etag = ?, last_modified = ? WHERE id = ?")) {
            setInstant(ps, 1, s.lastPoll());
            setInstant(ps, 2, s.nextPoll());
            setInstant(ps, 3, s.lastSuccess());
            ps.setString(4, shortened(s.lastError(), 2000));
            ps.setInt(5, s.failures());
            ps.setString(6, shortened(s.etag(), 1000));
            ps.setString(7, shortened(s.lastModified(), 200));
            ps.setLong(8, id);
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public Optional<SourceItem> item(long sourceId, String url) {
    return captures.item(sourceId, url);
  }

  @Override
  public void saveItem(
      long sourceId, String url, String status, String documentId, String error, Instant at) {
    captures.saveItem(sourceId, url, status, documentId, error, at);
  }

  @Override
  public Optional<String> capturedDocument(String canonicalUrl, String textSha256) {
    return captures.capturedDocument(canonicalUrl, textSha256);
  }

  @Override
  public void saveCapture(Capture k) {
    captures.saveCapture(k);
  }

  @Override
  public void linkDocument(long sourceId, String documentId, Instant at) {
    captures.linkDocument(sourceId, documentId, at);
  }

  @Override
  public Optional<Capture> capture(String id) {
    return captures.capture(id);
  }

  @Override
  public List<Capture> capturesOf(String documentId) {
    return captures.capturesOf(documentId);
  }

  @Override
  public List<SourceDocument> documents(long sourceId, int limit) {
    return documents.documents(sourceId, limit);
  }
}

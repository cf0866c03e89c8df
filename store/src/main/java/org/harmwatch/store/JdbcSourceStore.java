package org.harmwatch.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.harmwatch.core.watch.Capture;
import org.harmwatch.core.watch.SourceDocument;
import org.harmwatch.core.watch.SourceItem;
import org.harmwatch.core.watch.SourceKind;
import org.harmwatch.core.watch.SourceState;
import org.harmwatch.core.watch.SourceStore;
import org.harmwatch.core.watch.WatchedSource;

/**
 * The {@link SourceStore} over the tables of migration V10, on H2 or PostgreSQL. Thread-safe: each
 * call takes its own pooled connection. Does not own the database; its opener closes it.
 */
public final class JdbcSourceStore implements SourceStore {
  private static final String SOURCE_COLUMNS =
      "id, kind, url, name, language, country, interval_s, enabled, created_at, last_poll,"
          + " next_poll, last_success, last_error, failures, etag, last_modified";

  private final DataSource ds;

  public JdbcSourceStore(Database database) {
    this.ds = Objects.requireNonNull(database, "database").dataSource();
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

  private static WatchedSource source(ResultSet rs) throws SQLException {
    return new WatchedSource(
        rs.getLong("id"),
        SourceKind.parse(rs.getString("kind")),
        rs.getString("url"),
        rs.getString("name"),
        rs.getString("language"),
        rs.getString("country"),
        Duration.ofSeconds(rs.getLong("interval_s")),
        rs.getBoolean("enabled"),
        instant(rs, "created_at"),
        new SourceState(
            instant(rs, "last_poll"),
            instant(rs, "next_poll"),
            instant(rs, "last_success"),
            rs.getString("last_error"),
            rs.getInt("failures"),
            rs.getString("etag"),
            rs.getString("last_modified")));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static void setInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
    if (t == null) {
      ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setTimestamp(i, Timestamp.from(t));
    }
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
            ps.setString(4, clip(s.lastError(), 2000));
            ps.setInt(5, s.failures());
            ps.setString(6, clip(s.etag(), 1000));
            ps.setString(7, clip(s.lastModified(), 200));
            ps.setLong(8, id);
            return ps.executeUpdate();
          }
        });
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  @Override
  public Optional<SourceItem> item(long sourceId, String url) {
    return with(
        "read an item of source " + sourceId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT status, document_id, error, attempts, seen_at FROM source_items"
                      + " WHERE source_id = ? AND url = ?")) {
            ps.setLong(1, sourceId);
            ps.setString(2, url);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new SourceItem(
                      sourceId,
                      url,
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getInt(4),
                      instant(rs, "seen_at")));
            }
          }
        });
  }

  @Override
  public void saveItem(
      long sourceId, String url, String status, String documentId, String error, Instant at) {
    TransactionWork.inOne(
        ds,
        "cannot save an item of source " + sourceId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE source_items SET status = ?, document_id = ?, error = ?,"
                      + " attempts = attempts + 1 WHERE source_id = ? AND url = ?")) {
            ps.setString(1, status);
            ps.setString(2, documentId);
            ps.setString(3, clip(error, 2000));
            ps.setLong(4, sourceId);
            ps.setString(5, url);
            if (ps.executeUpdate() == 1) {
              return null;
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO source_items (source_id, url, status, document_id, error, attempts,"
                      + " seen_at) VALUES (?,?,?,?,?,1,?)")) {
            ps.setLong(1, sourceId);
            ps.setString(2, url);
            ps.setString(3, status);
            ps.setString(4, documentId);
            ps.setString(5, clip(error, 2000));
            ps.setTimestamp(6, Timestamp.from(at));
            ps.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public Optional<String> capturedDocument(String canonicalUrl, String textSha256) {
    return with(
        "look up a capture",
        c -> {
          // Two indexed look-ups: an OR of the two columns would scan the table.
          for (String column : List.of("canonical_url", "text_sha256")) {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "SELECT document_id FROM captures WHERE "
                        + column
                        + " = ? AND document_id IS NOT NULL ORDER BY fetched_at, id")) {
              ps.setString(1, column.equals("canonical_url") ? canonicalUrl : textSha256);
              ps.setMaxRows(1);
              try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                  return Optional.of(rs.getString(1));
                }
              }
            }
          }
          return Optional.empty();
        });
  }

  @Override
  public void saveCapture(Capture k) {
    TransactionWork.inOne(
        ds,
        "cannot save capture " + k.id(),
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO captures (id, source_id, request_url, final_url, canonical_url,"
                      + " document_id, status, content_type, author, fetched_at, warc_sha256,"
                      + " payload_sha256, text_sha256, warc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, k.id());
            if (k.sourceId() == null) {
              ps.setNull(2, Types.BIGINT);
            } else {
              ps.setLong(2, k.sourceId());
            }
            ps.setString(3, clip(k.requestUrl(), 2000));
            ps.setString(4, clip(k.finalUrl(), 2000));
            ps.setString(5, clip(k.canonicalUrl(), 2000));
            ps.setString(6, k.documentId());
            ps.setInt(7, k.status());
            ps.setString(8, clip(k.contentType(), 200));
            ps.setString(9, clip(k.author(), 500));
            ps.setTimestamp(10, Timestamp.from(k.fetched()));
            ps.setString(11, k.warcSha256());
            ps.setString(12, k.payloadSha256());
            ps.setString(13, k.textSha256());
            ps.setBytes(14, k.warc() == null ? new byte[0] : k.warc());
            ps.executeUpdate();
          }
          if (k.sourceId() != null && k.documentId() != null) {
            link(c, k.sourceId(), k.documentId(), k.fetched());
          }
          return null;
        });
  }

  @Override
  public void linkDocument(long sourceId, String documentId, Instant at) {
    TransactionWork.inOne(
        ds,
        "cannot link source " + sourceId + " to a document",
        c -> link(c, sourceId, documentId, at));
  }

  private static Void link(Connection c, long sourceId, String documentId, Instant at)
      throws SQLException {
    if (RowExists.in(
        c, "source_documents", "source_id = ? AND document_id = ?", sourceId, documentId)) {
      return null;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO source_documents (source_id, document_id, linked_at) VALUES (?,?,?)")) {
      ps.setLong(1, sourceId);
      ps.setString(2, documentId);
      ps.setTimestamp(3, Timestamp.from(at));
      ps.executeUpdate();
    }
    return null;
  }

  @Override
  public Optional<Capture> capture(String id) {
    return with(
        "read capture " + id,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, source_id, request_url, final_url, canonical_url, document_id,"
                      + " status, content_type, author, fetched_at, warc_sha256, payload_sha256,"
                      + " text_sha256, warc FROM captures WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              long source = rs.getLong("source_id");
              return Optional.of(
                  new Capture(
                      rs.getString("id"),
                      rs.wasNull() ? null : source,
                      rs.getString("request_url"),
                      rs.getString("final_url"),
                      rs.getString("canonical_url"),
                      rs.getString("document_id"),
                      rs.getInt("status"),
                      rs.getString("content_type"),
                      rs.getString("author"),
                      instant(rs, "fetched_at"),
                      rs.getString("warc_sha256"),
                      rs.getString("payload_sha256"),
                      rs.getString("text_sha256"),
                      rs.getBytes("warc")));
            }
          }
        });
  }

  @Override
  public List<SourceDocument> documents(long sourceId, int limit) {
    return with(
        "list the documents of source " + sourceId,
        c -> {
          Map<String, Object[]> docs = new LinkedHashMap<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT d.id, d.title, d.url, d.published, sd.linked_at,"
                      + " (SELECT MIN(k.id) FROM captures k WHERE k.document_id = d.id)"
                      + " FROM source_documents sd JOIN documents d ON d.id = sd.document_id"
                      + " WHERE sd.source_id = ? ORDER BY sd.linked_at DESC, d.id")) {
            ps.setLong(1, sourceId);
            ps.setMaxRows(Math.max(1, limit));
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                Date published = rs.getDate(4);
                docs.put(
                    rs.getString(1),
                    new Object[] {
                      rs.getString(2),
                      rs.getString(3),
                      published == null ? null : published.toLocalDate(),
                      instant(rs, "linked_at"),
                      rs.getString(6)
                    });
              }
            }
          }
          List<SourceDocument> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT i.id, i.event_type, i.date_start, i.location_name, i.killed_min"
                      + " FROM incident_documents x JOIN incidents i ON i.id = x.incident_id"
                      + " WHERE x.document_id = ? ORDER BY i.date_start, i.id")) {
            for (Map.Entry<String, Object[]> e : docs.entrySet()) {
              ps.setString(1, e.getKey());
              List<SourceDocument.SourceIncident> incidents = new ArrayList<>();
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  Date start = rs.getDate(3);
                  int killed = rs.getInt(5);
                  incidents.add(
                      new SourceDocument.SourceIncident(
                          rs.getString(1),
                          rs.getString(2),
                          start == null ? null : start.toLocalDate(),
                          rs.getString(4),
                          rs.wasNull() ? null : killed));
                }
              }
              Object[] v = e.getValue();
              out.add(
                  new SourceDocument(
                      e.getKey(),
                      (String) v[0],
                      (String) v[1],
                      (java.time.LocalDate) v[2],
                      (Instant) v[3],
                      (String) v[4],
                      incidents));
            }
          }
          return out;
        });
  }
}

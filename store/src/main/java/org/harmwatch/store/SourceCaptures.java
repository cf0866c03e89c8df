package org.harmwatch.store;

import static org.harmwatch.store.ColumnText.shortened;
import static org.harmwatch.store.SourceRows.instant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.harmwatch.core.watch.Capture;
import org.harmwatch.core.watch.SourceItem;

/**
 * The page captures of the watched sources, the items each source listed and the links from a
 * source to the documents it yielded (tables {@code captures}, {@code source_items} and {@code
 * source_documents}). Thread-safe: each call takes its own pooled connection.
 */
final class SourceCaptures {
  private final DataSource ds;

  SourceCaptures(DataSource ds) {
    this.ds = ds;
  }

  private <T> T with(String what, TransactionWork<T> work) {
    return TransactionWork.onConnection(ds, "cannot " + what, work);
  }

  Optional<SourceItem> item(long sourceId, String url) {
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

  void saveItem(
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
            ps.setString(3, shortened(error, 2000));
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
            ps.setString(5, shortened(error, 2000));
            ps.setTimestamp(6, Timestamp.from(at));
            ps.executeUpdate();
          }
          return null;
        });
  }

  Optional<String> capturedDocument(String canonicalUrl, String textSha256) {
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

  void saveCapture(Capture k) {
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
            ps.setString(3, shortened(k.requestUrl(), 2000));
            ps.setString(4, shortened(k.finalUrl(), 2000));
            ps.setString(5, shortened(k.canonicalUrl(), 2000));
            ps.setString(6, k.documentId());
            ps.setInt(7, k.status());
            ps.setString(8, shortened(k.contentType(), 200));
            ps.setString(9, shortened(k.author(), 500));
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

  void linkDocument(long sourceId, String documentId, Instant at) {
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

  private static final String COLUMNS =
      "id, source_id, request_url, final_url, canonical_url, document_id, status, content_type,"
          + " author, fetched_at, warc_sha256, payload_sha256, text_sha256";

  Optional<Capture> capture(String id) {
    return with(
        "read capture " + id,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT " + COLUMNS + ", warc FROM captures WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(capture(rs, rs.getBytes("warc"))) : Optional.empty();
            }
          }
        });
  }

  List<Capture> capturesOf(String documentId) {
    return with(
        "list the captures of document " + documentId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM captures WHERE document_id = ? ORDER BY fetched_at, id")) {
            ps.setString(1, documentId);
            List<Capture> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(capture(rs, null));
              }
            }
            return out;
          }
        });
  }

  private static Capture capture(ResultSet rs, byte[] warc) throws SQLException {
    long source = rs.getLong("source_id");
    return new Capture(
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
        warc);
  }
}

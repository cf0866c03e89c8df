package org.harmwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import org.harmwatch.core.account.DocumentView;
import org.harmwatch.core.account.ReadChannel;

/**
 * The access log of documents (table {@code document_views}): appending reads and reading them
 * back, on a connection of the caller. Stateless and thread-safe.
 */
final class AccessLogTable {
  /** The longest address kept (the column's size); longer ones are cut. */
  static final int MAX_ADDRESS = 100;

  private static final int BATCH = 500;

  private AccessLogTable() {}

  /** Appends one entry per distinct document of {@code documentIds}; returns how many. */
  static int record(
      Connection c,
      Collection<String> documentIds,
      String username,
      ReadChannel channel,
      String address,
      Instant at)
      throws SQLException {
    String where =
        address == null || address.length() <= MAX_ADDRESS
            ? address
            : address.substring(0, MAX_ADDRESS);
    int n = 0;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO document_views (document_id, username, viewed_at, channel, address)"
                + " VALUES (?,?,?,?,?)")) {
      for (String id : new LinkedHashSet<>(documentIds)) {
        ps.setString(1, id);
        ps.setString(2, username);
        ps.setTimestamp(3, Timestamp.from(at));
        ps.setString(4, channel.code());
        ps.setString(5, where);
        ps.addBatch();
        if (++n % BATCH == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
    return n;
  }

  /** The entries of {@code documentId}, newest first. */
  static List<DocumentView> ofDocument(Connection c, String documentId) throws SQLException {
    List<DocumentView> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT document_id, username, viewed_at, channel, address FROM document_views"
                + " WHERE document_id = ? ORDER BY viewed_at DESC, seq DESC")) {
      ps.setString(1, documentId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(row(rs));
        }
      }
    }
    return out;
  }

  /** Gives {@code out} the entries in {@code [from, to)} (null: unbounded), oldest first. */
  static long between(Connection c, Instant from, Instant to, Consumer<DocumentView> out)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT document_id, username, viewed_at, channel, address FROM document_views"
                + " WHERE viewed_at >= ? AND viewed_at < ? ORDER BY viewed_at, seq")) {
      ps.setTimestamp(
          1, Timestamp.from(from == null ? Instant.parse("0001-01-01T00:00:00Z") : from));
      ps.setTimestamp(2, Timestamp.from(to == null ? Instant.parse("9999-12-31T00:00:00Z") : to));
      ps.setFetchSize(BATCH);
      long n = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.accept(row(rs));
          n++;
        }
      }
      return n;
    }
  }

  private static DocumentView row(ResultSet rs) throws SQLException {
    return new DocumentView(
        rs.getString(1),
        rs.getString(2),
        rs.getTimestamp(3).toInstant(),
        ReadChannel.fromCode(rs.getString(4)),
        rs.getString(5));
  }
}

package org.harmwatch.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.harmwatch.core.account.QueuedDocument;

/**
 * The reading queues of the users (table {@code reading_queue}): the documents each one set aside
 * to read, oldest first. Thread-safe: each call takes its own pooled connection.
 */
final class ReadingQueue {
  private final DataSource ds;

  ReadingQueue(DataSource ds) {
    this.ds = ds;
  }

  private <T> T with(String what, TransactionWork<T> work) {
    return TransactionWork.onConnection(ds, "cannot " + what, work);
  }

  List<QueuedDocument> of(String username) {
    return with(
        "read the reading queue",
        c -> {
          List<QueuedDocument> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT document_id, added_at FROM reading_queue WHERE username = ?"
                      + " ORDER BY added_at, document_id")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new QueuedDocument(
                        rs.getString("document_id"), rs.getTimestamp("added_at").toInstant()));
              }
            }
          }
          return out;
        });
  }

  boolean add(String username, String documentId, Instant at) {
    return with(
        "add to the reading queue",
        c -> {
          if (RowExists.in(
              c, "reading_queue", "username = ? AND document_id = ?", username, documentId)) {
            return false;
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO reading_queue (username, document_id, added_at) VALUES (?,?,?)")) {
            ps.setString(1, username);
            ps.setString(2, documentId);
            ps.setTimestamp(3, Timestamp.from(at));
            ps.executeUpdate();
            return true;
          } catch (SQLException e) {
            // Two clicks racing: the primary key already holds it, which is what was asked.
            if ("23505".equals(e.getSQLState())) {
              return false;
            }
            throw e;
          }
        });
  }

  boolean remove(String username, String documentId) {
    return with(
        "remove from the reading queue",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM reading_queue WHERE username = ? AND document_id = ?")) {
            ps.setString(1, username);
            ps.setString(2, documentId);
            return ps.executeUpdate() > 0;
          }
        });
  }
}

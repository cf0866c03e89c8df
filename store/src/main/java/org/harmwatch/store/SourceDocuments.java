package org.harmwatch.store;

import static org.harmwatch.store.SourceRows.instant;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.harmwatch.core.watch.SourceDocument;

/**
 * The query that lists the documents a watched source yielded, newest link first, each with the
 * incidents extracted from it.
 */
final class SourceDocuments {
  private final DataSource ds;

  SourceDocuments(DataSource ds) {
    this.ds = ds;
  }

  List<SourceDocument> documents(long sourceId, int limit) {
    return TransactionWork.onConnection(
        ds,
        "cannot list the documents of source " + sourceId,
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

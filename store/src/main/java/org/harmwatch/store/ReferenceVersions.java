package org.harmwatch.store;

import static org.harmwatch.store.ColumnText.cut;
import static org.harmwatch.store.ReferenceColumns.BATCH;
import static org.harmwatch.store.ReferenceColumns.EVENT_COLUMNS;
import static org.harmwatch.store.ReferenceColumns.bind;
import static org.harmwatch.store.ReferenceColumns.bindEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.harmwatch.core.reference.ReferenceDataset;
import org.harmwatch.core.reference.ReferenceEvent;

/**
 * The dataset versions of {@link JdbcReferenceStore}: the import of a new version (its events
 * replaced or added, its row in {@code reference_versions}) and the listing of versions.
 *
 * <p>Not serialised on its own: {@link JdbcReferenceStore} calls {@link #addVersion} under its
 * writing lock.
 */
final class ReferenceVersions {
  private final DataSource ds;

  ReferenceVersions(DataSource ds) {
    this.ds = Objects.requireNonNull(ds, "ds");
  }

  Map<String, String> rowHashes(String dataset) {
    return TransactionWork.inOne(
        ds,
        "cannot read the events of reference dataset '" + dataset + "'",
        c -> {
          Map<String, String> out = new HashMap<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT event_id, row_hash FROM reference_events WHERE dataset = ?")) {
            ps.setFetchSize(BATCH);
            ps.setString(1, dataset);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
              }
            }
          }
          return out;
        });
  }

  Optional<ReferenceDataset> versionOfFile(String dataset, String sha256) {
    return TransactionWork.inOne(
        ds,
        "cannot read the versions of reference dataset '" + dataset + "'",
        c ->
            versions(c, "WHERE dataset = ? AND sha256 = ? ORDER BY version", dataset, sha256)
                .stream()
                .findFirst());
  }

  ReferenceDataset addVersion(
      ReferenceDataset v, Collection<ReferenceEvent> added, Collection<ReferenceEvent> changed) {
    return TransactionWork.inOne(
        ds,
        "cannot store version of reference dataset '" + v.name() + "'",
        c -> {
          int version = 1;
          try (PreparedStatement ps =
              c.prepareStatement("SELECT MAX(version) FROM reference_versions WHERE dataset = ?")) {
            ps.setString(1, v.name());
            try (ResultSet rs = ps.executeQuery()) {
              if (rs.next() && rs.getObject(1) != null) {
                version = rs.getInt(1) + 1;
              }
            }
          }
          try (PreparedStatement del =
              c.prepareStatement(
                  "DELETE FROM reference_events WHERE dataset = ? AND event_id = ?")) {
            int pending = 0;
            for (ReferenceEvent e : changed) {
              del.setString(1, v.name());
              del.setString(2, e.eventId());
              del.addBatch();
              if (++pending == BATCH) {
                del.executeBatch();
                pending = 0;
              }
            }
            if (pending > 0) {
              del.executeBatch();
            }
          }
          try (PreparedStatement ins =
              c.prepareStatement(
                  "INSERT INTO reference_events ("
                      + EVENT_COLUMNS
                      + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int pending = 0;
            for (Collection<ReferenceEvent> part : List.of(added, changed)) {
              for (ReferenceEvent e : part) {
                bindEvent(ins, v.name(), version, e);
                ins.addBatch();
                if (++pending == BATCH) {
                  ins.executeBatch();
                  pending = 0;
                }
              }
            }
            if (pending > 0) {
              ins.executeBatch();
            }
          }
          long count;
          try (PreparedStatement ps =
              c.prepareStatement("SELECT COUNT(*) FROM reference_events WHERE dataset = ?")) {
            ps.setString(1, v.name());
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              count = rs.getLong(1);
            }
          }
          ReferenceDataset stored =
              new ReferenceDataset(
                  v.name(),
                  version,
                  v.format(),
                  v.fileName(),
                  v.sha256(),
                  v.importedAt(),
                  v.importedBy(),
                  v.rows(),
                  v.refused(),
                  v.added(),
                  v.changed(),
                  count);
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO reference_versions (dataset, version, format, file_name, sha256,"
                      + " imported_at, imported_by, row_count, refused, added, changed,"
                      + " event_count) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, stored.name());
            ps.setInt(2, stored.version());
            ps.setString(3, stored.format());
            ps.setString(4, cut(stored.fileName(), 1000));
            ps.setString(5, stored.sha256());
            ps.setTimestamp(6, Timestamp.from(stored.importedAt()));
            ps.setString(7, stored.importedBy());
            ps.setLong(8, stored.rows());
            ps.setLong(9, stored.refused());
            ps.setLong(10, stored.added());
            ps.setLong(11, stored.changed());
            ps.setLong(12, stored.events());
            ps.executeUpdate();
          }
          return stored;
        });
  }

  List<ReferenceDataset> datasets() {
    return TransactionWork.inOne(
        ds,
        "cannot list reference datasets",
        c ->
            versions(
                c,
                "WHERE version = (SELECT MAX(w.version) FROM reference_versions w"
                    + " WHERE w.dataset = reference_versions.dataset) ORDER BY dataset"));
  }

  List<ReferenceDataset> versions(String dataset) {
    return TransactionWork.inOne(
        ds,
        "cannot list the versions of reference dataset '" + dataset + "'",
        c -> versions(c, "WHERE dataset = ? ORDER BY version", dataset));
  }

  private static List<ReferenceDataset> versions(Connection c, String where, Object... args)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT dataset, version, format, file_name, sha256, imported_at, imported_by,"
                + " row_count, refused, added, changed, event_count FROM reference_versions "
                + where)) {
      bind(ps, List.of(args));
      List<ReferenceDataset> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ReferenceDataset(
                  rs.getString(1),
                  rs.getInt(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getTimestamp(6).toInstant(),
                  rs.getString(7),
                  rs.getLong(8),
                  rs.getLong(9),
                  rs.getLong(10),
                  rs.getLong(11),
                  rs.getLong(12)));
        }
      }
      return out;
    }
  }
}

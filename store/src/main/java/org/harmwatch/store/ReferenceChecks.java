package org.harmwatch.store;

import static org.harmwatch.store.ColumnText.cut;
import static org.harmwatch.store.ReferenceColumns.BATCH;
import static org.harmwatch.store.ReferenceColumns.getInt;
import static org.harmwatch.store.ReferenceColumns.setInt;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.harmwatch.core.reference.CheckRow;
import org.harmwatch.core.reference.CrossCheck;

/**
 * The cross-check results of {@link JdbcReferenceStore} ({@code reference_checks} and {@code
 * reference_check_rows}): saving the last check of a dataset and reading its rows back.
 *
 * <p>Not serialised on its own: {@link JdbcReferenceStore} calls {@link #saveCheck} under its
 * writing lock.
 */
final class ReferenceChecks {
  private final DataSource ds;

  ReferenceChecks(DataSource ds) {
    this.ds = Objects.requireNonNull(ds, "ds");
  }

  void saveCheck(CrossCheck check, Collection<CheckRow> rows) {
    TransactionWork.inOne(
        ds,
        "cannot store the cross-check of '" + check.dataset() + "'",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM reference_check_rows WHERE dataset = ?")) {
            ps.setString(1, check.dataset());
            ps.executeUpdate();
          }
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM reference_checks WHERE dataset = ?")) {
            ps.setString(1, check.dataset());
            ps.executeUpdate();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO reference_checks (dataset, version, checked_at, incidents,"
                      + " events, matches, comparisons, millis) VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setString(1, check.dataset());
            ps.setInt(2, check.version());
            ps.setTimestamp(3, Timestamp.from(check.checkedAt()));
            ps.setLong(4, check.incidents());
            ps.setLong(5, check.events());
            ps.setLong(6, check.matches());
            ps.setLong(7, check.comparisons());
            ps.setLong(8, check.millis());
            ps.executeUpdate();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO reference_check_rows (dataset, seq, kind, incident_id, event_id,"
                      + " country_code, period, score, reasons, our_low, our_best, our_high,"
                      + " their_fatalities) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            long seq = 0;
            int pending = 0;
            for (CheckRow r : rows) {
              ps.setString(1, check.dataset());
              ps.setLong(2, ++seq);
              ps.setString(3, r.kind().code());
              ps.setString(4, r.incidentId());
              ps.setString(5, r.eventId());
              ps.setString(6, r.country());
              ps.setString(7, r.month());
              ps.setDouble(8, r.score());
              ps.setString(9, cut(r.reasons(), 4000));
              setInt(ps, 10, r.ourLow());
              setInt(ps, 11, r.ourBest());
              setInt(ps, 12, r.ourHigh());
              setInt(ps, 13, r.theirFatalities());
              ps.addBatch();
              if (++pending == BATCH) {
                ps.executeBatch();
                pending = 0;
              }
            }
            if (pending > 0) {
              ps.executeBatch();
            }
          }
          return null;
        });
  }

  Optional<CrossCheck> lastCheck(String dataset) {
    return TransactionWork.inOne(
        ds,
        "cannot read the cross-check of '" + dataset + "'",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT dataset, version, checked_at, incidents, events, matches, comparisons,"
                      + " millis FROM reference_checks WHERE dataset = ?")) {
            ps.setString(1, dataset);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.<CrossCheck>empty();
              }
              return Optional.of(
                  new CrossCheck(
                      rs.getString(1),
                      rs.getInt(2),
                      rs.getTimestamp(3).toInstant(),
                      rs.getLong(4),
                      rs.getLong(5),
                      rs.getLong(6),
                      rs.getLong(7),
                      rs.getLong(8)));
            }
          }
        });
  }

  List<CheckRow> checkRows(String dataset, CheckRow.Kind kind) {
    return TransactionWork.inOne(
        ds,
        "cannot read the cross-check of '" + dataset + "'",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + CHECK_COLUMNS
                      + " FROM reference_check_rows WHERE dataset = ?"
                      + (kind == null ? "" : " AND kind = ?")
                      + " ORDER BY seq")) {
            ps.setFetchSize(BATCH);
            ps.setString(1, dataset);
            if (kind != null) {
              ps.setString(2, kind.code());
            }
            List<CheckRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(checkRow(rs));
              }
            }
            return out;
          }
        });
  }

  Map<String, List<CheckRow>> checkRowsOfIncident(String incidentId) {
    return TransactionWork.inOne(
        ds,
        "cannot read the cross-checks of incident '" + incidentId + "'",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT dataset, "
                      + CHECK_COLUMNS
                      + " FROM reference_check_rows WHERE incident_id = ?"
                      + " ORDER BY dataset, score DESC, seq")) {
            ps.setString(1, incidentId);
            Map<String, List<CheckRow>> out = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(checkRow(rs, 2));
              }
            }
            return out;
          }
        });
  }

  private static final String CHECK_COLUMNS =
      "kind, incident_id, event_id, country_code, period, score, reasons, our_low, our_best,"
          + " our_high, their_fatalities";

  private static CheckRow checkRow(ResultSet rs) throws SQLException {
    return checkRow(rs, 1);
  }

  private static CheckRow checkRow(ResultSet rs, int at) throws SQLException {
    return new CheckRow(
        CheckRow.Kind.fromCode(rs.getString(at)),
        rs.getString(at + 1),
        rs.getString(at + 2),
        rs.getString(at + 3),
        rs.getString(at + 4),
        rs.getDouble(at + 5),
        rs.getString(at + 6),
        getInt(rs, at + 7),
        getInt(rs, at + 8),
        getInt(rs, at + 9),
        getInt(rs, at + 10));
  }
}

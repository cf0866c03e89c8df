package org.harmwatch.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.SubEventType;
import org.harmwatch.core.reference.CheckRow;
import org.harmwatch.core.reference.CrossCheck;
import org.harmwatch.core.reference.ReferenceDataset;
import org.harmwatch.core.reference.ReferenceEvent;
import org.harmwatch.core.reference.ReferenceQuery;
import org.harmwatch.core.reference.ReferenceStore;
import org.harmwatch.core.store.Page;

/**
 * {@link ReferenceStore} on the database of a {@link Database} (tables {@code reference_versions},
 * {@code reference_events}, {@code reference_checks} and {@code reference_check_rows}). Imports and
 * cross-checks are serialised within this instance, so that two imports of one dataset never take
 * the same version number. Thread-safe.
 */
public final class JdbcReferenceStore implements ReferenceStore {
  private static final int BATCH = 1000;
  private static final String EVENT_COLUMNS =
      "dataset, event_id, version, date_start, date_end, date_precision, country_code, country,"
          + " admin1, admin2, location, lat, lon, geo_precision, event_type, sub_event_type,"
          + " actor1, assoc_actor1, actor2, assoc_actor2, fatalities, fatalities_low,"
          + " fatalities_high, source, notes, source_line, row_hash";

  private final DataSource ds;
  private final Object writing = new Object();

  public JdbcReferenceStore(Database database) {
    this.ds = Objects.requireNonNull(database, "database").dataSource();
  }

  @Override
  public Map<String, String> rowHashes(String dataset) {
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

  @Override
  public Optional<ReferenceDataset> versionOfFile(String dataset, String sha256) {
    return TransactionWork.inOne(
        ds,
        "cannot read the versions of reference dataset '" + dataset + "'",
        c ->
            versions(c, "WHERE dataset = ? AND sha256 = ? ORDER BY version", dataset, sha256)
                .stream()
                .findFirst());
  }

  @Override
  public ReferenceDataset addVersion(
      ReferenceDataset v, Collection<ReferenceEvent> added, Collection<ReferenceEvent> changed) {
    synchronized (writing) {
      return TransactionWork.inOne(
          ds,
          "cannot store version of reference dataset '" + v.name() + "'",
          c -> {
            int version = 1;
            try (PreparedStatement ps =
                c.prepareStatement(
                    "SELECT MAX(version) FROM reference_versions WHERE dataset = ?")) {
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
              ps.setString(4, clip(stored.fileName(), 1000));
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
  }

  @Override
  public List<ReferenceDataset> datasets() {
    return TransactionWork.inOne(
        ds,
        "cannot list reference datasets",
        c ->
            versions(
                c,
                "WHERE version = (SELECT MAX(w.version) FROM reference_versions w"
                    + " WHERE w.dataset = reference_versions.dataset) ORDER BY dataset"));
  }

  @Override
  public List<ReferenceDataset> versions(String dataset) {
    return TransactionWork.inOne(
        ds,
        "cannot list the versions of reference dataset '" + dataset + "'",
        c -> versions(c, "WHERE dataset = ? ORDER BY version", dataset));
  }

  @Override
  public Optional<ReferenceEvent> event(String dataset, String eventId) {
    return TransactionWork.inOne(
        ds,
        "cannot read reference event '" + eventId + "'",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + EVENT_COLUMNS
                      + " FROM reference_events WHERE dataset = ? AND event_id = ?")) {
            ps.setString(1, dataset);
            ps.setString(2, eventId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(event(rs)) : Optional.<ReferenceEvent>empty();
            }
          }
        });
  }

  @Override
  public void forEachEvent(String dataset, Consumer<ReferenceEvent> each) {
    TransactionWork.inOne(
        ds,
        "cannot read the events of reference dataset '" + dataset + "'",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + EVENT_COLUMNS
                      + " FROM reference_events WHERE dataset = ? ORDER BY event_id")) {
            ps.setFetchSize(BATCH);
            ps.setString(1, dataset);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                each.accept(event(rs));
              }
            }
          }
          return null;
        });
  }

  @Override
  public Page<ReferenceEvent> search(ReferenceQuery q) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (q.dataset() != null) {
      where.append(" AND dataset = ?");
      args.add(q.dataset());
    }
    if (q.countryCode() != null) {
      where.append(" AND country_code = ?");
      args.add(q.countryCode().toUpperCase(Locale.ROOT));
    }
    if (q.from() != null) {
      where.append(" AND date_end >= ?");
      args.add(Date.valueOf(q.from()));
    }
    if (q.to() != null) {
      where.append(" AND date_start <= ?");
      args.add(Date.valueOf(q.to()));
    }
    if (q.bbox() != null) {
      where.append(" AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?");
      args.add(q.bbox().south());
      args.add(q.bbox().north());
      args.add(q.bbox().west());
      args.add(q.bbox().east());
    }
    if (q.text() != null && !q.text().isBlank()) {
      where.append(
          " AND (LOWER(notes) LIKE ? ESCAPE '\\' OR LOWER(actor1) LIKE ? ESCAPE '\\'"
              + " OR LOWER(actor2) LIKE ? ESCAPE '\\' OR LOWER(location) LIKE ? ESCAPE '\\'"
              + " OR LOWER(event_id) LIKE ? ESCAPE '\\')");
      String like =
          "%"
              + q.text()
                  .trim()
                  .toLowerCase(Locale.ROOT)
                  .replace("\\", "\\\\")
                  .replace("%", "\\%")
                  .replace("_", "\\_")
              + "%";
      for (int i = 0; i < 5; i++) {
        args.add(like);
      }
    }
    return TransactionWork.inOne(
        ds,
        "cannot search reference events",
        c -> {
          long total;
          try (PreparedStatement ps =
              c.prepareStatement("SELECT COUNT(*) FROM reference_events" + where)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              total = rs.getLong(1);
            }
          }
          List<ReferenceEvent> items = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + EVENT_COLUMNS
                      + " FROM reference_events"
                      + where
                      + " ORDER BY date_start, dataset, event_id LIMIT ? OFFSET ?")) {
            List<Object> all = new ArrayList<>(args);
            all.add(q.limit());
            all.add(q.offset());
            bind(ps, all);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                items.add(event(rs));
              }
            }
          }
          return new Page<>(items, total, q.limit(), q.offset());
        });
  }

  @Override
  public void saveCheck(CrossCheck check, Collection<CheckRow> rows) {
    synchronized (writing) {
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
                ps.setString(9, clip(r.reasons(), 4000));
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
  }

  @Override
  public Optional<CrossCheck> lastCheck(String dataset) {
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

  @Override
  public List<CheckRow> checkRows(String dataset, CheckRow.Kind kind) {
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

  @Override
  public Map<String, List<CheckRow>> checkRowsOfIncident(String incidentId) {
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

  private static void bindEvent(PreparedStatement ps, String dataset, int version, ReferenceEvent e)
      throws SQLException {
    ps.setString(1, dataset);
    ps.setString(2, e.eventId());
    ps.setInt(3, version);
    ps.setDate(4, Date.valueOf(e.dateStart()));
    ps.setDate(5, Date.valueOf(e.dateEnd()));
    setInt(ps, 6, e.datePrecision());
    ps.setString(7, e.countryCode());
    ps.setString(8, clip(e.country(), 200));
    ps.setString(9, clip(e.admin1(), 500));
    ps.setString(10, clip(e.admin2(), 500));
    ps.setString(11, clip(e.location(), 1000));
    setDouble(ps, 12, e.lat());
    setDouble(ps, 13, e.lon());
    setInt(ps, 14, e.geoPrecision());
    ps.setString(15, e.eventType() == null ? null : e.eventType().code());
    ps.setString(16, e.subEventType() == null ? null : e.subEventType().code());
    ps.setString(17, clip(e.actor1(), 2000));
    ps.setString(18, clip(e.assocActor1(), 4000));
    ps.setString(19, clip(e.actor2(), 2000));
    ps.setString(20, clip(e.assocActor2(), 4000));
    setInt(ps, 21, e.fatalities());
    setInt(ps, 22, e.low());
    setInt(ps, 23, e.high());
    ps.setString(24, clip(e.source(), 20000));
    ps.setString(25, clip(e.notes(), 100000));
    ps.setLong(26, e.line());
    ps.setString(27, e.rowHash());
  }

  private static ReferenceEvent event(ResultSet rs) throws SQLException {
    String type = rs.getString(15);
    String sub = rs.getString(16);
    Double lat = getDouble(rs, 12);
    Double lon = getDouble(rs, 13);
    return new ReferenceEvent(
        rs.getString(2),
        rs.getDate(4).toLocalDate(),
        rs.getDate(5).toLocalDate(),
        getInt(rs, 6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        lat,
        lon,
        getInt(rs, 14),
        type == null ? null : EventType.fromCode(type),
        sub == null ? null : SubEventType.fromCode(sub),
        rs.getString(17),
        rs.getString(18),
        rs.getString(19),
        rs.getString(20),
        getInt(rs, 21),
        getInt(rs, 22),
        getInt(rs, 23),
        rs.getString(24),
        rs.getString(25),
        rs.getLong(26),
        rs.getString(27));
  }

  // Values longer than their column are cut rather than refused: the importer bounds cells, and a
  // reference event is kept for comparison, not as a record of its own.
  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      Object a = args.get(i);
      if (a instanceof String s) {
        ps.setString(i + 1, s);
      } else if (a instanceof Integer n) {
        ps.setInt(i + 1, n);
      } else if (a instanceof Double d) {
        ps.setDouble(i + 1, d);
      } else if (a instanceof Date d) {
        ps.setDate(i + 1, d);
      } else {
        ps.setObject(i + 1, a);
      }
    }
  }

  private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, v);
    }
  }

  private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.DOUBLE);
    } else {
      ps.setDouble(i, v);
    }
  }

  private static Integer getInt(ResultSet rs, int i) throws SQLException {
    int v = rs.getInt(i);
    return rs.wasNull() ? null : v;
  }

  private static Double getDouble(ResultSet rs, int i) throws SQLException {
    double v = rs.getDouble(i);
    return rs.wasNull() ? null : v;
  }

  /** The time now (for {@link ReferenceStore#now}). */
  @Override
  public Instant now() {
    return JdbcIncidentStore.now();
  }
}

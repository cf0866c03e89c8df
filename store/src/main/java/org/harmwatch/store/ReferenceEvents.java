package org.harmwatch.store;

import static org.harmwatch.store.ReferenceColumns.BATCH;
import static org.harmwatch.store.ReferenceColumns.EVENT_COLUMNS;
import static org.harmwatch.store.ReferenceColumns.bind;
import static org.harmwatch.store.ReferenceColumns.getDouble;
import static org.harmwatch.store.ReferenceColumns.getInt;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.SubEventType;
import org.harmwatch.core.reference.ReferenceEvent;
import org.harmwatch.core.reference.ReferenceQuery;
import org.harmwatch.core.store.Page;

/**
 * The event queries of {@link JdbcReferenceStore}: one event, every event of a dataset, and the
 * paged search over {@code reference_events}.
 */
final class ReferenceEvents {
  private final DataSource ds;

  ReferenceEvents(DataSource ds) {
    this.ds = Objects.requireNonNull(ds, "ds");
  }

  Optional<ReferenceEvent> event(String dataset, String eventId) {
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

  void forEachEvent(String dataset, Consumer<ReferenceEvent> each) {
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

  Page<ReferenceEvent> search(ReferenceQuery q) {
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
}

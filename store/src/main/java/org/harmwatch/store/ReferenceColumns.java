package org.harmwatch.store;

import static org.harmwatch.store.ColumnText.cut;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.harmwatch.core.reference.ReferenceEvent;

/**
 * The columns of the reference tables as {@link JdbcReferenceStore} binds and reads them: the event
 * column list, the binding of an event, and the null-aware setters and getters its parts share.
 */
final class ReferenceColumns {
  private ReferenceColumns() {}

  static final int BATCH = 1000;
  static final String EVENT_COLUMNS =
      "dataset, event_id, version, date_start, date_end, date_precision, country_code, country,"
          + " admin1, admin2, location, lat, lon, geo_precision, event_type, sub_event_type,"
          + " actor1, assoc_actor1, actor2, assoc_actor2, fatalities, fatalities_low,"
          + " fatalities_high, source, notes, source_line, row_hash";

  static void bindEvent(PreparedStatement ps, String dataset, int version, ReferenceEvent e)
      throws SQLException {
    ps.setString(1, dataset);
    ps.setString(2, e.eventId());
    ps.setInt(3, version);
    ps.setDate(4, Date.valueOf(e.dateStart()));
    ps.setDate(5, Date.valueOf(e.dateEnd()));
    setInt(ps, 6, e.datePrecision());
    ps.setString(7, e.countryCode());
    ps.setString(8, cut(e.country(), 200));
    ps.setString(9, cut(e.admin1(), 500));
    ps.setString(10, cut(e.admin2(), 500));
    ps.setString(11, cut(e.location(), 1000));
    setDouble(ps, 12, e.lat());
    setDouble(ps, 13, e.lon());
    setInt(ps, 14, e.geoPrecision());
    ps.setString(15, e.eventType() == null ? null : e.eventType().code());
    ps.setString(16, e.subEventType() == null ? null : e.subEventType().code());
    ps.setString(17, cut(e.actor1(), 2000));
    ps.setString(18, cut(e.assocActor1(), 4000));
    ps.setString(19, cut(e.actor2(), 2000));
    ps.setString(20, cut(e.assocActor2(), 4000));
    setInt(ps, 21, e.fatalities());
    setInt(ps, 22, e.low());
    setInt(ps, 23, e.high());
    ps.setString(24, cut(e.source(), 20000));
    ps.setString(25, cut(e.notes(), 100000));
    ps.setLong(26, e.line());
    ps.setString(27, e.rowHash());
  }

  static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
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

  static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, v);
    }
  }

  static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.DOUBLE);
    } else {
      ps.setDouble(i, v);
    }
  }

  static Integer getInt(ResultSet rs, int i) throws SQLException {
    int v = rs.getInt(i);
    return rs.wasNull() ? null : v;
  }

  static Double getDouble(ResultSet rs, int i) throws SQLException {
    double v = rs.getDouble(i);
    return rs.wasNull() ? null : v;
  }
}

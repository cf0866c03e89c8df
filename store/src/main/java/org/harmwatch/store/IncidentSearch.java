package org.harmwatch.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.harmwatch.core.corroboration.FigureEstimate;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.core.store.IncidentSummary;
import org.harmwatch.core.store.Page;
import org.harmwatch.core.store.Tally;
import org.harmwatch.core.store.TallyBy;
import org.harmwatch.store.QueryConditions.Filter;

/**
 * The filtered list, summaries, matching and tallies of incidents: the SQL over the WHERE clause a
 * query makes ({@link QueryConditions}, with its full-text hits when a search index is kept).
 * Thread-safe.
 */
final class IncidentSearch {
  /**
   * How many structured matches per full-text hit a list still reads whole to filter the hits: up
   * to this ratio, one scan of the matches' ids is cheaper than probing the index once per hit.
   */
  static final int SCAN_PER_HIT = 8;

  private final DataSource ds;
  private final QueryConditions conditions;
  private final ListTotals totals;
  private final long scanPerHit;

  /**
   * A search over {@code ds}; with a non-null {@code indexer}, text queries use its index; list
   * totals are kept by {@code totals}.
   */
  IncidentSearch(DataSource ds, TextIndexer indexer, ListTotals totals) {
    this(ds, indexer, totals, SCAN_PER_HIT);
  }

  /**
   * As {@link #IncidentSearch(DataSource, TextIndexer, ListTotals)}, filtering full-text hits by a
   * scan of the structured matches while they are at most {@code scanPerHit} per hit (0: never).
   */
  IncidentSearch(DataSource ds, TextIndexer indexer, ListTotals totals, long scanPerHit) {
    this.ds = ds;
    this.conditions = new QueryConditions(indexer);
    this.totals = totals;
    this.scanPerHit = scanPerHit;
  }

  /**
   * The list's order, newest first, for a query without text: a country or event type the query
   * fixes leads it, which changes no order but lets H2 read the page off the index that starts with
   * that column (V6, V26) instead of sorting every match; PostgreSQL sees this by itself.
   */
  static String orderBy(IncidentQuery q) {
    return " ORDER BY "
        + (q.countryCode() != null ? "i.country_code, " : "")
        + (q.eventType() != null ? "i.event_type, " : "")
        + "i.date_start DESC NULLS LAST, i.id";
  }

  Page<Incident> search(IncidentQuery q) {
    Filter f = conditions.filter(q, false);
    if (f.none()) {
      return new Page<>(List.of(), 0, q.limit(), q.offset());
    }
    String where = f.where();
    List<Object> args = f.args();
    List<String> hits = f.hits();
    String from = " FROM incidents i JOIN documents d ON d.id = i.document_id" + where;
    // Counting needs the documents only for the substring search of titles; without the join a
    // count is answered from the incidents' indexes alone.
    boolean titles = hits == null && q.text() != null && !q.text().isBlank();
    String countFrom = titles ? from : " FROM incidents i" + where;
    if (hits != null) {
      return byRelevance(q, hits, countFrom, args);
    }
    long total = totals.total(countFrom, args, () -> count(countFrom, args, q));
    // The page's ids first, from the incidents' indexes alone; then only those rows are read whole
    // and joined with their documents (not every match before the sort cuts the page).
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(q.limit());
    pageArgs.add(q.offset());
    List<String> ids = new ArrayList<>();
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT i.id" + countFrom + orderBy(q) + " LIMIT ? OFFSET ?")) {
      IncidentRows.bind(ps, pageArgs);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot list incidents for " + q, e);
    }
    List<Incident> items = byIds(ids);
    return new Page<>(items, total, q.limit(), q.offset());
  }

  /** Summaries of a query without a text part, in one query of the few columns they need. */
  Page<IncidentSummary> summaries(IncidentQuery q, int max) {
    Filter f = conditions.filter(q, true);
    if (f.none()) {
      return new Page<>(List.of(), 0, max, 0);
    }
    String countFrom = " FROM incidents i" + f.where();
    long total = totals.total(countFrom, f.args(), () -> count(countFrom, f.args(), q));
    List<IncidentSummary> out = new ArrayList<>();
    try (Connection c = ds.getConnection()) {
      List<Object> args = new ArrayList<>(f.args());
      args.add(max);
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT i.id, i.date_start, i.date_end, i.event_type, i.killed_low, i.killed_best,"
                  + " i.killed_high,"
                  + " i.lat, i.lon, i.location_precision, i.country_code, i.admin1,"
                  + " i.location_name, d.title"
                  + " FROM incidents i JOIN documents d ON d.id = i.document_id"
                  + f.where()
                  + orderBy(q)
                  + " LIMIT ?")) {
        IncidentRows.bind(ps, args);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Date start = rs.getDate(2);
            Date end = rs.getDate(3);
            out.add(
                new IncidentSummary(
                    rs.getString(1),
                    start == null ? null : start.toLocalDate(),
                    end == null ? null : end.toLocalDate(),
                    rs.getString(4),
                    (Integer) rs.getObject(5, Integer.class),
                    (Integer) rs.getObject(6, Integer.class),
                    (Integer) rs.getObject(7, Integer.class),
                    (Double) rs.getObject(8, Double.class),
                    (Double) rs.getObject(9, Double.class),
                    rs.getString(10),
                    rs.getString(11),
                    rs.getString(12),
                    rs.getString(13),
                    rs.getString(14)));
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot summarise incidents for " + q, e);
    }
    return new Page<>(out, total, max, 0);
  }

  List<String> matching(IncidentQuery q, Collection<String> incidentIds) {
    List<String> ids = incidentIds.stream().distinct().toList();
    Filter f = conditions.filter(q, true);
    if (ids.isEmpty() || f.none()) {
      return List.of();
    }
    List<Object> args = new ArrayList<>(f.args());
    args.add(ids.toArray(new String[0]));
    java.util.Set<String> found = new java.util.HashSet<>();
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT i.id FROM incidents i JOIN documents d ON d.id = i.document_id"
                    + f.where()
                    + " AND i.id = ANY(?)")) {
      IncidentRows.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot match " + ids.size() + " incident(s) with " + q, e);
    }
    return ids.stream().filter(found::contains).toList();
  }

  List<Tally> tally(IncidentQuery q, TallyBy by) {
    Filter f = conditions.filter(q, true);
    if (f.none()) {
      return List.of();
    }
    try (Connection c = ds.getConnection()) {
      return IncidentTallies.run(
          c,
          by,
          " FROM incidents i JOIN documents d ON d.id = i.document_id" + f.where(),
          f.args());
    } catch (SQLException e) {
      throw new StoreException("cannot summarise incidents by " + by.code() + " for " + q, e);
    }
  }

  Map<String, FigureEstimate> killedFigures(Collection<String> incidentIds) {
    Map<String, FigureEstimate> out = new HashMap<>();
    List<String> ids = new ArrayList<>(new java.util.LinkedHashSet<>(incidentIds));
    try (Connection c = ds.getConnection()) {
      for (int from = 0; from < ids.size(); from += 1000) {
        List<String> part = ids.subList(from, Math.min(ids.size(), from + 1000));
        try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, killed_low, killed_best, killed_high FROM incidents WHERE id = ANY(?)")) {
          IncidentRows.bind(ps, List.of((Object) part.toArray(new String[0])));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.put(
                  rs.getString(1),
                  new FigureEstimate(
                      rs.getObject(2, Integer.class),
                      rs.getObject(3, Integer.class),
                      rs.getObject(4, Integer.class)));
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the figures of " + ids.size() + " incident(s)", e);
    }
    return out;
  }

  private long count(String from, List<Object> args, IncidentQuery q) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + from)) {
      IncidentRows.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count incidents for " + q, e);
    }
  }

  /**
   * The page of the full-text hits that pass the structured filters ({@code from}, without the
   * hits), best hit first. With few structured matches per hit their ids are read in one scan and
   * the hits kept here; else the database is asked about the hits themselves. Both give the same
   * set: a list of thousands of hits sent as {@code i.id = ANY(?)} runs as one index probe per hit
   * under PostgreSQL's generic plan, which made every broad text query cost a third of a second.
   */
  private Page<Incident> byRelevance(
      IncidentQuery q, List<String> hits, String from, List<Object> args) {
    long matches = totals.total(from, args, () -> count(from, args, q));
    java.util.Set<String> passing;
    if (matches <= scanPerHit * hits.size()) {
      passing = ids("SELECT i.id" + from, args, q);
    } else {
      List<Object> withHits = new ArrayList<>(args);
      withHits.add(hits.toArray(new String[0]));
      passing = ids("SELECT i.id" + from + " AND i.id = ANY(?)", withHits, q);
    }
    List<String> ranked = hits.stream().filter(passing::contains).toList();
    int end = (int) Math.min(ranked.size(), (long) q.offset() + q.limit());
    List<String> page = q.offset() >= ranked.size() ? List.of() : ranked.subList(q.offset(), end);
    if (page.isEmpty()) {
      return new Page<>(List.of(), ranked.size(), q.limit(), q.offset());
    }
    List<Incident> items = byIds(page);
    return new Page<>(items, ranked.size(), q.limit(), q.offset());
  }

  private java.util.Set<String> ids(String sql, List<Object> args, IncidentQuery q) {
    java.util.Set<String> out = new java.util.HashSet<>();
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      IncidentRows.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot filter incidents for " + q, e);
    }
    return out;
  }

  // The incidents with these ids, in the order of the ids.
  private List<Incident> byIds(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, Incident> byId = new java.util.HashMap<>();
    for (Incident i :
        incidents(
            "SELECT "
                + JdbcIncidentStore.INCIDENT_COLUMNS
                + " FROM incidents i JOIN documents d ON d.id = i.document_id"
                + " WHERE i.id = ANY(?)",
            List.of((Object) ids.toArray(new String[0])))) {
      byId.put(i.id(), i);
    }
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  private List<Incident> incidents(String sql, List<Object> args) {
    try (Connection c = ds.getConnection()) {
      return IncidentRows.incidents(c, sql, args);
    } catch (SQLException e) {
      throw new StoreException("cannot read incidents", e);
    }
  }
}

package org.harmwatch.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.harmwatch.core.corroboration.Corroborated;
import org.harmwatch.core.corroboration.Corroboration;
import org.harmwatch.core.corroboration.ReprintKey;
import org.harmwatch.core.corroboration.SourceReport;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.review.Change;
import org.harmwatch.core.review.ChangeKind;
import org.harmwatch.core.review.ReviewStatus;
import org.harmwatch.link.Link;
import org.harmwatch.link.LinkInput;
import org.harmwatch.link.Linker;

/**
 * {@link Corroboration} on the database of a {@link JdbcIncidentStore} (tables {@code
 * incident_sources} and {@code link_decisions}, column {@code incidents.merged_into}).
 *
 * <p>Linking a new report: the stored reports whose dates lie within {@value #WINDOW_DAYS} days of
 * it (or, without a date, whose documents were published within that window) in the same country
 * are scored pairwise by {@link Linker#match}; the report joins the incident of its best accepted
 * match (ties: the smaller incident id) or becomes a new incident. A report that joins is folded:
 * status {@code merged}, {@code merged_into} the surviving incident, its figures kept as a source.
 * Every link is recorded in both incidents' history.
 *
 * <p>Thread-safe: linking is serialised within this instance so that two reports of one event
 * ingested at the same moment see each other; reads run freely.
 */
public final class JdbcCorroboration implements Corroboration {
  /** How far apart (in days) two reports' dates may be for them to be compared at all. */
  static final int WINDOW_DAYS = 14;

  /**
   * The history field of link changes (not a spec field: it leaves the incident's fields alone).
   */
  public static final String SOURCES_FIELD = "sources";

  private final DataSource ds;
  private final Linker linker;
  private final Object linking = new Object();

  public JdbcCorroboration(Database database, Linker linker) {
    this.ds = Objects.requireNonNull(database, "database").dataSource();
    this.linker = Objects.requireNonNull(linker, "linker");
  }

  @Override
  public void link(List<Incident> stored) {
    synchronized (linking) {
      for (Incident incident : stored) {
        if (incident.id() == null) {
          throw new IllegalArgumentException("incident is not stored (no id): " + incident);
        }
        inTransaction(incident.id(), c -> linkOne(c, incident.id()));
      }
    }
  }

  private Void linkOne(Connection c, String id) throws SQLException {
    if (sourceRow(c, id).isPresent()) {
      return null;
    }
    List<Incident> found = read(c, List.of(id));
    if (found.isEmpty()) {
      throw new java.util.NoSuchElementException("no incident '" + id + "'");
    }
    Incident x = found.get(0);
    String reprint = ReprintKey.of(documentText(c, x.document().id()));
    LinkInput in = input(x);
    Map<String, String> clusterOf = candidates(c, x);
    List<Incident> cands = read(c, new ArrayList<>(clusterOf.keySet()));
    Link best = null;
    String bestCluster = null;
    for (Incident cand : cands) {
      Optional<Link> l = linker.match(in, input(cand));
      if (l.isEmpty()) {
        continue;
      }
      String cluster = clusterOf.get(cand.id());
      if (best == null
          || l.get().score() > best.score()
          || (l.get().score() == best.score() && cluster.compareTo(bestCluster) < 0)) {
        best = l.get();
        bestCluster = cluster;
      }
    }
    Instant now = JdbcIncidentStore.now();
    if (best == null) {
      insertSource(c, x, id, reprint, "first report", 1.0, JdbcIncidentStore.SYSTEM_USER, now);
      return null;
    }
    String reason = best.reason();
    insertSource(
        c, x, bestCluster, reprint, reason, best.score(), JdbcIncidentStore.SYSTEM_USER, now);
    fold(c, x, bestCluster, reason, best.score(), JdbcIncidentStore.SYSTEM_USER, now);
    return null;
  }

  // Folds report x into incident `into`: status merged, its document a document of `into`, and
  // the link in both histories.
  private static void fold(
      Connection c, Incident x, String into, String reason, double score, String user, Instant now)
      throws SQLException {
    String oldStatus;
    try (PreparedStatement ps =
        c.prepareStatement("SELECT review_status FROM incidents WHERE id = ? FOR UPDATE")) {
      ps.setString(1, x.id());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        oldStatus = rs.getString(1);
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE incidents SET merged_into = ?, review_status = ? WHERE id = ?")) {
      ps.setString(1, into);
      ps.setString(2, ReviewStatus.MERGED.code());
      ps.setString(3, x.id());
      ps.executeUpdate();
    }
    addDocument(c, into, x.document().id());
    HistoryLog.record(
        c,
        new Change(
            0,
            x.id(),
            now,
            user,
            ChangeKind.MERGED,
            JdbcReviewStore.STATUS_FIELD,
            quote(oldStatus),
            quote(ReviewStatus.MERGED.code()),
            "merged into " + into + " (score " + score + "): " + reason));
    ObjectNode link = ExchangeJson.mapper().createObjectNode();
    link.put("source_id", x.id());
    link.put("document_id", x.document().id());
    link.put("score", score);
    link.put("reason", reason);
    HistoryLog.record(
        c,
        new Change(
            0,
            into,
            now,
            user,
            ChangeKind.LINKED,
            SOURCES_FIELD,
            null,
            ExchangeJson.write(link),
            "report " + x.id() + " of document " + x.document().id() + ": " + reason));
  }

  private static void addDocument(Connection c, String incidentId, String documentId)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT 1 FROM incident_documents WHERE incident_id = ? AND document_id = ?")) {
      ps.setString(1, incidentId);
      ps.setString(2, documentId);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return;
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO incident_documents (incident_id, document_id) VALUES (?,?)")) {
      ps.setString(1, incidentId);
      ps.setString(2, documentId);
      ps.executeUpdate();
    }
  }

  private static void insertSource(
      Connection c,
      Incident x,
      String incidentId,
      String reprint,
      String reason,
      double score,
      String user,
      Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO incident_sources (source_id, incident_id, document_id, published,"
                + " killed_known, killed_min, killed_max, injured_known, injured_min, injured_max,"
                + " detained_known, detained_min, detained_max, date_text, place_text,"
                + " reprint_key, reason, score, linked_by, linked_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      int p = 1;
      ps.setString(p++, x.id());
      ps.setString(p++, incidentId);
      ps.setString(p++, x.document().id());
      LocalDate published = x.document().published();
      ps.setObject(p++, published == null ? null : Date.valueOf(published), Types.DATE);
      for (Count count :
          java.util.Arrays.asList(
              x.casualties().killed(), x.casualties().injured(), x.casualties().detained())) {
        ps.setBoolean(p++, count != null);
        ps.setObject(p++, count == null ? null : count.min(), Types.INTEGER);
        ps.setObject(p++, count == null ? null : count.max(), Types.INTEGER);
      }
      ps.setString(p++, x.date() == null ? null : clip(x.date().text(), 2000));
      ps.setString(p++, x.location() == null ? null : clip(x.location().text(), 4000));
      ps.setString(p++, reprint);
      ps.setString(p++, clip(reason, 4000));
      ps.setDouble(p++, score);
      ps.setString(p++, user);
      ps.setTimestamp(p, Timestamp.from(now));
      ps.executeUpdate();
    }
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  // The linked reports near x, by id, with the incident each belongs to.
  private static Map<String, String> candidates(Connection c, Incident x) throws SQLException {
    StringBuilder sql =
        new StringBuilder(
            "SELECT i.id, s.incident_id FROM incidents i JOIN documents d ON d.id = i.document_id"
                + " JOIN incident_sources s ON s.source_id = i.id"
                + " JOIN incidents sv ON sv.id = s.incident_id"
                + " WHERE i.id <> ? AND sv.review_status <> ?");
    List<Object> args = new ArrayList<>();
    args.add(x.id());
    args.add(ReviewStatus.DELETED.code());
    String cc = x.location() == null ? null : x.location().countryCode();
    if (cc != null) {
      sql.append(" AND (i.country_code = ? OR i.country_code IS NULL)");
      args.add(cc);
    }
    LocalDate from;
    LocalDate to;
    LocalDate published = x.document() == null ? null : x.document().published();
    if (x.date() != null) {
      from = x.date().start().minusDays(WINDOW_DAYS);
      to = x.date().end().plusDays(WINDOW_DAYS);
    } else if (published != null) {
      from = published.minusDays(WINDOW_DAYS + 7);
      to = published.plusDays(WINDOW_DAYS);
    } else {
      return Map.of();
    }
    sql.append(
        " AND ((i.date_start IS NOT NULL AND i.date_end >= ? AND i.date_start <= ?)"
            + " OR (i.date_start IS NULL AND d.published >= ? AND d.published <= ?))"
            + " ORDER BY i.id");
    args.add(Date.valueOf(from));
    args.add(Date.valueOf(to));
    args.add(Date.valueOf(from));
    args.add(Date.valueOf(to.plusDays(7)));
    Map<String, String> out = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      JdbcIncidentStore.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return out;
  }

  static LinkInput input(Incident i) {
    return new LinkInput(i, i.document().id(), i.document().published(), null);
  }

  private static List<Incident> read(Connection c, List<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Incident> out = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += 1000) {
      List<String> part = ids.subList(from, Math.min(ids.size(), from + 1000));
      out.addAll(
          JdbcIncidentStore.incidents(
              c,
              "SELECT "
                  + JdbcIncidentStore.INCIDENT_COLUMNS
                  + " FROM incidents i JOIN documents d ON d.id = i.document_id WHERE i.id IN "
                  + marks(part.size())
                  + " ORDER BY i.id",
              new ArrayList<>(part)));
    }
    return out;
  }

  private static String marks(int n) {
    return "(" + String.join(",", Collections.nCopies(n, "?")) + ")";
  }

  private static String documentText(Connection c, String documentId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT text_content FROM documents WHERE id = ?")) {
      ps.setString(1, documentId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  // The incident a report belongs to, empty when the report is not linked yet.
  private static Optional<String> sourceRow(Connection c, String sourceId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT incident_id FROM incident_sources WHERE source_id = ?")) {
      ps.setString(1, sourceId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  @Override
  public Map<String, Corroborated> corroboration(Collection<String> incidentIds) {
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(incidentIds));
    if (ids.isEmpty()) {
      return Map.of();
    }
    try (Connection c = ds.getConnection()) {
      Map<String, String> clusterOf = new HashMap<>();
      for (int from = 0; from < ids.size(); from += 1000) {
        List<String> part = ids.subList(from, Math.min(ids.size(), from + 1000));
        try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT source_id, incident_id FROM incident_sources WHERE source_id IN "
                    + marks(part.size()))) {
          JdbcIncidentStore.bind(ps, new ArrayList<>(part));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              clusterOf.put(rs.getString(1), rs.getString(2));
            }
          }
        }
      }
      List<String> clusters = clusterOf.values().stream().distinct().sorted().toList();
      Map<String, List<SourceReport>> sources = new HashMap<>();
      for (int from = 0; from < clusters.size(); from += 1000) {
        List<String> part = clusters.subList(from, Math.min(clusters.size(), from + 1000));
        try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT * FROM incident_sources WHERE incident_id IN " + marks(part.size()))) {
          JdbcIncidentStore.bind(ps, new ArrayList<>(part));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              sources
                  .computeIfAbsent(rs.getString("incident_id"), k -> new ArrayList<>())
                  .add(report(rs));
            }
          }
        }
      }
      Map<String, Corroborated> byCluster = new HashMap<>();
      sources.forEach((k, v) -> byCluster.put(k, Corroborated.of(k, v)));
      Map<String, Corroborated> out = new LinkedHashMap<>();
      for (String id : ids) {
        String cluster = clusterOf.get(id);
        if (cluster != null && byCluster.containsKey(cluster)) {
          out.put(id, byCluster.get(cluster));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read the sources of " + ids.size() + " incident(s)", e);
    }
  }

  private static SourceReport report(ResultSet rs) throws SQLException {
    Date published = rs.getDate("published");
    return new SourceReport(
        rs.getString("source_id"),
        rs.getString("document_id"),
        published == null ? null : published.toLocalDate(),
        count(rs, "killed"),
        count(rs, "injured"),
        count(rs, "detained"),
        rs.getString("date_text"),
        rs.getString("place_text"),
        rs.getString("reprint_key"),
        rs.getString("reason"),
        rs.getDouble("score"));
  }

  private static Count count(ResultSet rs, String name) throws SQLException {
    if (!rs.getBoolean(name + "_known")) {
      return null;
    }
    return new Count(
        rs.getObject(name + "_min", Integer.class),
        rs.getObject(name + "_max", Integer.class),
        null);
  }

  @Override
  public Optional<String> mergedInto(String incidentId) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT merged_into FROM incidents WHERE id = ?")) {
      ps.setString(1, incidentId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read incident " + incidentId, e);
    }
  }

  private static String quote(String code) {
    return code == null
        ? null
        : ExchangeJson.write(ExchangeJson.mapper().getNodeFactory().textNode(code));
  }

  /** Work done on one connection in one transaction. */
  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T inTransaction(String what, Work<T> work) {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot link incident " + what, e);
    }
  }
}

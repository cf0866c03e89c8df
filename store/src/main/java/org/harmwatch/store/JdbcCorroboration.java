package org.harmwatch.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.harmwatch.core.corroboration.Corroborated;
import org.harmwatch.core.corroboration.Corroboration;
import org.harmwatch.core.corroboration.FigureEstimate;
import org.harmwatch.core.corroboration.RelatedIncident;
import org.harmwatch.core.corroboration.RelinkSummary;
import org.harmwatch.core.corroboration.ReportLinker;
import org.harmwatch.core.corroboration.ReportLinker.Match;
import org.harmwatch.core.corroboration.ReprintKey;
import org.harmwatch.core.corroboration.SourceReport;
import org.harmwatch.core.corroboration.SplitResult;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.review.Change;
import org.harmwatch.core.review.ChangeKind;
import org.harmwatch.core.review.ReviewStatus;
import org.harmwatch.core.store.IncidentSummary;

/**
 * {@link Corroboration} on the database of a {@link JdbcIncidentStore} (tables {@code
 * incident_sources} and {@code link_decisions}, column {@code incidents.merged_into}).
 *
 * <p>Linking a new report: the stored reports whose dates lie within {@value #WINDOW_DAYS} days of
 * it (or, without a date, whose documents were published within that window) in the same country
 * are scored pairwise by {@link ReportLinker#match}; the report joins the incident of its best
 * accepted match (ties: the smaller incident id) or becomes a new incident. A report that joins is
 * folded: status {@code merged}, {@code merged_into} the surviving incident, its figures kept as a
 * source. Every link is recorded in both incidents' history.
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

  /** The history field of a folded report's pointer to the incident it belongs to. */
  public static final String MERGED_INTO_FIELD = "merged_into";

  private final DataSource ds;
  private final ReportLinker linker;
  private final Object linking = new Object();

  public JdbcCorroboration(Database database, ReportLinker linker) {
    this.ds = Objects.requireNonNull(database, "database").dataSource();
    this.linker = Objects.requireNonNull(linker, "linker");
    refreshStaleFigures();
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
      throw new NoSuchElementException("no incident '" + id + "'");
    }
    Incident x = found.get(0);
    String reprint = ReprintKey.of(documentText(c, x.document().id()));
    Map<String, String> clusterOf = candidates(c, x);
    List<Incident> cands = read(c, new ArrayList<>(clusterOf.keySet()));
    Match best = null;
    String bestCluster = null;
    for (Incident cand : cands) {
      Optional<Match> l = linker.match(x, cand);
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
      refreshFigures(c, List.of(id));
      return null;
    }
    String reason = best.reason();
    insertSource(
        c, x, bestCluster, reprint, reason, best.score(), JdbcIncidentStore.SYSTEM_USER, now);
    fold(c, x, bestCluster, reason, best.score(), JdbcIncidentStore.SYSTEM_USER, now);
    refreshFigures(c, List.of(bestCluster));
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

  // ---- hand decisions, related incidents and relinking ----

  /** The link state of one incident row. */
  private record Row(String id, String documentId, String status, String mergedInto) {}

  /** One report of an incident: its extracted incident and its document. */
  private record Member(String sourceId, String documentId) {}

  private static Row lockRow(Connection c, String id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, document_id, review_status, merged_into FROM incidents WHERE id = ?"
                + " FOR UPDATE")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new NoSuchElementException("no incident '" + id + "'");
        }
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
      }
    }
  }

  private static Row changeable(Connection c, String id) throws SQLException {
    Row r = lockRow(c, id);
    if (ReviewStatus.DELETED.code().equals(r.status())) {
      throw new IllegalArgumentException(
          "incident '" + id + "' is deleted and can no longer be changed");
    }
    return r;
  }

  private static List<Member> members(Connection c, String incidentId) throws SQLException {
    List<Member> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT source_id, document_id FROM incident_sources WHERE incident_id = ?"
                + " ORDER BY source_id")) {
      ps.setString(1, incidentId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Member(rs.getString(1), rs.getString(2)));
        }
      }
    }
    return out;
  }

  // Gives an incident stored before linking existed (no source row) its own report as a source.
  private static void ensureLinked(Connection c, String id, Instant now) throws SQLException {
    if (sourceRow(c, id).isPresent()) {
      return;
    }
    Incident x = read(c, List.of(id)).get(0);
    insertSource(
        c,
        x,
        id,
        ReprintKey.of(documentText(c, x.document().id())),
        "first report",
        1.0,
        JdbcIncidentStore.SYSTEM_USER,
        now);
  }

  private static void moveSource(
      Connection c,
      String sourceId,
      String to,
      String reason,
      double score,
      String user,
      Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE incident_sources SET incident_id = ?, reason = ?, score = ?, linked_by = ?,"
                + " linked_at = ? WHERE source_id = ?")) {
      ps.setString(1, to);
      ps.setString(2, clip(reason, 4000));
      ps.setDouble(3, score);
      ps.setString(4, user);
      ps.setTimestamp(5, Timestamp.from(now));
      ps.setString(6, sourceId);
      ps.executeUpdate();
    }
  }

  // Points report `id` at incident `into` (null: its own incident) and sets its status to match,
  // recording the change in its history.
  private static void repoint(
      Connection c, Row r, String into, ChangeKind kind, String user, String reason, Instant now)
      throws SQLException {
    String status = r.status();
    if (into == null && ReviewStatus.MERGED.code().equals(status)) {
      status = ReviewStatus.NEW.code();
    } else if (into != null && !ReviewStatus.MERGED.code().equals(status)) {
      status = ReviewStatus.MERGED.code();
    }
    if (Objects.equals(into, r.mergedInto()) && status.equals(r.status())) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE incidents SET merged_into = ?, review_status = ? WHERE id = ?")) {
      ps.setString(1, into);
      ps.setString(2, status);
      ps.setString(3, r.id());
      ps.executeUpdate();
    }
    boolean statusChanged = !status.equals(r.status());
    HistoryLog.record(
        c,
        new Change(
            0,
            r.id(),
            now,
            user,
            kind,
            statusChanged ? JdbcReviewStore.STATUS_FIELD : MERGED_INTO_FIELD,
            statusChanged ? quote(r.status()) : quote(r.mergedInto()),
            statusChanged ? quote(status) : quote(into),
            (into == null ? "its own incident again" : "merged into " + into) + ": " + reason));
  }

  // Drops `documentId` from the documents of `incidentId` unless one of its reports still has it.
  private static void pruneDocument(Connection c, String incidentId, String documentId)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT 1 FROM incident_sources WHERE incident_id = ? AND document_id = ?")) {
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
            "DELETE FROM incident_documents WHERE incident_id = ? AND document_id = ?"
                + " AND document_id <> (SELECT document_id FROM incidents WHERE id = ?)")) {
      ps.setString(1, incidentId);
      ps.setString(2, documentId);
      ps.setString(3, incidentId);
      ps.executeUpdate();
    }
  }

  private static void decide(
      Connection c,
      boolean sameEvent,
      String x,
      String y,
      String survivor,
      String user,
      String reason,
      Instant now)
      throws SQLException {
    // A pair is stored in sorted order, so that a later decision on it finds the earlier one.
    ReportLinker.Decision d =
        x.compareTo(y) <= 0
            ? new ReportLinker.Decision(x, y, sameEvent)
            : new ReportLinker.Decision(y, x, sameEvent);
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE link_decisions SET active = ? WHERE incident_a = ? AND incident_b = ?"
                + " AND active = ?")) {
      ps.setBoolean(1, false);
      ps.setString(2, d.a());
      ps.setString(3, d.b());
      ps.setBoolean(4, true);
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO link_decisions (kind, incident_a, incident_b, survivor, user_name,"
                + " reason, decided_at, active) VALUES (?,?,?,?,?,?,?,?)")) {
      ps.setString(1, sameEvent ? "must" : "cannot");
      ps.setString(2, d.a());
      ps.setString(3, d.b());
      ps.setString(4, survivor);
      ps.setString(5, user);
      ps.setString(6, clip(reason, 4000));
      ps.setTimestamp(7, Timestamp.from(now));
      ps.setBoolean(8, true);
      ps.executeUpdate();
    }
  }

  private static void check(String user, String reason) {
    if (user == null || user.isBlank()) {
      throw new IllegalArgumentException("user is blank: every change needs who made it");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason is blank: every change needs a reason");
    }
    if (reason.length() > 4000) {
      throw new IllegalArgumentException(
          "reason is longer than 4000 characters (" + reason.length() + ")");
    }
  }

  @Override
  public Incident merge(String incidentId, String otherId, String user, String reason) {
    check(user, reason);
    if (incidentId.equals(otherId)) {
      throw new IllegalArgumentException("cannot merge incident '" + incidentId + "' with itself");
    }
    synchronized (linking) {
      inTransaction(
          incidentId,
          c -> {
            Instant now = JdbcIncidentStore.now();
            Row keep = changeable(c, incidentId);
            if (keep.mergedInto() != null) {
              throw new IllegalArgumentException(
                  "incident '"
                      + incidentId
                      + "' is merged into '"
                      + keep.mergedInto()
                      + "'; merge into that incident instead");
            }
            Row given = changeable(c, otherId);
            String other = given.mergedInto() == null ? otherId : given.mergedInto();
            if (other.equals(incidentId)) {
              throw new IllegalArgumentException(
                  "incidents '" + incidentId + "' and '" + otherId + "' are already one incident");
            }
            Row gone = other.equals(otherId) ? given : changeable(c, other);
            ensureLinked(c, incidentId, now);
            ensureLinked(c, other, now);
            List<Member> kept = members(c, incidentId);
            List<Member> moved = members(c, other);
            String why = "merged by " + user + ": " + reason;
            ArrayNode documents = ExchangeJson.mapper().createArrayNode();
            for (Member m : moved) {
              moveSource(c, m.sourceId(), incidentId, why, 1.0, user, now);
              Row r = m.sourceId().equals(other) ? gone : lockRow(c, m.sourceId());
              repoint(c, r, incidentId, ChangeKind.MERGED, user, reason, now);
              addDocument(c, incidentId, m.documentId());
              documents.add(m.documentId());
            }
            for (Member a : kept) {
              for (Member b : moved) {
                decide(c, true, a.sourceId(), b.sourceId(), incidentId, user, reason, now);
              }
            }
            ObjectNode merged = ExchangeJson.mapper().createObjectNode();
            merged.put("other_id", other);
            merged.set("documents", documents);
            HistoryLog.record(
                c,
                new Change(
                    0,
                    incidentId,
                    now,
                    user,
                    ChangeKind.MERGED,
                    SOURCES_FIELD,
                    null,
                    ExchangeJson.write(merged),
                    reason));
            refreshFigures(c, List.of(incidentId, other));
            return null;
          });
    }
    return readOne(incidentId);
  }

  @Override
  public SplitResult split(
      String incidentId, List<String> documentIds, String user, String reason) {
    check(user, reason);
    if (documentIds == null || documentIds.isEmpty()) {
      throw new IllegalArgumentException("no document to split off incident '" + incidentId + "'");
    }
    String[] created = new String[1];
    synchronized (linking) {
      inTransaction(
          incidentId,
          c -> {
            Instant now = JdbcIncidentStore.now();
            Row keep = changeable(c, incidentId);
            if (keep.mergedInto() != null) {
              throw new IllegalArgumentException(
                  "incident '"
                      + incidentId
                      + "' is merged into '"
                      + keep.mergedInto()
                      + "'; split that incident instead");
            }
            ensureLinked(c, incidentId, now);
            List<Member> all = members(c, incidentId);
            java.util.Set<String> docs = new java.util.TreeSet<>();
            all.forEach(m -> docs.add(m.documentId()));
            for (String d : documentIds) {
              if (!docs.contains(d)) {
                throw new IllegalArgumentException(
                    "document '" + d + "' is not a source of incident '" + incidentId + "'");
              }
            }
            List<Member> out =
                all.stream().filter(m -> documentIds.contains(m.documentId())).toList();
            List<Member> stay =
                all.stream().filter(m -> !documentIds.contains(m.documentId())).toList();
            if (stay.isEmpty()) {
              throw new IllegalArgumentException(
                  "splitting "
                      + documentIds
                      + " would take every source of incident '"
                      + incidentId
                      + "'");
            }
            if (out.stream().anyMatch(m -> m.sourceId().equals(incidentId))) {
              throw new IllegalArgumentException(
                  "document '"
                      + keep.documentId()
                      + "' holds the report of incident '"
                      + incidentId
                      + "' itself; split off the other documents instead");
            }
            String fresh = out.get(0).sourceId(); // members are sorted by id
            created[0] = fresh;
            String why = "split off " + incidentId + " by " + user + ": " + reason;
            ArrayNode documents = ExchangeJson.mapper().createArrayNode();
            for (Member m : out) {
              moveSource(
                  c, m.sourceId(), fresh, m.sourceId().equals(fresh) ? why : why, 1.0, user, now);
              Row r = lockRow(c, m.sourceId());
              repoint(
                  c,
                  r,
                  m.sourceId().equals(fresh) ? null : fresh,
                  ChangeKind.SPLIT,
                  user,
                  reason,
                  now);
              addDocument(c, fresh, m.documentId());
              pruneDocument(c, incidentId, m.documentId());
              documents.add(m.documentId());
            }
            for (Member a : stay) {
              for (Member b : out) {
                decide(c, false, a.sourceId(), b.sourceId(), null, user, reason, now);
              }
            }
            ObjectNode split = ExchangeJson.mapper().createObjectNode();
            split.put("created_id", fresh);
            split.set("documents", documents);
            HistoryLog.record(
                c,
                new Change(
                    0,
                    incidentId,
                    now,
                    user,
                    ChangeKind.SPLIT,
                    SOURCES_FIELD,
                    ExchangeJson.write(split),
                    null,
                    reason));
            refreshFigures(c, List.of(incidentId, fresh));
            return null;
          });
    }
    return new SplitResult(readOne(incidentId), readOne(created[0]));
  }

  private Incident readOne(String id) {
    try (Connection c = ds.getConnection()) {
      List<Incident> found = read(c, List.of(id));
      if (found.isEmpty()) {
        throw new NoSuchElementException("no incident '" + id + "'");
      }
      return found.get(0);
    } catch (SQLException e) {
      throw new StoreException("cannot read incident " + id, e);
    }
  }

  @Override
  public List<RelatedIncident> related(String incidentId, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit below 1: " + limit);
    }
    try (Connection c = ds.getConnection()) {
      Incident given = readOneOn(c, incidentId);
      String self = mergedIntoOn(c, incidentId).orElse(incidentId);
      List<String> memberIds = new ArrayList<>();
      for (Member m : members(c, self)) {
        memberIds.add(m.sourceId());
      }
      if (memberIds.isEmpty()) {
        memberIds.add(given.id());
      }
      List<Incident> mine = read(c, memberIds);
      Map<String, Match> best = new HashMap<>();
      for (Incident m : mine) {
        Map<String, String> near = candidates(c, m);
        Map<String, String> others = new LinkedHashMap<>();
        near.forEach(
            (k, v) -> {
              if (!v.equals(self)) {
                others.put(k, v);
              }
            });
        for (Incident cand : read(c, new ArrayList<>(others.keySet()))) {
          Optional<Match> l = linker.assess(m, cand);
          if (l.isEmpty()) {
            continue;
          }
          String cluster = others.get(cand.id());
          Match old = best.get(cluster);
          if (old == null || l.get().score() > old.score()) {
            best.put(cluster, l.get());
          }
        }
      }
      List<String> order = new ArrayList<>(best.keySet());
      order.sort(
          java.util.Comparator.comparingDouble((String k) -> -best.get(k).score())
              .thenComparing(k -> k));
      order = order.subList(0, Math.min(limit, order.size()));
      Map<String, Incident> incidents = new HashMap<>();
      read(c, order).forEach(i -> incidents.put(i.id(), i));
      List<RelatedIncident> out = new ArrayList<>();
      for (String k : order) {
        out.add(new RelatedIncident(incidents.get(k), best.get(k).score(), best.get(k).reason()));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot find incidents related to " + incidentId, e);
    }
  }

  private static Incident readOneOn(Connection c, String id) throws SQLException {
    List<Incident> found = read(c, List.of(id));
    if (found.isEmpty()) {
      throw new NoSuchElementException("no incident '" + id + "'");
    }
    return found.get(0);
  }

  private static Optional<String> mergedIntoOn(Connection c, String id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT merged_into FROM incidents WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    }
  }

  @Override
  public RelinkSummary relink(String user, RelinkStep step) {
    if (user == null || user.isBlank()) {
      throw new IllegalArgumentException("user is blank: every change needs who made it");
    }
    synchronized (linking) {
      Map<String, Row> rows = new HashMap<>();
      Map<String, String> current = new HashMap<>();
      Map<String, String> linkedBy = new HashMap<>();
      List<ReportLinker.Decision> decisions = new ArrayList<>();
      java.util.Set<String> designated = new java.util.HashSet<>();
      List<Incident> all;
      try (Connection c = ds.getConnection()) {
        try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT i.id, i.document_id, i.review_status, i.merged_into FROM incidents i"
                    + " LEFT JOIN incidents sv ON sv.id = i.merged_into"
                    + " WHERE i.review_status <> ? AND (sv.id IS NULL OR sv.review_status <> ?)"); ) {
          ps.setString(1, ReviewStatus.DELETED.code());
          ps.setString(2, ReviewStatus.DELETED.code());
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              Row r = new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
              rows.put(r.id(), r);
            }
          }
        }
        try (PreparedStatement ps =
                c.prepareStatement(
                    "SELECT source_id, incident_id, linked_by FROM incident_sources");
            ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            current.put(rs.getString(1), rs.getString(2));
            linkedBy.put(rs.getString(1), rs.getString(3));
          }
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT kind, incident_a, incident_b, survivor FROM link_decisions"
                    + " WHERE active = ? ORDER BY seq"); ) {
          ps.setBoolean(1, true);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              decisions.add(
                  new ReportLinker.Decision(
                      rs.getString(2), rs.getString(3), "must".equals(rs.getString(1))));
              if (rs.getString(4) != null) {
                designated.add(rs.getString(4));
              }
            }
          }
        }
        List<String> ids = new ArrayList<>(rows.keySet());
        ids.sort(null);
        all = read(c, ids);
      } catch (SQLException e) {
        throw new StoreException("cannot read the reports to relink", e);
      }
      ReportLinker.Grouping result = linker.group(all, decisions);
      long changed = 0;
      long done = 0;
      for (ReportLinker.Group cluster : result.groups()) {
        step.before(done++, result.groups().size());
        List<String> ids = cluster.reports().stream().map(Incident::id).toList();
        String survivor =
            ids.stream()
                .filter(designated::contains)
                .findFirst()
                .or(
                    () ->
                        ids.stream()
                            .filter(
                                id -> ReviewStatus.VERIFIED.code().equals(rows.get(id).status()))
                            .findFirst())
                .orElse(cluster.id());
        boolean same = true;
        for (String id : ids) {
          Row r = rows.get(id);
          String into = id.equals(survivor) ? null : survivor;
          if (!survivor.equals(current.get(id))
              || !Objects.equals(into, r.mergedInto())
              || (into == null) == ReviewStatus.MERGED.code().equals(r.status())) {
            same = false;
            break;
          }
        }
        if (same) {
          continue;
        }
        Map<String, Match> why = new HashMap<>();
        for (Match l : cluster.links()) {
          for (String id : List.of(l.a(), l.b())) {
            Match old = why.get(id);
            if (old == null || l.score() > old.score()) {
              why.put(id, l);
            }
          }
        }
        Map<String, Incident> byId = new HashMap<>();
        cluster.reports().forEach(m -> byId.put(m.id(), m));
        changed +=
            inTransaction(
                survivor, c -> applyCluster(c, survivor, ids, byId, rows, current, why, user));
      }
      return new RelinkSummary(all.size(), result.groups().size(), changed, result.pairsCompared());
    }
  }

  // Makes `survivor` the incident of every report in `ids`; returns how many changed incident.
  private long applyCluster(
      Connection c,
      String survivor,
      List<String> ids,
      Map<String, Incident> byId,
      Map<String, Row> rows,
      Map<String, String> current,
      Map<String, Match> why,
      String user)
      throws SQLException {
    Instant now = JdbcIncidentStore.now();
    long changed = 0;
    java.util.Set<String> touched = new java.util.TreeSet<>(ids);
    for (String id : ids) {
      Incident x = byId.get(id);
      String reason =
          id.equals(survivor)
              ? "first report"
              : why.containsKey(id) ? why.get(id).reason() : "linked";
      double score = id.equals(survivor) ? 1.0 : why.containsKey(id) ? why.get(id).score() : 1.0;
      String was = current.get(id);
      if (was != null) {
        touched.add(was);
      }
      if (was == null) {
        insertSource(
            c,
            x,
            survivor,
            ReprintKey.of(documentText(c, x.document().id())),
            reason,
            score,
            user,
            now);
        changed++;
      } else if (!was.equals(survivor)) {
        moveSource(c, id, survivor, "relink: " + reason, score, user, now);
        pruneDocument(c, was, x.document().id());
        changed++;
      }
      Row r = lockRow(c, id);
      String into = id.equals(survivor) ? null : survivor;
      repoint(
          c,
          r,
          into,
          into == null ? ChangeKind.UNLINKED : ChangeKind.MERGED,
          user,
          "relink: " + reason,
          now);
      addDocument(c, survivor, x.document().id());
      if (into != null && !survivor.equals(was)) {
        ObjectNode link = ExchangeJson.mapper().createObjectNode();
        link.put("source_id", id);
        link.put("document_id", x.document().id());
        link.put("score", score);
        link.put("reason", reason);
        HistoryLog.record(
            c,
            new Change(
                0,
                survivor,
                now,
                user,
                ChangeKind.LINKED,
                SOURCES_FIELD,
                null,
                ExchangeJson.write(link),
                "relink: report " + id + " of document " + x.document().id() + ": " + reason));
      }
    }
    refreshFigures(c, touched);
    return changed;
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
      Map<String, List<SourceReport>> sources = sourcesOf(c, clusters);
      Map<String, Corroborated> byCluster = new HashMap<>();
      sources.forEach((k, v) -> byCluster.put(k, linker.reconcile(k, v)));
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

  // The reports of each of these incidents, by incident id.
  private static Map<String, List<SourceReport>> sourcesOf(Connection c, List<String> clusters)
      throws SQLException {
    Map<String, List<SourceReport>> sources = new HashMap<>();
    for (int from = 0; from < clusters.size(); from += 1000) {
      List<String> part = clusters.subList(from, Math.min(clusters.size(), from + 1000));
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT s.*, i.killed_known AS now_killed_known, i.killed_min AS now_killed_min,"
                  + " i.killed_max AS now_killed_max, i.injured_known AS now_injured_known,"
                  + " i.injured_min AS now_injured_min, i.injured_max AS now_injured_max,"
                  + " i.detained_known AS now_detained_known, i.detained_min AS now_detained_min,"
                  + " i.detained_max AS now_detained_max"
                  + " FROM incident_sources s JOIN incidents i ON i.id = s.source_id"
                  + " WHERE s.incident_id IN "
                  + marks(part.size()))) {
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
    return sources;
  }

  /**
   * Stores the reconciled killed figure of each of these incidents (columns {@code killed_low,
   * killed_best, killed_high} that lists, maps, filters and aggregates read): of its reports when
   * it has any, else its own.
   */
  private void refreshFigures(Connection c, Collection<String> incidentIds) throws SQLException {
    List<String> ids = incidentIds.stream().filter(Objects::nonNull).distinct().sorted().toList();
    if (ids.isEmpty()) {
      return;
    }
    Map<String, List<SourceReport>> sources = sourcesOf(c, ids);
    for (String id : ids) {
      FigureEstimate killed;
      List<SourceReport> reports = sources.get(id);
      if (reports != null && !reports.isEmpty()) {
        killed = linker.reconcile(id, reports).killed();
      } else {
        killed = FigureEstimate.UNKNOWN;
        try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT killed_known, killed_min, killed_max FROM incidents WHERE id = ?")) {
          ps.setString(1, id);
          try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
              killed = IncidentSummary.ownKilled(count(rs, "killed"));
            }
          }
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE incidents SET killed_low = ?, killed_best = ?, killed_high = ?,"
                  + " figures_stale = ? WHERE id = ?")) {
        ps.setObject(1, killed.low(), Types.INTEGER);
        ps.setObject(2, killed.best(), Types.INTEGER);
        ps.setObject(3, killed.high(), Types.INTEGER);
        ps.setBoolean(4, false);
        ps.setString(5, id);
        ps.executeUpdate();
      }
    }
  }

  /**
   * Reconciles the figures of the incidents marked stale (by the migration that introduced the
   * stored figures); returns how many there were.
   */
  public int refreshStaleFigures() {
    List<String> stale = new ArrayList<>();
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT id FROM incidents WHERE figures_stale = ? ORDER BY id")) {
      ps.setBoolean(1, true);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          stale.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the incidents whose figures are stale", e);
    }
    for (int from = 0; from < stale.size(); from += 500) {
      List<String> part = stale.subList(from, Math.min(stale.size(), from + 500));
      inTransaction(
          "stale figures",
          c -> {
            refreshFigures(c, part);
            return null;
          });
    }
    return stale.size();
  }

  /**
   * A {@link JdbcReviewStore.ChangeListener} that keeps the stored figures of an incident
   * reconciled when an analyst changes one of its reports (a corrected figure, a deletion).
   */
  public JdbcReviewStore.ChangeListener figureListener() {
    return (incidentId, now, state) ->
        inTransaction(
            incidentId,
            c -> {
              Optional<String> cluster = sourceRow(c, incidentId);
              List<String> ids = new ArrayList<>();
              ids.add(incidentId);
              cluster.ifPresent(ids::add);
              refreshFigures(c, ids);
              return null;
            });
  }

  // A report's figures are read from its incident as it is now, so that an analyst's correction of
  // a report (the surviving incident's own included) counts in the reconciliation; the row's own
  // figure columns keep what the report said when it was linked.
  private static SourceReport report(ResultSet rs) throws SQLException {
    Date published = rs.getDate("published");
    return new SourceReport(
        rs.getString("source_id"),
        rs.getString("document_id"),
        published == null ? null : published.toLocalDate(),
        count(rs, "now_killed"),
        count(rs, "now_injured"),
        count(rs, "now_detained"),
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

  private <T> T inTransaction(String what, TransactionWork<T> work) {
    return TransactionWork.inOne(ds, "cannot link incident " + what, work);
  }
}

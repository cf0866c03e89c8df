package org.harmwatch.store;

import static org.harmwatch.store.CorroborationRows.documentText;
import static org.harmwatch.store.CorroborationRows.lockRow;
import static org.harmwatch.store.CorroborationRows.read;
import static org.harmwatch.store.SourceLinks.addDocument;
import static org.harmwatch.store.SourceLinks.insertSource;
import static org.harmwatch.store.SourceLinks.moveSource;
import static org.harmwatch.store.SourceLinks.pruneDocument;
import static org.harmwatch.store.SourceLinks.recordLinked;
import static org.harmwatch.store.SourceLinks.repoint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.harmwatch.core.corroboration.Corroboration;
import org.harmwatch.core.corroboration.RelinkSummary;
import org.harmwatch.core.corroboration.ReportLinker;
import org.harmwatch.core.corroboration.ReportLinker.Match;
import org.harmwatch.core.corroboration.ReprintKey;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.review.ChangeKind;
import org.harmwatch.core.review.ReviewStatus;
import org.harmwatch.store.CorroborationRows.Row;

/**
 * The relinking of {@link JdbcCorroboration}: every stored report grouped afresh under the hand
 * decisions, and each group that changed made one incident again.
 *
 * <p>Not serialised on its own: {@link JdbcCorroboration} calls it under its linking lock.
 */
final class Relinker {
  private final DataSource ds;
  private final ReportLinker linker;
  private final CorroborationFigures figures;

  Relinker(DataSource ds, ReportLinker linker, CorroborationFigures figures) {
    this.ds = Objects.requireNonNull(ds, "ds");
    this.linker = Objects.requireNonNull(linker, "linker");
    this.figures = Objects.requireNonNull(figures, "figures");
  }

  /** Groups every report afresh and applies the groups that changed. */
  RelinkSummary relink(String user, Corroboration.RelinkStep step) {
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
              c.prepareStatement("SELECT source_id, incident_id, linked_by FROM incident_sources");
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
                          .filter(id -> ReviewStatus.VERIFIED.code().equals(rows.get(id).status()))
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
        recordLinked(c, survivor, id, x.document().id(), score, reason, "relink: ", user, now);
      }
    }
    figures.refreshFigures(c, touched);
    return changed;
  }

  private <T> T inTransaction(String what, TransactionWork<T> work) {
    return TransactionWork.changing(
        ds, Writes.Table.INCIDENTS, "cannot link incident " + what, work);
  }
}

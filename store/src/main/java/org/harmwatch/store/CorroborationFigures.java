package org.harmwatch.store;

import static org.harmwatch.store.CorroborationRows.count;
import static org.harmwatch.store.CorroborationRows.marks;
import static org.harmwatch.store.CorroborationRows.sourceRow;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.harmwatch.core.corroboration.Corroborated;
import org.harmwatch.core.corroboration.FigureEstimate;
import org.harmwatch.core.corroboration.ReportLinker;
import org.harmwatch.core.corroboration.SourceReport;
import org.harmwatch.core.store.IncidentSummary;

/**
 * The figures of {@link JdbcCorroboration}: the reconciled figures of linked incidents, read from
 * their reports and stored on the incidents (columns {@code killed_low, killed_best, killed_high}).
 */
final class CorroborationFigures {
  private final DataSource ds;
  private final ReportLinker linker;

  CorroborationFigures(DataSource ds, ReportLinker linker) {
    this.ds = Objects.requireNonNull(ds, "ds");
    this.linker = Objects.requireNonNull(linker, "linker");
  }

  Map<String, Corroborated> corroboration(Collection<String> incidentIds) {
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
          IncidentRows.bind(ps, new ArrayList<>(part));
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
  static Map<String, List<SourceReport>> sourcesOf(Connection c, List<String> clusters)
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
        IncidentRows.bind(ps, new ArrayList<>(part));
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
  void refreshFigures(Connection c, Collection<String> incidentIds) throws SQLException {
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
  int refreshStaleFigures() {
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
  JdbcReviewStore.ChangeListener figureListener() {
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
  static SourceReport report(ResultSet rs) throws SQLException {
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

  private <T> T inTransaction(String what, TransactionWork<T> work) {
    return TransactionWork.changing(
        ds, Writes.Table.INCIDENTS, "cannot link incident " + what, work);
  }
}

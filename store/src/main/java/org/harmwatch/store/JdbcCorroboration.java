package org.harmwatch.store;

import static org.harmwatch.store.CorroborationRows.candidates;
import static org.harmwatch.store.CorroborationRows.documentText;
import static org.harmwatch.store.CorroborationRows.members;
import static org.harmwatch.store.CorroborationRows.mergedIntoOn;
import static org.harmwatch.store.CorroborationRows.read;
import static org.harmwatch.store.CorroborationRows.readOneOn;
import static org.harmwatch.store.CorroborationRows.sourceRow;
import static org.harmwatch.store.HandDecisions.check;
import static org.harmwatch.store.SourceLinks.fold;
import static org.harmwatch.store.SourceLinks.insertSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.harmwatch.core.corroboration.Corroborated;
import org.harmwatch.core.corroboration.Corroboration;
import org.harmwatch.core.corroboration.RelatedIncident;
import org.harmwatch.core.corroboration.RelinkSummary;
import org.harmwatch.core.corroboration.ReportLinker;
import org.harmwatch.core.corroboration.ReportLinker.Match;
import org.harmwatch.core.corroboration.ReprintKey;
import org.harmwatch.core.corroboration.SplitResult;
import org.harmwatch.core.model.Incident;
import org.harmwatch.store.CorroborationRows.Member;

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
 *
 * <p>The work is shared with package-private parts: {@link CorroborationRows} (reads), {@link
 * SourceLinks} (writes to the link state), {@link CorroborationFigures} (reconciled figures),
 * {@link HandDecisions} (merges and splits) and {@link Relinker}; this class holds the lock that
 * serialises them.
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
  private final CorroborationFigures figures;
  private final HandDecisions hands;
  private final Relinker relinker;

  public JdbcCorroboration(Database database, ReportLinker linker) {
    this(
        Objects.requireNonNull(database, "database").dataSource(),
        Objects.requireNonNull(linker, "linker"),
        new CorroborationFigures(database.dataSource(), linker));
  }

  private JdbcCorroboration(DataSource ds, ReportLinker linker, CorroborationFigures figures) {
    this(ds, linker, figures, new HandDecisions(ds, figures), new Relinker(ds, linker, figures));
  }

  /** A corroboration on {@code ds} with its parts given; each must work on that same database. */
  JdbcCorroboration(
      DataSource ds,
      ReportLinker linker,
      CorroborationFigures figures,
      HandDecisions hands,
      Relinker relinker) {
    this.ds = Objects.requireNonNull(ds, "ds");
    this.linker = Objects.requireNonNull(linker, "linker");
    this.figures = Objects.requireNonNull(figures, "figures");
    this.hands = Objects.requireNonNull(hands, "hands");
    this.relinker = Objects.requireNonNull(relinker, "relinker");
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
      figures.refreshFigures(c, List.of(id));
      return null;
    }
    String reason = best.reason();
    insertSource(
        c, x, bestCluster, reprint, reason, best.score(), JdbcIncidentStore.SYSTEM_USER, now);
    fold(c, x, bestCluster, reason, best.score(), JdbcIncidentStore.SYSTEM_USER, now);
    figures.refreshFigures(c, List.of(bestCluster));
    return null;
  }

  @Override
  public Incident merge(String incidentId, String otherId, String user, String reason) {
    check(user, reason);
    if (incidentId.equals(otherId)) {
      throw new IllegalArgumentException("cannot merge incident '" + incidentId + "' with itself");
    }
    synchronized (linking) {
      hands.merge(incidentId, otherId, user, reason);
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
      created[0] = hands.split(incidentId, documentIds, user, reason);
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
      Set<String> apart = CorroborationRows.keptApart(c);
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
          // A report split off by hand is not offered to merge straight back.
          if (apart.contains(CorroborationRows.pair(m.id(), cand.id()))) {
            continue;
          }
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

  @Override
  public RelinkSummary relink(String user, RelinkStep step) {
    if (user == null || user.isBlank()) {
      throw new IllegalArgumentException("user is blank: every change needs who made it");
    }
    synchronized (linking) {
      return relinker.relink(user, step);
    }
  }

  @Override
  public Map<String, Corroborated> corroboration(Collection<String> incidentIds) {
    return figures.corroboration(incidentIds);
  }

  /**
   * Reconciles the figures of the incidents marked stale (by the migration that introduced the
   * stored figures); returns how many there were.
   */
  public int refreshStaleFigures() {
    return figures.refreshStaleFigures();
  }

  /**
   * A {@link JdbcReviewStore.ChangeListener} that keeps the stored figures of an incident
   * reconciled when an analyst changes one of its reports (a corrected figure, a deletion).
   */
  public JdbcReviewStore.ChangeListener figureListener() {
    return figures.figureListener();
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

  private <T> T inTransaction(String what, TransactionWork<T> work) {
    return TransactionWork.changing(
        ds, Writes.Table.INCIDENTS, "cannot link incident " + what, work);
  }
}

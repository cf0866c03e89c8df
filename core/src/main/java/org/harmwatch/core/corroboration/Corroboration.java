package org.harmwatch.core.corroboration;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.harmwatch.core.model.Incident;

/**
 * Corroboration of stored incidents: each extracted incident is linked to the stored incident
 * describing the same event, or becomes a new one; the surviving incident lists every report with
 * its own figures and the reconciled figures ({@link Corroborated}). Implementations are
 * thread-safe and record every link in the incidents' history.
 */
public interface Corroboration {
  /**
   * Links freshly stored incidents (as returned by {@link
   * org.harmwatch.core.store.IncidentStore#save}): each joins the stored incident that describes
   * the same event, or becomes a new incident. Idempotent: incidents already linked are left as
   * they are, so a run repeated after a crash links only what the crash left out.
   */
  void link(List<Incident> stored);

  /**
   * The reports and reconciled figures of the given incidents, by id. An incident merged into
   * another is given as the incident it was merged into (under its own id in the map); unknown or
   * not yet linked ids are left out.
   */
  Map<String, Corroborated> corroboration(Collection<String> incidentIds);

  /** The incident {@code incidentId} was merged into, empty when it is its own incident. */
  Optional<String> mergedInto(String incidentId);

  /**
   * Incidents near {@code incidentId} in time and place that are not linked to it, best first, at
   * most {@code limit}; incidents a veto rules out (other country, far apart) are left out.
   *
   * @throws java.util.NoSuchElementException for an unknown incident
   */
  List<RelatedIncident> related(String incidentId, int limit);

  /**
   * Merges {@code otherId} (and every report linked to it) into {@code incidentId}, which survives;
   * {@code otherId} gets status merged. A hand decision (must-link) that later automatic runs
   * honour. Recorded in both histories. Returns the surviving incident.
   *
   * @throws java.util.NoSuchElementException for an unknown incident
   * @throws IllegalArgumentException when the two are already one incident, one is deleted or
   *     merged into another, or the user or reason is blank
   */
  Incident merge(String incidentId, String otherId, String user, String reason);

  /**
   * Splits the reports of {@code documentIds} off {@code incidentId} into a new incident (the
   * smallest of their report ids); a hand decision (cannot-link between the two groups) that later
   * automatic runs honour. Recorded in both histories.
   *
   * @throws java.util.NoSuchElementException for an unknown incident
   * @throws IllegalArgumentException when a document is not a source of the incident, the split
   *     would take every source or the incident's own report, or the user or reason is blank
   */
  SplitResult split(String incidentId, List<String> documentIds, String user, String reason);

  /**
   * Re-runs linking over every stored report, honouring the analysts' decisions. Deterministic: the
   * same reports and decisions give the same incidents in any ingest order. An incident's surviving
   * report is the one an analyst merged into, else a verified one, else the smallest id.
   */
  default RelinkSummary relink(String user) {
    return relink(user, (done, total) -> {});
  }

  /**
   * As {@link #relink(String)}, telling {@code step} before each incident is relinked. Each
   * incident is relinked in one transaction, so when {@code step} throws, the relink stops there
   * with every incident before it relinked whole and none after it touched; the exception is
   * rethrown. A later relink continues where this one stopped.
   */
  RelinkSummary relink(String user, RelinkStep step);

  /** Told before each incident of a relink; may stop the relink by throwing. */
  @FunctionalInterface
  interface RelinkStep {
    /** {@code done} incidents of {@code total} are relinked; the next is about to be. */
    void before(long done, long total);
  }
}

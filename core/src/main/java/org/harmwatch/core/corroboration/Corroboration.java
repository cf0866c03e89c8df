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
}

package org.harmwatch.export;

import java.util.Objects;
import org.harmwatch.core.corroboration.Corroborated;
import org.harmwatch.core.corroboration.FigureEstimate;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.review.ReviewState;

/**
 * One incident as an export writes it: the incident, its corroboration (its reports and reconciled
 * figures; null when it was never linked) and its review state (null when unknown, read as new).
 */
public record ExportRecord(Incident incident, Corroborated corroborated, ReviewState review) {
  public ExportRecord {
    Objects.requireNonNull(incident, "incident");
    review = review == null ? ReviewState.NEW : review;
  }

  /** The reconciled killed figure, or the incident's own when it was never corroborated. */
  public FigureEstimate killed() {
    return figure(
        corroborated == null ? null : corroborated.killed(), incident.casualties().killed());
  }

  /** The reconciled injured figure, or the incident's own. */
  public FigureEstimate injured() {
    return figure(
        corroborated == null ? null : corroborated.injured(), incident.casualties().injured());
  }

  /** The reconciled detained figure, or the incident's own. */
  public FigureEstimate detained() {
    return figure(
        corroborated == null ? null : corroborated.detained(), incident.casualties().detained());
  }

  /** The number of independent sources: the corroboration's, else 1 (the incident's report). */
  public int independentSources() {
    return corroborated == null ? 1 : Math.max(1, corroborated.independentSources());
  }

  /** The number of reports (sources) of the incident, reprints included. */
  public int sources() {
    return corroborated == null ? 1 : Math.max(1, corroborated.sources().size());
  }

  /**
   * The reconciled figure when any source states one, else the incident's own count read the same
   * way (low its minimum, best and high its maximum when given, else its minimum).
   */
  static FigureEstimate figure(FigureEstimate reconciled, Count own) {
    if (reconciled != null && (reconciled.low() != null || reconciled.high() != null)) {
      return reconciled;
    }
    if (own == null || (own.min() == null && own.max() == null)) {
      return FigureEstimate.UNKNOWN;
    }
    Integer point = own.max() != null ? own.max() : own.min();
    return new FigureEstimate(own.min(), point, point);
  }
}

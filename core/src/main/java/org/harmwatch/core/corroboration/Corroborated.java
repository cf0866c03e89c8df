package org.harmwatch.core.corroboration;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.harmwatch.core.model.Count;

/**
 * An incident with all its reports and their figures reconciled by a {@link FigureReconciler}.
 * Immutable.
 *
 * @param incidentId the incident
 * @param sources its reports, in document order
 * @param killed the reconciled killed figure
 * @param injured the reconciled injured figure
 * @param detained the reconciled detained or abducted figure
 * @param killedFrom the reports each killed figure comes from
 * @param injuredFrom the reports each injured figure comes from
 * @param detainedFrom the reports each detained figure comes from
 * @param independentSources how many independent stories the reports tell (reprints count once)
 * @param firstReported the earliest publication date, or null
 * @param lastReported the latest publication date, or null
 */
public record Corroborated(
    String incidentId,
    List<SourceReport> sources,
    FigureEstimate killed,
    FigureEstimate injured,
    FigureEstimate detained,
    FigureSources killedFrom,
    FigureSources injuredFrom,
    FigureSources detainedFrom,
    int independentSources,
    LocalDate firstReported,
    LocalDate lastReported) {
  public Corroborated {
    Objects.requireNonNull(incidentId, "incidentId");
    sources = List.copyOf(sources);
    Objects.requireNonNull(killed, "killed");
    Objects.requireNonNull(injured, "injured");
    Objects.requireNonNull(detained, "detained");
    killedFrom = killedFrom == null ? FigureSources.NONE : killedFrom;
    injuredFrom = injuredFrom == null ? FigureSources.NONE : injuredFrom;
    detainedFrom = detainedFrom == null ? FigureSources.NONE : detainedFrom;
  }

  /** A report's single figure: its maximum when given, else its minimum; null when neither. */
  public static Integer point(Count c) {
    if (c == null) {
      return null;
    }
    return c.max() != null ? c.max() : c.min();
  }

  /** This corroboration with {@code replaced} as its reports (masked or bared copies of them). */
  public Corroborated withSources(List<SourceReport> replaced) {
    return new Corroborated(
        incidentId,
        replaced,
        killed,
        injured,
        detained,
        killedFrom,
        injuredFrom,
        detainedFrom,
        independentSources,
        firstReported,
        lastReported);
  }
}

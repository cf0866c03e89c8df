package org.harmwatch.core.store;

import java.time.LocalDate;
import org.harmwatch.core.corroboration.FigureEstimate;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Location;

/**
 * The few fields of an incident that a map, a timeline and a list show: what a view of tens of
 * thousands of incidents reads instead of whole incidents. Any field may be null. The killed figure
 * is the one reconciled across the incident's reports ({@code killedLow <= killedBest <=
 * killedHigh}).
 */
public record IncidentSummary(
    String id,
    LocalDate dateStart,
    LocalDate dateEnd,
    String eventType,
    Integer killedLow,
    Integer killedBest,
    Integer killedHigh,
    Double lat,
    Double lon,
    String precision,
    String countryCode,
    String admin1,
    String place,
    String title) {

  /** This summary with the killed figure {@code killed} (reconciled across reports). */
  public IncidentSummary withKilled(FigureEstimate killed) {
    return new IncidentSummary(
        id,
        dateStart,
        dateEnd,
        eventType,
        killed.low(),
        killed.best(),
        killed.high(),
        lat,
        lon,
        precision,
        countryCode,
        admin1,
        place,
        title);
  }

  /**
   * The killed figure of a report told by itself alone: low its minimum (0 for "up to n"), best and
   * high its maximum if given, else its minimum; unknown when it states no number.
   */
  public static FigureEstimate ownKilled(Count k) {
    Integer point = k == null ? null : k.max() != null ? k.max() : k.min();
    if (point == null) {
      return FigureEstimate.UNKNOWN;
    }
    return new FigureEstimate(k.min() == null ? 0 : k.min(), point, point);
  }

  /** The summary of a whole incident, with its own killed figure. */
  public static IncidentSummary of(Incident i) {
    FigureEstimate k = ownKilled(i.casualties() == null ? null : i.casualties().killed());
    Location l = i.location();
    return new IncidentSummary(
        i.id(),
        i.date() == null ? null : i.date().start(),
        i.date() == null ? null : i.date().end(),
        i.eventType() == null ? null : i.eventType().code(),
        k.low(),
        k.best(),
        k.high(),
        l == null || !l.hasCoordinates() ? null : l.lat(),
        l == null || !l.hasCoordinates() ? null : l.lon(),
        l == null ? null : l.precision().code(),
        l == null ? null : l.countryCode(),
        l == null ? null : l.admin1(),
        l == null ? null : l.name(),
        i.document() == null ? null : i.document().title());
  }
}

package org.harmwatch.core.store;

import java.time.LocalDate;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Location;

/**
 * The few fields of an incident that a map, a timeline and a list show: what a view of tens of
 * thousands of incidents reads instead of whole incidents. Any field may be null.
 */
public record IncidentSummary(
    String id,
    LocalDate dateStart,
    LocalDate dateEnd,
    String eventType,
    Integer killedMin,
    Integer killedMax,
    Double lat,
    Double lon,
    String precision,
    String countryCode,
    String admin1,
    String place,
    String title) {

  /** The summary of a whole incident. */
  public static IncidentSummary of(Incident i) {
    Count k = i.casualties() == null ? null : i.casualties().killed();
    Location l = i.location();
    return new IncidentSummary(
        i.id(),
        i.date() == null ? null : i.date().start(),
        i.date() == null ? null : i.date().end(),
        i.eventType() == null ? null : i.eventType().code(),
        k == null ? null : k.min(),
        k == null ? null : k.max(),
        l == null || !l.hasCoordinates() ? null : l.lat(),
        l == null || !l.hasCoordinates() ? null : l.lon(),
        l == null ? null : l.precision().code(),
        l == null ? null : l.countryCode(),
        l == null ? null : l.admin1(),
        l == null ? null : l.name(),
        i.document() == null ? null : i.document().title());
  }
}

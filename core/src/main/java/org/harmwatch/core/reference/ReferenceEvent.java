package org.harmwatch.core.reference;

import java.time.LocalDate;
import java.util.Objects;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.SubEventType;

/**
 * One event of a coded dataset (an ACLED or UCDP GED row) as harmwatch keeps it for comparison: the
 * dataset's own id, its dates, place, type, actors, fatality figures and notes, and the file line
 * it was read from. Unknown values are null.
 *
 * <p>{@code fatalities} is the dataset's figure (ACLED's fatalities, UCDP's best); {@code low} and
 * {@code high} are UCDP's bounds (both equal to {@code fatalities} for ACLED). {@code rowHash}
 * identifies the row's content, so that a re-import tells unchanged rows from changed ones.
 */
public record ReferenceEvent(
    String eventId,
    LocalDate dateStart,
    LocalDate dateEnd,
    Integer datePrecision,
    String countryCode,
    String country,
    String admin1,
    String admin2,
    String location,
    Double lat,
    Double lon,
    Integer geoPrecision,
    EventType eventType,
    SubEventType subEventType,
    String actor1,
    String assocActor1,
    String actor2,
    String assocActor2,
    Integer fatalities,
    Integer low,
    Integer high,
    String source,
    String notes,
    long line,
    String rowHash) {
  public ReferenceEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(dateStart, "dateStart");
    dateEnd = dateEnd == null ? dateStart : dateEnd;
    if (dateEnd.isBefore(dateStart)) {
      throw new IllegalArgumentException("date end " + dateEnd + " is before start " + dateStart);
    }
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("lat and lon must both be set or both be null");
    }
  }

  /** Whether the event has coordinates. */
  public boolean hasCoordinates() {
    return lat != null;
  }

  /** "YYYY-MM" of the start date. */
  public String month() {
    return dateStart.toString().substring(0, 7);
  }
}

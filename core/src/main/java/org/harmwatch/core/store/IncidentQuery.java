package org.harmwatch.core.store;

import java.time.LocalDate;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.review.Grade;
import org.harmwatch.core.review.ReviewStatus;

/**
 * Filters and paging for listing incidents. Every filter is optional (null); {@code text} is a
 * full-text query over the incident and its documents; {@code bbox} restricts to incidents with
 * coordinates inside it. {@code status} null means every status but {@link ReviewStatus#DELETED}:
 * deleted incidents are listed only when asked for by name. {@code killedMin} and {@code killedMax}
 * bound the lower figure of the killed count (the "at least" a source states); incidents with no
 * known lower figure do not match either bound.
 */
public record IncidentQuery(
    LocalDate from,
    LocalDate to,
    String countryCode,
    String admin1,
    EventType eventType,
    String actor,
    String text,
    BoundingBox bbox,
    ReviewStatus status,
    Grade grade,
    Integer killedMin,
    Integer killedMax,
    int limit,
    int offset) {

  /** The largest page size the API allows. */
  public static final int MAX_LIMIT = 1000;

  public IncidentQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, was " + offset);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
    if (killedMin != null && killedMin < 0) {
      throw new IllegalArgumentException("killed_min must be >= 0, was " + killedMin);
    }
    if (killedMax != null && killedMax < 0) {
      throw new IllegalArgumentException("killed_max must be >= 0, was " + killedMax);
    }
    if (killedMin != null && killedMax != null && killedMax < killedMin) {
      throw new IllegalArgumentException(
          "killed_max " + killedMax + " is below killed_min " + killedMin);
    }
  }

  /** A query without review or casualty filters (the filters that came before review). */
  public IncidentQuery(
      LocalDate from,
      LocalDate to,
      String countryCode,
      String admin1,
      EventType eventType,
      String actor,
      String text,
      BoundingBox bbox,
      int limit,
      int offset) {
    this(
        from,
        to,
        countryCode,
        admin1,
        eventType,
        actor,
        text,
        bbox,
        null,
        null,
        null,
        null,
        limit,
        offset);
  }

  /** All incidents, first page of {@code limit}. */
  public static IncidentQuery all(int limit) {
    return new IncidentQuery(null, null, null, null, null, null, null, null, limit, 0);
  }

  /** This query with the full-text part removed (the structured filters only). */
  public IncidentQuery withoutText() {
    return new IncidentQuery(
        from,
        to,
        countryCode,
        admin1,
        eventType,
        actor,
        null,
        bbox,
        status,
        grade,
        killedMin,
        killedMax,
        limit,
        offset);
  }

  /** This query for another page. */
  public IncidentQuery page(int newLimit, int newOffset) {
    return new IncidentQuery(
        from,
        to,
        countryCode,
        admin1,
        eventType,
        actor,
        text,
        bbox,
        status,
        grade,
        killedMin,
        killedMax,
        newLimit,
        newOffset);
  }
}

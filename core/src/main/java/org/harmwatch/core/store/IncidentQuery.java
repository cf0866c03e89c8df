package org.harmwatch.core.store;

import java.time.LocalDate;
import org.harmwatch.core.model.EventType;

/**
 * Filters and paging for listing incidents. Every filter is optional (null); {@code text} is a
 * full-text query over the incident and its documents; {@code bbox} restricts to incidents with
 * coordinates inside it.
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
  }

  /** All incidents, first page of {@code limit}. */
  public static IncidentQuery all(int limit) {
    return new IncidentQuery(null, null, null, null, null, null, null, null, limit, 0);
  }
}

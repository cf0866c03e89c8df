package org.harmwatch.core.reference;

import java.time.LocalDate;
import org.harmwatch.core.store.BoundingBox;

/**
 * A search of reference events: a dataset (null: all), a country (ISO code), a date range, a box, a
 * text that notes, actors or place must contain (case-insensitive), and a page.
 */
public record ReferenceQuery(
    String dataset,
    String countryCode,
    LocalDate from,
    LocalDate to,
    BoundingBox bbox,
    String text,
    int limit,
    int offset) {
  /** The most events one page may hold. */
  public static final int MAX_LIMIT = 5000;

  public ReferenceQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT + ", was " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, was " + offset);
    }
  }
}

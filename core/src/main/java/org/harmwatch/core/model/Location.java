package org.harmwatch.core.model;

import java.util.Objects;

/**
 * Where an incident happened. {@code lat}/{@code lon} are null when the place is only known as a
 * region ("central Mali"); {@code geonamesId} is the GeoNames id of the resolved feature, when
 * there is one; {@code text} is the phrase of the source.
 */
public record Location(
    String name,
    String countryCode,
    String admin1,
    String admin2,
    Double lat,
    Double lon,
    LocationPrecision precision,
    Long geonamesId,
    String text) {
  public Location {
    Objects.requireNonNull(precision, "precision");
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("lat and lon must both be set or both be null");
    }
    if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
      throw new IllegalArgumentException("coordinates out of range: " + lat + "," + lon);
    }
  }

  /** Whether this location has coordinates. */
  public boolean hasCoordinates() {
    return lat != null;
  }
}

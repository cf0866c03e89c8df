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

  /** The great-circle distance in kilometres to {@code other}; both must have coordinates. */
  public double kmTo(Location other) {
    if (!hasCoordinates() || !other.hasCoordinates()) {
      throw new IllegalArgumentException("no coordinates: " + (hasCoordinates() ? other : this));
    }
    return km(lat, lon, other.lat, other.lon);
  }

  /** The great-circle (haversine) distance in kilometres between two points in degrees. */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }
}

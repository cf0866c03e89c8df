package org.harmwatch.core.store;

/** A longitude/latitude rectangle: west, south, east, north, in degrees. */
public record BoundingBox(double west, double south, double east, double north) {
  public BoundingBox {
    if (south > north || south < -90 || north > 90 || west < -180 || east > 180 || west > east) {
      throw new IllegalArgumentException(
          "bad bbox: " + west + "," + south + "," + east + "," + north);
    }
  }

  /** Parses "west,south,east,north"; throws {@link IllegalArgumentException} naming the value. */
  public static BoundingBox parse(String value) {
    String[] parts = value.split(",");
    if (parts.length != 4) {
      throw new IllegalArgumentException("bbox must be west,south,east,north: '" + value + "'");
    }
    try {
      return new BoundingBox(
          Double.parseDouble(parts[0].trim()),
          Double.parseDouble(parts[1].trim()),
          Double.parseDouble(parts[2].trim()),
          Double.parseDouble(parts[3].trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bbox has a non-number: '" + value + "'", e);
    }
  }

  /** Whether the point lies inside (edges included). */
  public boolean contains(double lat, double lon) {
    return lat >= south && lat <= north && lon >= west && lon <= east;
  }
}

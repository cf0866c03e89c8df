package org.harmwatch.export;

/**
 * PRIO-GRID cell ids: the world in 0.5 x 0.5 degree cells, 720 columns (west to east from -180) and
 * 360 rows (south to north from -90), numbered row by row from 1 at the south-west corner: {@code
 * gid = row * 720 + col + 1} with zero-based {@code row = floor((lat + 90) / 0.5)} and {@code col =
 * floor((lon + 180) / 0.5)}. A point on the north pole or the antimeridian falls in the last row or
 * column.
 */
public final class PrioGrid {
  private PrioGrid() {}

  /** The id of the cell holding {@code (lat, lon)}. */
  public static int gid(double lat, double lon) {
    if (lat < -90
        || lat > 90
        || lon < -180
        || lon > 180
        || Double.isNaN(lat)
        || Double.isNaN(lon)) {
      throw new IllegalArgumentException("coordinates out of range: " + lat + "," + lon);
    }
    int row = Math.min(359, (int) Math.floor((lat + 90) / 0.5));
    int col = Math.min(719, (int) Math.floor((lon + 180) / 0.5));
    return row * 720 + col + 1;
  }
}

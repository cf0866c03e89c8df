package org.harmwatch.link;

import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;

/**
 * The blocking rule of {@link Linker} for one incident and one pair, public so that a distributed
 * run (the Spark job of the batch module) can build its join keys from the same extents and keep
 * exactly the pairs {@link Linker#link} would score. {@link Blocks} uses the same {@link #extent}.
 */
public final class Blocking {
  /** The side of a grid cell of sharp incidents, in degrees. */
  public static final double CELL_DEGREES = Blocks.CELL_DEGREES;

  /** The longest span of a sharp incident's date, in days. */
  public static final int SHARP_SPAN = Blocks.SHARP_SPAN;

  /** The days by which a sharp incident's search reaches past its own dates. */
  public static final int DAY_TOLERANCE = Blocks.DAY_TOLERANCE;

  /** The day every week number counts from (a Monday). */
  public static final LocalDate EPOCH = LocalDate.of(2000, 1, 3);

  private Blocking() {}

  /**
   * Where and when an incident lies for blocking: whether it is sharp (a place with coordinates and
   * a day date spanning at most {@link #SHARP_SPAN} days), its grid cell (sharp only), its days (an
   * undated incident takes the week before its publication) and its country code ("" for none).
   */
  public record Extent(
      boolean sharp, int cellLat, int cellLon, long startDay, long endDay, String country) {
    /** The week number of the start day. */
    public int startWeek() {
      return week(startDay);
    }

    /** The week number of the end day. */
    public int endWeek() {
      return week(endDay);
    }
  }

  /** The blocking extent of one incident. */
  public static Extent extent(LinkInput in) {
    Location loc = in.incident().location();
    IncidentDate d = in.incident().date();
    String country = loc == null || loc.countryCode() == null ? "" : loc.countryCode();
    LocalDate s;
    LocalDate e;
    if (d != null) {
      s = d.start();
      e = d.end();
    } else {
      s = in.published() == null ? EPOCH : in.published().minusDays(7);
      e = in.published() == null ? EPOCH : in.published();
    }
    long startDay = s.toEpochDay();
    long endDay = e.toEpochDay();
    boolean sharp =
        d != null
            && d.precision() == DatePrecision.DAY
            && endDay - startDay <= SHARP_SPAN
            && loc != null
            && loc.hasCoordinates()
            && loc.precision() == LocationPrecision.PLACE;
    int cellLat = sharp ? (int) Math.floor(loc.lat() / CELL_DEGREES) : 0;
    int cellLon = sharp ? (int) Math.floor(loc.lon() / CELL_DEGREES) : 0;
    return new Extent(sharp, cellLat, cellLon, startDay, endDay, country);
  }

  /** The week number of an epoch day, counted from {@link #EPOCH}. */
  public static int week(long epochDay) {
    return (int) Math.floorDiv(epochDay - EPOCH.toEpochDay(), 7);
  }

  /**
   * Whether {@link Linker#link} scores this pair when both incidents are in its input: the blocking
   * rule of {@link Blocks} applied to the two alone (it depends on nothing else).
   */
  public static boolean offered(LinkInput a, LinkInput b) {
    Blocks blocks = new Blocks(List.of(a, b));
    boolean[] found = new boolean[1];
    blocks.candidates(0, j -> found[0] |= j == 1);
    if (!found[0]) {
      blocks.candidates(1, j -> found[0] |= j == 0);
    }
    return found[0];
  }
}

package org.harmwatch.core.directory;

import java.util.List;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.store.BoundingBox;

/**
 * The gazetteer as analysts look things up in it: places by name and places near a point of a map,
 * each as a {@link Location} that a place correction can take as it is. Implementations are
 * thread-safe.
 */
public interface PlaceDirectory {
  /**
   * Places whose name (or an alternate name) is {@code text} or starts with it, ignoring case and
   * accents: exact names first, then larger places first; only in {@code countryCode} when it is
   * not null. At most {@code limit}; empty for a blank text.
   */
  List<Location> search(String text, String countryCode, int limit);

  /**
   * The populated places and divisions nearest to a point, nearest first; at most {@code limit}.
   */
  List<Location> near(double lat, double lon, int limit);

  /**
   * The most populous places with a point inside {@code box}, most populous first; at most {@code
   * limit}. For the map's place labels: a smaller box (a closer zoom) names smaller places.
   */
  List<Location> largestIn(BoundingBox box, int limit);
}

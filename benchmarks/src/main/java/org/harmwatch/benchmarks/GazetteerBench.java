package org.harmwatch.benchmarks;

import java.util.List;
import java.util.Optional;
import org.harmwatch.core.geo.PlaceContext;
import org.harmwatch.core.geo.PlaceMention;
import org.harmwatch.core.model.Location;
import org.harmwatch.geo.Gazetteer;
import org.harmwatch.geo.GazetteerPlaceResolver;

/**
 * A command-line benchmark: loads the bundled gazetteer and prints load time, heap in use after a
 * full GC and the speed of a few resolutions. Run with {@code java -cp
 * benchmarks/target/benchmarks.jar org.harmwatch.benchmarks.GazetteerBench}. Not a test;
 * single-threaded.
 */
public final class GazetteerBench {
  private GazetteerBench() {}

  /** Prints the figures to standard output. */
  public static void main(String[] args) {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    Gazetteer g = Gazetteer.loadDefault();
    long t1 = System.nanoTime();
    System.gc();
    long after = rt.totalMemory() - rt.freeMemory();
    System.out.printf(
        "gazetteer %s: %,d rows, loaded in %d ms, heap +%d MB (max heap %d MB)%n",
        g.version(), g.size(), (t1 - t0) / 1_000_000, (after - before) >> 20, rt.maxMemory() >> 20);
    GazetteerPlaceResolver r = new GazetteerPlaceResolver(g);
    List<String> phrases =
        List.of(
            "Bankass",
            "central Mali's Segou region",
            "30 km from Douentza",
            "Ogossagou",
            "Karma",
            "a village near a military base in central Mali",
            "Paris",
            "nord du Burkina Faso");
    PlaceContext ml = new PlaceContext(List.of("ML"));
    int n = 2000;
    long t2 = System.nanoTime();
    int found = 0;
    for (int i = 0; i < n; i++) {
      for (String p : phrases) {
        Optional<Location> loc = r.resolve(new PlaceMention(p, 0, p.length()), ml);
        found += loc.isPresent() ? 1 : 0;
      }
    }
    long t3 = System.nanoTime();
    System.out.printf(
        "%,d resolutions in %d ms (%.1f µs each, %d resolved)%n",
        n * phrases.size(), (t3 - t2) / 1_000_000, (t3 - t2) / 1e3 / (n * phrases.size()), found);
  }
}

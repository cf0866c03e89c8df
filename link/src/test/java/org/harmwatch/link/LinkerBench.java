package org.harmwatch.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.model.SubEventType;

/**
 * Throughput benchmark for {@link Linker}: {@code LinkerBench [N ...]} (default 100000 300000
 * 1000000), run from the test class path (it is no part of the link jar). Not thread-safe.
 *
 * <p>Generator: events uniformly spread over ML/BF/NE bounding boxes and 2020-2024; each event gets
 * 1 to 5 reports (mean 3), jittered by up to ±1 day and ~3 km, with random killed figures near the
 * event's toll and one of six perpetrators.
 */
public final class LinkerBench {
  private static final String[] CC = {"ML", "BF", "NE"};
  private static final double[][] BOX = {{11, 20, -12, 4}, {9.5, 15, -5.5, 2}, {12, 23, 0, 15}};
  private static final SubEventType[] SUB = {
    SubEventType.ATTACK,
    SubEventType.AIR_DRONE_STRIKE,
    SubEventType.ARMED_CLASH,
    SubEventType.ABDUCTION_FORCED_DISAPPEARANCE,
    SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED
  };
  private static final String[] PERP = {"JNIM", "ISSP", "FAMa", "VDP", "Dozo", "Wagner"};

  private LinkerBench() {}

  /** Generates about {@code n} reports over 5 years with a fixed seed. */
  static List<LinkInput> generate(int n, long seed) {
    return generate(n, seed, 5 * 365);
  }

  /** Generates about {@code n} reports spread over {@code days} days, with a fixed seed. */
  static List<LinkInput> generate(int n, long seed, int days) {
    Random r = new Random(seed);
    List<LinkInput> out = new ArrayList<>(n);
    LocalDate base = LocalDate.of(2020, 1, 1);
    int event = 0;
    while (out.size() < n) {
      int c = r.nextInt(3);
      double[] b = BOX[c];
      double lat = b[0] + r.nextDouble() * (b[1] - b[0]);
      double lon = b[2] + r.nextDouble() * (b[3] - b[2]);
      LocalDate day = base.plusDays(r.nextInt(days));
      SubEventType sub = SUB[r.nextInt(SUB.length)];
      String perp = PERP[r.nextInt(PERP.length)];
      int toll = r.nextInt(60);
      int reports = 1 + r.nextInt(5);
      for (int k = 0; k < reports && out.size() < n; k++) {
        LocalDate d = day.plusDays(r.nextInt(3) - 1);
        Location loc =
            new Location(
                "v" + event,
                CC[c],
                null,
                null,
                lat + (r.nextDouble() - 0.5) * 0.05,
                lon + (r.nextDouble() - 0.5) * 0.05,
                LocationPrecision.PLACE,
                null,
                null);
        Incident inc =
            new Incident(
                "e" + event + "r" + k,
                null,
                sub.eventType(),
                sub,
                new IncidentDate(d, d, DatePrecision.DAY, null),
                loc,
                List.of(new Actor(perp, ActorType.REBEL_GROUP, null)),
                List.of(),
                new Casualties(
                    Count.atLeast(Math.max(0, toll + r.nextInt(7) - 3), null),
                    null,
                    null,
                    null,
                    null,
                    null),
                List.of(),
                List.of(),
                List.of(),
                0.8,
                null);
        out.add(new LinkInput(inc, "doc" + event + "_" + k, d.plusDays(1), null));
      }
      event++;
    }
    return out;
  }

  /**
   * Runs the benchmark: {@code [--constant-density] [N ...]}. By default every size is spread over
   * the same 5 years (density grows with N: 1M reports is ~550 a day); with {@code
   * --constant-density} the period grows with N (~550 reports a day at every size), which shows how
   * the cost grows with N alone.
   */
  public static void main(String[] args) {
    boolean constant = java.util.Arrays.asList(args).contains("--constant-density");
    int[] sizes =
        java.util.Arrays.stream(args)
            .filter(a -> !a.startsWith("--"))
            .mapToInt(Integer::parseInt)
            .toArray();
    if (sizes.length == 0) {
      sizes = new int[] {100_000, 300_000, 1_000_000};
    }
    System.out.printf(
        "threads=%d density=%s%n",
        java.util.concurrent.ForkJoinPool.getCommonPoolParallelism(),
        constant ? "constant (~550 reports/day)" : "5 years for every N");
    Linker linker = new Linker();
    linker.link(generate(20_000, 1)); // warm-up
    for (int n : sizes) {
      List<LinkInput> in = constant ? generate(n, 7, Math.max(1, n / 550)) : generate(n, 7);
      long t0 = System.nanoTime();
      LinkResult res = linker.link(in);
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "N=%d pairs=%d clusters=%d seconds=%.2f rate=%.0f/s%n",
          n, res.pairsCompared(), res.clusters().size(), s, n / s);
    }
  }
}

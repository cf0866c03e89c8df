package org.harmwatch.store;

import org.harmwatch.core.model.EventType;
import org.harmwatch.testkit.PostgresDatabase;
import org.harmwatch.testkit.PostgresServer;

/**
 * The storage benchmark on a real PostgreSQL server that this program starts itself (the same
 * embedded binaries as the PostgreSQL tests), so the figures need no installed server. The same
 * {@link StoreBenchmark} as {@code harmwatch bench-store --db postgres}; how to run it is in the
 * README ("Measured"). Arguments: incidents (default 1,000,000), timed runs (default 30).
 */
public final class PostgresStoreBench {
  private PostgresStoreBench() {}

  public static void main(String[] args) {
    int incidents = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    try (PostgresServer pg = PostgresServer.start()) {
      PostgresDatabase bench = pg.newDatabase();
      try (Database db =
          Database.open(DatabaseSettings.postgres(bench.url(), bench.user(), bench.password()))) {
        StoreBenchmark benchmark = new StoreBenchmark(db);
        long t0 = System.nanoTime();
        benchmark.generate(
            incidents,
            50_000,
            (done, total) -> System.out.printf("  %,d / %,d incidents written%n", done, total));
        System.out.printf(
            "generated %,d synthetic incidents in %.1f s%n",
            incidents, (System.nanoTime() - t0) / 1e9);
        System.out.println("database: " + db.settings().describe());
        for (StoreBenchmark.Timing t :
            benchmark.time("ML", 2023, EventType.VIOLENCE_AGAINST_CIVILIANS, 5, runs)) {
          System.out.println(t);
        }
        benchmark
            .explain("ML", 2023, EventType.VIOLENCE_AGAINST_CIVILIANS)
            .forEach(System.out::println);
      }
    }
  }
}

package org.harmwatch.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import org.harmwatch.core.model.EventType;
import org.harmwatch.store.Database;
import org.harmwatch.store.StoreBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harmwatch bench-store}: fills a database that holds no real data with synthetic incidents
 * (or reuses the ones a previous run wrote), then prints the median and 95th percentile time of the
 * filtered list and the aggregates, and the query plans on PostgreSQL. Measures, never asserts.
 *
 * <p>A benchmark, so not in the shipped jar: {@code tools/bench-store.sh ARGS} runs it from the
 * test class path as a subcommand of the harmwatch command line ({@link #main}).
 */
@Command(
    name = "bench-store",
    mixinStandardHelpOptions = true,
    description =
        "Time the filtered list and the aggregates on synthetic incidents (use an empty database,"
            + " e.g. --data-dir /tmp/bench).")
public final class BenchStoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database;

  @Option(
      names = "--incidents",
      paramLabel = "N",
      defaultValue = "1000000",
      description = "Synthetic incidents (default 1,000,000).")
  int incidents;

  @Option(
      names = "--commit-every",
      paramLabel = "ROWS",
      defaultValue = "50000",
      description = "Commit after this many incidents while generating (default 50,000).")
  int commitEvery;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "30", description = "Timed runs.")
  int runs;

  @Option(names = "--warm-up", paramLabel = "N", defaultValue = "5", description = "Untimed runs.")
  int warmUp;

  @Option(names = "--country", paramLabel = "ISO2", defaultValue = "ML")
  String country;

  @Option(names = "--year", paramLabel = "YYYY", defaultValue = "2023")
  int year;

  @Option(names = "--event-type", paramLabel = "CODE", defaultValue = "violence_against_civilians")
  String eventType;

  @Option(names = "--explain", description = "Print the query plans on H2 too.")
  boolean explain;

  @Mixin ProgressOption progress;

  /** The harmwatch command line with this command added as {@code bench-store}. */
  static CommandLine commandLine() {
    CommandLine cl = Main.commandLine();
    cl.addSubcommand(new BenchStoreCommand());
    return cl;
  }

  /** Runs {@code harmwatch bench-store ARGS} and exits with its code. */
  public static void main(String[] args) {
    String[] all = new String[args.length + 1];
    all[0] = "bench-store";
    System.arraycopy(args, 0, all, 1, args.length);
    System.exit(commandLine().execute(all));
  }

  @Override
  public Integer call() {
    if (incidents < 1) {
      throw new IllegalArgumentException("--incidents must be >= 1, was " + incidents);
    }
    EventType type = EventType.fromCode(eventType);
    DatabaseChoice choice = database.choice();
    PrintWriter out = spec.commandLine().getOut();
    try (Components components = new Components()) {
      Database db = components.database(choice);
      StoreBenchmark bench = new StoreBenchmark(db);
      long real = bench.realRows();
      if (real > 0) {
        throw new IllegalArgumentException(
            choice.describe()
                + " holds "
                + real
                + " real documents and incidents; bench-store writes only into a database without"
                + " real data (e.g. --data-dir /tmp/harmwatch-bench)");
      }
      long existing = bench.syntheticIncidents();
      if (existing == 0) {
        long t0 = System.nanoTime();
        try (ProgressBar bar = progress.rows("generate")) {
          bench.generate(
              incidents,
              commitEvery,
              (done, total) -> {
                if (bar != null) {
                  bar.maxHint(total);
                  bar.stepTo(done);
                }
              });
        }
        out.printf(
            "generated %,d synthetic incidents in %.1f s%n",
            incidents, (System.nanoTime() - t0) / 1e9);
      } else if (existing == incidents) {
        out.printf("reusing the %,d synthetic incidents already stored%n", existing);
        bench.analyze();
      } else {
        throw new IllegalArgumentException(
            choice.describe()
                + " holds "
                + existing
                + " synthetic incidents, not --incidents "
                + incidents
                + "; use another database");
      }
      out.println("database: " + db.settings().describe());
      List<StoreBenchmark.Timing> timings = bench.time(country, year, type, warmUp, runs);
      timings.forEach(out::println);
      if (explain || db.settings().isPostgres()) {
        bench.explain(country, year, type).forEach(out::println);
      }
      Path files =
          switch (choice.kind()) {
            case PG_EMBEDDED -> choice.dataDir().resolve(EmbeddedPostgres.CLUSTER);
            case H2_FILE -> choice.dataDir().resolve("harmwatch.mv.db");
            default -> null;
          };
      if (files != null) {
        out.printf("database files: %,d MB in %s%n", bytes(files) / 1_000_000, files);
      }
      out.flush();
    }
    return 0;
  }

  // The bytes of a file, or of every file under a folder.
  private static long bytes(Path path) {
    try (Stream<Path> files = Files.walk(path)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure " + path, e);
    }
  }
}

package org.harmwatch.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.DocumentRef;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.model.SubEventType;

/**
 * The batch job's benchmark (a command-line tool in the test sources, out of the production jar;
 * never a test itself): {@code BatchBench docs CORPUS_DIR COPIES [CORES,...]} runs the whole job on
 * {@code local[1]} and then {@code local[2]} over COPIES copies of the corpus's documents (each
 * copy's text made unique, so no document folds into another) and prints documents per second and
 * the JVM's peak heap; before each timed run an untimed one over the corpus's first 50 documents
 * loads the gazetteer and warms the code, so that neither core count pays for them. {@code
 * BatchBench link N [MASTER] [REPORTS_PER_DAY]} links N synthetic incidents on {@code local[2]} and
 * prints the time; with REPORTS_PER_DAY the period grows with N (constant density, so the pairs
 * grow linearly), else every N spreads over the same 5 years. {@code tools/batch-bench.sh} builds
 * the module and runs both with the machine's load recorded; by hand, on the batch classpath:
 *
 * <pre>
 * java $(BatchLauncher.JAVA_OPENS) -Xmx3g
 *     -cp 'batch/target/test-classes:batch/target/harmwatch-batch.jar:batch/target/lib/*'
 *     org.harmwatch.batch.BatchBench docs eval/gold 20
 * </pre>
 */
public final class BatchBench {
  private static final int FIVE_YEARS = 5 * 365;
  private static final int WARM_UP_DOCUMENTS = 50;

  private BatchBench() {}

  public static void main(String[] args) throws IOException {
    if (args.length >= 3 && args[0].equals("docs")) {
      docs(Path.of(args[1]), Integer.parseInt(args[2]), args.length > 3 ? args[3] : "1,2");
    } else if (args.length >= 2 && args[0].equals("link")) {
      int n = Integer.parseInt(args[1]);
      int days = args.length > 3 ? Math.max(1, n / Integer.parseInt(args[3])) : FIVE_YEARS;
      link(n, args.length > 2 ? args[2] : "local[2]", days);
    } else {
      System.err.println(
          "usage: BatchBench docs CORPUS_DIR COPIES [CORES,...] | link N [MASTER]"
              + " [REPORTS_PER_DAY]");
      System.exit(2);
    }
  }

  static SparkSession spark(String master) {
    return SparkSession.builder()
        .appName("harmwatch batch bench")
        .master(master)
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "8")
        .getOrCreate();
  }

  private static void docs(Path corpus, int copies, String cores) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path p : files.filter(p -> p.toString().endsWith("-docs.jsonl")).sorted().toList()) {
        for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          if (!l.isBlank()) {
            lines.add(l);
          }
        }
      }
    }
    Path dir = Files.createTempDirectory("harmwatch-batch-bench-");
    Path in = Files.createDirectories(dir.resolve("in"));
    long docs = 0;
    long bytes = 0;
    for (int c = 0; c < copies; c++) {
      try (BufferedWriter w = Files.newBufferedWriter(in.resolve("copy-" + c + ".jsonl"))) {
        for (String l : lines) {
          var o = (com.fasterxml.jackson.databind.node.ObjectNode) ExchangeJson.parse(l);
          o.put("id", o.path("id").asText() + "-c" + c);
          o.put("text", o.path("text").asText() + "\n\n(copy " + c + ")");
          String s = ExchangeJson.write(o);
          w.write(s);
          w.write('\n');
          docs++;
          bytes += s.length();
        }
      }
    }
    Path warmUp = dir.resolve("warm-up.jsonl");
    Files.write(warmUp, lines.subList(0, Math.min(WARM_UP_DOCUMENTS, lines.size())));
    System.out.printf(
        Locale.ROOT,
        "corpus: %d documents (%d copies of %d), %.1f MB of JSON Lines; %d cores on this machine%n",
        docs,
        copies,
        lines.size(),
        bytes / 1e6,
        Runtime.getRuntime().availableProcessors());
    for (String n : cores.split(",")) {
      SparkSession spark = spark("local[" + n + "]");
      BatchOptions warm = new BatchOptions();
      warm.inputs = List.of(warmUp.toString());
      warm.out = dir.resolve("warm-up-" + n).toString();
      System.out.printf(Locale.ROOT, "local[%s] warm-up: %s%n", n, BatchJob.run(spark, warm));
      resetPeaks();
      long cpu0 = cpuNanos();
      double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      BatchOptions o = new BatchOptions();
      o.inputs = List.of(in.toString());
      o.out = dir.resolve("out-" + n).toString();
      BatchSummary s = BatchJob.run(spark, o);
      double cpu = (cpuNanos() - cpu0) / 1e9;
      spark.stop();
      System.out.printf(
          Locale.ROOT,
          "local[%s]: %s -> %.1f documents/s; CPU %.1f s (%.1f documents per CPU-second); peak"
              + " heap %d MB (driver = executor in local mode); load average %.1f -> %.1f%n",
          n,
          s,
          s.documents() / s.seconds(),
          cpu,
          s.documents() / cpu,
          peakHeapMb(),
          load0,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static void link(int n, String master, int days) {
    SparkSession spark = spark(master);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<IncidentRow> rows = synthetic(n, 7, days);
    JavaRDD<IncidentRow> rdd = jsc.parallelize(rows, 16).cache();
    rdd.count();
    resetPeaks();
    long cpu0 = cpuNanos();
    long t0 = System.nanoTime();
    SparkLinking.Linked l = SparkLinking.link(rdd, 16);
    long links = l.links().count();
    long clustered = l.clusterOf().count();
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%s: linked %d incidents over %d days in %.1f s (%d candidate pairs, %d links, %d"
            + " incidents in multi-report clusters); CPU %.1f s; peak heap %d MB; load average"
            + " %.1f%n",
        master,
        n,
        days,
        s,
        l.candidates(),
        links,
        clustered,
        (cpuNanos() - cpu0) / 1e9,
        peakHeapMb(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    spark.stop();
  }

  /** {@link #synthetic(int, long, int)} over 5 years. */
  static List<IncidentRow> synthetic(int n, long seed) {
    return synthetic(n, seed, FIVE_YEARS);
  }

  /**
   * About {@code n} reports of events spread over Mali, Burkina Faso and Niger in {@code days} days
   * from 2020-01-01, 1 to 5 reports an event (jittered by a day and a few km); one in ten has only
   * a region and a week, one in forty no place and one in forty no date, so every blocking path is
   * taken; otherwise as the link module's own benchmark generates them.
   */
  static List<IncidentRow> synthetic(int n, long seed, int days) {
    String[] cc = {"ML", "BF", "NE"};
    double[][] box = {{11, 20, -12, 4}, {9.5, 15, -5.5, 2}, {12, 23, 0, 15}};
    SubEventType[] subs = {
      SubEventType.ATTACK, SubEventType.AIR_DRONE_STRIKE, SubEventType.ARMED_CLASH
    };
    String[] perps = {"JNIM", "ISSP", "FAMa", "VDP", "Dozo", "Wagner"};
    Random r = new Random(seed);
    List<IncidentRow> out = new ArrayList<>(n);
    LocalDate base = LocalDate.of(2020, 1, 1);
    int event = 0;
    while (out.size() < n) {
      int c = r.nextInt(3);
      double lat = box[c][0] + r.nextDouble() * (box[c][1] - box[c][0]);
      double lon = box[c][2] + r.nextDouble() * (box[c][3] - box[c][2]);
      LocalDate day = base.plusDays(r.nextInt(days));
      SubEventType sub = subs[r.nextInt(subs.length)];
      String perp = perps[r.nextInt(perps.length)];
      int toll = r.nextInt(60);
      int reports = 1 + r.nextInt(5);
      for (int k = 0; k < reports && out.size() < n; k++) {
        LocalDate d = day.plusDays(r.nextInt(3) - 1);
        int kind = r.nextInt(40);
        boolean blurry = kind < 4;
        Location loc =
            kind == 4
                ? null
                : new Location(
                    blurry ? null : "v" + event,
                    cc[c],
                    "region" + (event % 7),
                    null,
                    blurry ? null : lat + (r.nextDouble() - 0.5) * 0.05,
                    blurry ? null : lon + (r.nextDouble() - 0.5) * 0.05,
                    blurry ? LocationPrecision.REGION : LocationPrecision.PLACE,
                    null,
                    null);
        String doc = "doc" + event + "_" + k;
        Incident inc =
            new Incident(
                doc + "#0",
                new DocumentRef(doc, null, d.plusDays(1)),
                sub.eventType(),
                sub,
                kind == 5
                    ? null
                    : blurry
                        ? new IncidentDate(d.minusDays(3), d.plusDays(3), DatePrecision.WEEK, null)
                        : new IncidentDate(d, d, DatePrecision.DAY, null),
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
        out.add(new IncidentRow(inc.id(), doc, d.plusDays(1).toString(), ExchangeJson.toLine(inc)));
      }
      event++;
    }
    return out;
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }
}

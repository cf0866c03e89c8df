package org.harmwatch.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.SubEventType;
import org.harmwatch.core.reference.ImportResult;
import org.harmwatch.core.reference.ReferenceEvent;
import org.harmwatch.export.AcledCsvWriter;
import org.harmwatch.export.CsvOutput;
import org.harmwatch.reference.CheckedIncident;
import org.harmwatch.reference.CrossChecker;
import org.harmwatch.reference.ReferenceFormat;
import org.harmwatch.reference.ReferenceImporter;
import org.harmwatch.reference.Source;
import org.harmwatch.store.Database;
import org.harmwatch.store.DatabaseSettings;
import org.harmwatch.store.JdbcReferenceStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reference datasets at scale, on synthetic data (generated here; no real rows): the import of an
 * ACLED CSV file of {@code rows} rows into an in-memory H2 database (encoding scan, parse, row
 * checks, batch insert), and the cross-check of {@code rows} incidents of ours against {@code rows}
 * reference events spread over 20 countries and 5 years (events and incidents at the density of
 * ACLED's busiest years). One call each; seconds per call (rows/s = rows / score). Run: {@code java
 * -jar benchmarks/target/benchmarks.jar ReferenceBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx3g"})
public class ReferenceBenchmark {
  private static final String[] COUNTRIES = {
    "ML", "BF", "NE", "NG", "CM", "TD", "SD", "SS", "ET", "SO", "KE", "CD", "CF", "MZ", "LY", "EG",
    "DZ", "BI", "UG", "TN"
  };
  private static final LocalDate START = LocalDate.of(2019, 1, 1);
  private static final int DAYS = 5 * 365;

  @Param({"100000"})
  public int rows;

  private byte[] csv;
  private List<CheckedIncident> ours;
  private List<ReferenceEvent> theirs;
  private Database db;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    Random r = new Random(42);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    CsvOutput out = new CsvOutput(w);
    out.header(AcledCsvWriter.COLUMNS);
    String[] countryNames = {
      "Mali",
      "Burkina Faso",
      "Niger",
      "Nigeria",
      "Cameroon",
      "Chad",
      "Sudan",
      "South Sudan",
      "Ethiopia",
      "Somalia",
      "Kenya",
      "Democratic Republic of Congo",
      "Central African Republic",
      "Mozambique",
      "Libya",
      "Egypt",
      "Algeria",
      "Burundi",
      "Uganda",
      "Tunisia"
    };
    for (int i = 0; i < rows; i++) {
      LocalDate d = START.plusDays(r.nextInt(DAYS));
      int c = r.nextInt(COUNTRIES.length);
      out.text("SYN" + i).text(d.toString()).number(d.getYear()).number(1);
      out.text("Political violence").text("Violence against civilians").text("Attack");
      out.text("Unidentified Armed Group (" + countryNames[c] + ")").text(null).number(3);
      out.text("Civilians (" + countryNames[c] + ")").text(null).number(7).number(37);
      out.text("Civilian targeting").number(null).text(null).text(countryNames[c]);
      out.text("Region " + r.nextInt(10)).text("District " + r.nextInt(50)).text(null);
      out.text("Village " + r.nextInt(5000));
      out.number(5 + r.nextDouble() * 10).number(-5 + r.nextDouble() * 30).number(1);
      out.text("Synthetic Wire").text("National");
      out.text(
          "On "
              + d
              + ", gunmen attacked the village, killing "
              + (i % 7)
              + " civilians, \"witnesses\" said.");
      out.number(i % 7).text(null).text(null);
      out.endRow();
    }
    w.flush();
    csv = bytes.toByteArray();
    theirs = new ArrayList<>(rows);
    ours = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      LocalDate d = START.plusDays(r.nextInt(DAYS));
      String c = COUNTRIES[r.nextInt(COUNTRIES.length)];
      double lat = 5 + r.nextDouble() * 10;
      double lon = -5 + r.nextDouble() * 30;
      theirs.add(
          new ReferenceEvent(
              "E" + i,
              d,
              d,
              1,
              c,
              null,
              "Region",
              null,
              "Village",
              lat,
              lon,
              1,
              EventType.VIOLENCE_AGAINST_CIVILIANS,
              SubEventType.ATTACK,
              "Unidentified Armed Group",
              null,
              "Civilians",
              null,
              i % 7,
              i % 7,
              i % 7,
              null,
              null,
              i,
              "h"));
      // Half of ours are one of theirs a day later and a few km away; half are elsewhere.
      boolean same = r.nextBoolean();
      LocalDate day = same ? d.plusDays(1) : START.plusDays(r.nextInt(DAYS));
      ours.add(
          new CheckedIncident(
              "I" + i,
              day,
              day,
              same ? c : COUNTRIES[r.nextInt(COUNTRIES.length)],
              "Region",
              null,
              "Village",
              same ? lat + 0.02 : 5 + r.nextDouble() * 10,
              same ? lon : -5 + r.nextDouble() * 30,
              true,
              EventType.VIOLENCE_AGAINST_CIVILIANS,
              SubEventType.ATTACK,
              List.of("Unidentified Armed Group"),
              List.of("Civilians"),
              i % 7,
              i % 7,
              i % 7));
    }
  }

  @Setup(Level.Invocation)
  public void openDatabase() {
    db =
        Database.open(
            DatabaseSettings.h2Memory("bench" + UUID.randomUUID().toString().replace("-", "")));
  }

  @TearDown(Level.Invocation)
  public void closeDatabase() {
    db.close();
  }

  /** Imports the whole file into an empty dataset; returns the rows added. */
  @Benchmark
  public long importAcledCsv() throws IOException {
    ImportResult r =
        new ReferenceImporter(new JdbcReferenceStore(db))
            .run(Source.of(csv, "synthetic.csv"), ReferenceFormat.ACLED, "SYN", null, "bench");
    if (r.added() != rows) {
      throw new IllegalStateException("imported " + r.added() + " of " + rows + ": " + r.errors());
    }
    return r.added();
  }

  /** Checks every incident of ours against every event of theirs; returns the matches. */
  @Benchmark
  public long crossCheck() {
    return new CrossChecker().check(ours, theirs).matches();
  }
}

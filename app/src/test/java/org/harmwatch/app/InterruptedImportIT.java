package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.harmwatch.store.Database;
import org.harmwatch.store.H2Files;
import org.harmwatch.store.JsonlArchive;
import org.harmwatch.store.StoreBenchmark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM during {@code import}: while rows are read the import is rolled back (it is one
 * transaction), the command says "interrupted after 0; rerun to continue" and a rerun imports the
 * archive whole; while the search index is rebuilt, every row is in and the index is left to be
 * rebuilt at the next start.
 */
class InterruptedImportIT {
  private static final int INCIDENTS = 3_000;
  private static final String ROLLED_BACK = "interrupted after 0; rerun to continue";
  private static final String INDEX_LEFT = "the search index is rebuilt when the database is next";

  @TempDir Path tmp;

  @Test
  void sigtermRollsTheImportBackAndARerunImportsItWhole() throws Exception {
    Path archive = tmp.resolve("archive.jsonl");
    Map<String, Long> expected = writeArchive(tmp.resolve("source"), archive);
    Path rolledBack = null;
    // The signal must land while the rows are read: after the store opened, before the commit.
    for (int attempt = 0; attempt < 6 && rolledBack == null; attempt++) {
      Path data = tmp.resolve("try" + attempt);
      Path log = tmp.resolve("try" + attempt + ".log");
      Process p = importer(data, archive, log);
      long waited = 0;
      while (p.isAlive() && waited < 120_000 && !Files.readString(log).contains("using H2")) {
        Thread.sleep(10);
        waited += 10;
      }
      Thread.sleep(100L << attempt);
      p.destroy(); // SIGTERM
      assertThat(p.waitFor(150, TimeUnit.SECONDS)).as("the process ends").isTrue();
      String said = Files.readString(log);
      assertThat(said).doesNotContain("Exception");
      if (said.contains(ROLLED_BACK)) {
        assertThat(p.exitValue()).isEqualTo(130);
        assertThat(counts(data, expected))
            .as("nothing imported")
            .allSatisfy((t, n) -> assertThat(n).isZero());
        rolledBack = data;
      } else if (said.contains(INDEX_LEFT)) {
        assertThat(p.exitValue()).isEqualTo(130);
        assertThat(counts(data, expected)).as("every row imported").isEqualTo(expected);
      } else {
        assertThat(p.exitValue()).as(said).isZero();
      }
    }
    assertThat(rolledBack).as("no SIGTERM landed while the rows were read").isNotNull();

    Path log = tmp.resolve("rerun.log");
    Process rerun = importer(rolledBack, archive, log);
    assertThat(rerun.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(rerun.exitValue()).as(Files.readString(log)).isZero();
    assertThat(counts(rolledBack, expected)).isEqualTo(expected);
  }

  /** Writes an archive of a database of synthetic incidents; returns its rows by table. */
  private static Map<String, Long> writeArchive(Path source, Path archive) throws IOException {
    try (Database db = Database.open(H2Files.settings(source));
        OutputStream out = Files.newOutputStream(archive)) {
      new StoreBenchmark(db).generate(INCIDENTS, 1_000, (done, total) -> {});
      Map<String, Long> counts = new JsonlArchive(db).exportTo(out, (done, total) -> {});
      Map<String, Long> filled = new LinkedHashMap<>();
      counts.forEach((t, n) -> filled.put(t, n));
      return filled;
    }
  }

  private static Process importer(Path data, Path archive, Path log) throws IOException {
    return AppProcess.start(
        log,
        "import",
        "--no-progress",
        "--db",
        "h2-file",
        "--data-dir",
        data.toString(),
        archive.toString());
  }

  /** The rows of each table of {@code expected} in the database at {@code data}. */
  private static Map<String, Long> counts(Path data, Map<String, Long> expected)
      throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (Database db = Database.open(H2Files.settings(data));
        Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      for (String table : expected.keySet()) {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          out.put(table, rs.getLong(1));
        }
      }
    }
    return out;
  }
}

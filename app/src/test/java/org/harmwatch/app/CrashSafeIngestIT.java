package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.store.Database;
import org.harmwatch.store.DatabaseSettings;
import org.harmwatch.store.H2Files;
import org.harmwatch.store.JdbcIncidentStore;
import org.harmwatch.testkit.SampleReports;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A batch ingest killed with SIGKILL part-way and run again ends with every document stored once
 * and every incident once, exactly as an uninterrupted run: on an H2 file, and on the embedded
 * PostgreSQL, whose server outlives the killed process and is stopped by the rerun.
 */
class CrashSafeIngestIT {
  private static final int DOCUMENTS = 200;

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"h2-file", "pg-embedded"})
  void aKilledIngestRunAgainStoresEverythingExactlyOnce(String kind)
      throws IOException, InterruptedException {
    Path corpus = tmp.resolve("corpus.jsonl");
    writeCorpus(corpus);

    Path clean = tmp.resolve("clean");
    assertThat(ingest(kind, clean, corpus).waitFor()).isZero();
    long[] expected = counts(kind, clean);
    assertThat(expected[0]).isEqualTo(DOCUMENTS);
    assertThat(expected[1]).isGreaterThan(DOCUMENTS / 2);

    Path crashed = tmp.resolve("crashed");
    long[] partial = null;
    // The kill lands at a different moment each attempt; keep going until it hit mid-batch. The
    // delay doubles each time: on a loaded machine the first commit can come seconds after the
    // store opens (cold JIT), and a fixed short delay then never lands inside the batch.
    for (int attempt = 0; attempt < 7 && partial == null; attempt++) {
      Process p = ingest(kind, crashed, corpus);
      Path log = tmp.resolve("ingest-crashed.log");
      long waited = 0;
      // The store is open (and migrated) once the app logs which database it uses, and documents
      // start to be stored once the gazetteer is loaded: a kill before both lands before the batch.
      while (p.isAlive()
          && waited < 120_000
          && !(logSays(log, "using ") && logSays(log, " loaded in "))) {
        Thread.sleep(20);
        waited += 20;
      }
      System.out.printf("%s attempt %d: ready after %d ms%n", kind, attempt, waited);
      Thread.sleep(400L << attempt);
      p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      long[] now = counts(kind, crashed);
      if (now[0] > 0 && now[0] < DOCUMENTS) {
        partial = now;
      }
    }
    assertThat(partial).as("no kill landed in the middle of the batch").isNotNull();

    Optional<ProcessHandle> leftOver = leftOverServer(kind, crashed);
    assertThat(ingest(kind, crashed, corpus).waitFor()).isZero();
    assertThat(counts(kind, crashed)).containsExactly(expected);
    if (kind.equals("pg-embedded")) {
      // The kill landed after the server was up, and the server outlived its process; the rerun
      // found it still running and stopped it.
      assertThat(leftOver).isPresent();
      assertThat(leftOver.get().isAlive()).isFalse();
      assertThat(Files.readString(tmp.resolve("ingest-crashed.log"))).contains("left running on");
    }
  }

  // The PostgreSQL server the killed ingest left running, if it had started one.
  private static Optional<ProcessHandle> leftOverServer(String kind, Path dataDir) {
    Path pidFile = dataDir.resolve("pg").resolve("postmaster.pid");
    if (!kind.equals("pg-embedded") || PgControl.readyPort(pidFile).isEmpty()) {
      return Optional.empty();
    }
    return EmbeddedPostgres.lines(pidFile).stream()
        .findFirst()
        .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid.trim())))
        .filter(ProcessHandle::isAlive);
  }

  private static boolean logSays(Path log, String words) throws IOException {
    return Files.exists(log) && Files.readString(log).contains(words);
  }

  private void writeCorpus(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    List<Document> base = SampleReports.all();
    for (int n = 0; n < DOCUMENTS; n++) {
      Document b = base.get(n % base.size());
      // A distinct closing line makes each document a distinct original.
      String text = b.text() + "\n\nDispatch " + n + ".";
      var node = ExchangeJson.toJson(Document.ofText("doc-" + n, b.title(), b.published(), text));
      node.remove(List.of("sha256", "content_type", "captured_at"));
      lines.add(ExchangeJson.write(node));
    }
    Files.write(file, lines);
  }

  private Process ingest(String kind, Path dataDir, Path corpus) throws IOException {
    return AppProcess.start(
        tmp.resolve("ingest-" + dataDir.getFileName() + ".log"),
        "ingest",
        "--no-progress",
        "--db",
        kind,
        "--data-dir",
        dataDir.toString(),
        corpus.toString());
  }

  private static long[] counts(String kind, Path dataDir) {
    if (kind.equals("pg-embedded")) {
      return postgresCounts(dataDir);
    }
    if (!Files.exists(dataDir.resolve("harmwatch.mv.db"))) {
      return new long[] {0, 0};
    }
    try (IncidentStore store = new JdbcIncidentStore(Database.open(H2Files.settings(dataDir)))) {
      return new long[] {store.documentCount(), store.incidentCount()};
    }
  }

  // Reads the counts through the server a killed ingest left running, when there is one, so
  // that the rerun still finds it; else starts the server for the moment.
  private static long[] postgresCounts(Path dataDir) {
    Path pidFile = dataDir.resolve("pg").resolve("postmaster.pid");
    if (!Files.exists(dataDir.resolve("pg").resolve("PG_VERSION"))) {
      return new long[] {0, 0};
    }
    Optional<Integer> port = PgControl.readyPort(pidFile);
    String password = PrivateFiles.secret(dataDir.resolve(EmbeddedPostgres.PASSWORD_FILE));
    if (port.isPresent()) {
      String url = "jdbc:postgresql://127.0.0.1:" + port.get() + "/" + EmbeddedPostgres.DATABASE;
      try (Connection c = DriverManager.getConnection(url, EmbeddedPostgres.USER, password);
          Statement s = c.createStatement()) {
        return new long[] {count(s, "documents"), count(s, "incidents")};
      } catch (SQLException e) {
        if (!e.getMessage().contains("does not exist")) {
          throw new IllegalStateException(e);
        }
        return new long[] {0, 0}; // killed before the database or its tables were made
      }
    }
    try (EmbeddedPostgres server = EmbeddedPostgres.start(dataDir);
        IncidentStore store =
            new JdbcIncidentStore(
                Database.open(
                    DatabaseSettings.postgres(
                        server.jdbcUrl(), server.user(), server.password())))) {
      return new long[] {store.documentCount(), store.incidentCount()};
    }
  }

  private static long count(Statement s, String table) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

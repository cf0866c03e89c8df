package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.harmwatch.app.CliRun.run;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.harmwatch.testkit.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL ({@code --db pg-embedded}) as processes use it: its files private, a
 * server per data directory that a second process joins instead of starting another, and stopped
 * when its process ends.
 */
class EmbeddedPostgresIT {
  @TempDir Path dir;

  @Test
  void keepsItsRowsAcrossRunsInPrivateFilesAndStopsItsServer() throws IOException {
    Path data = dir.resolve("data");
    Path corpus = dir.resolve("reports.jsonl");
    Files.writeString(corpus, SampleReports.asJsonLines());

    CliRun first = run("ingest", "--no-progress", "--data-dir", data.toString(), corpus.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    CliRun again = run("ingest", "--no-progress", "--data-dir", data.toString(), corpus.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).contains("0 new");

    assertThat(Files.exists(data.resolve("pg").resolve("PG_VERSION"))).isTrue();
    assertThat(Files.exists(data.resolve("harmwatch.mv.db"))).isFalse();
    // Closed cleanly: no server left, and the next start needs no recovery.
    assertThat(data.resolve("pg").resolve("postmaster.pid")).doesNotExist();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
        .isEqualTo("rwx------");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data.resolve(EmbeddedPostgres.PASSWORD_FILE))))
        .isEqualTo("rw-------");
  }

  @Test
  void theServerRefusesConnectionsWithoutThePassword() {
    Path data = dir.resolve("pw");
    try (EmbeddedPostgres server = EmbeddedPostgres.start(data)) {
      assertThat(server.owner()).isTrue();
      assertThatThrownBy(
              () -> {
                try (Connection c =
                    DriverManager.getConnection(server.jdbcUrl(), server.user(), "wrong")) {
                  c.isValid(1);
                }
              })
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password authentication failed");
    }
  }

  @Test
  void aSecondProcessJoinsTheRunningServerAndCannotTakeItsIndex() throws Exception {
    Path data = dir.resolve("shared");
    Path corpus = dir.resolve("reports.jsonl");
    Files.writeString(corpus, SampleReports.asJsonLines());
    CliRun ingest =
        run("ingest", "--no-progress", "--data-dir", data.toString(), corpus.toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();

    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path log = dir.resolve("serve.log");
    Process serve =
        AppProcess.start(
            log,
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            String.valueOf(port),
            "--data-dir",
            data.toString());
    long serverPid;
    try {
      awaitHealthy(serve, port, log);
      Path pidFile = data.resolve("pg").resolve("postmaster.pid");
      serverPid = Long.parseLong(EmbeddedPostgres.lines(pidFile).get(0).trim());

      // export reads through the running server (a client of it, as with H2's mixed mode).
      Path out = dir.resolve("out.csv");
      CliRun export =
          run("export", "--format", "csv", "--out", out.toString(), "--data-dir", data.toString());
      assertThat(export.exit()).as(export.err()).isZero();
      assertThat(Files.readAllLines(out)).hasSizeGreaterThan(1);

      // A second writer gets a clear refusal, and the server it joined keeps running.
      CliRun second =
          run("ingest", "--no-progress", "--data-dir", data.toString(), corpus.toString());
      assertThat(second.exit()).isNotZero();
      assertThat(second.err()).contains("in use by another harmwatch process");
      assertThat(ProcessHandle.of(serverPid).filter(ProcessHandle::isAlive)).isPresent();
      assertThat(PgControl.readyPort(pidFile)).isPresent();
    } finally {
      serve.destroy(); // SIGTERM: serve's shutdown closes the database, then stops the server
      serve.waitFor();
    }
    Optional<ProcessHandle> server = ProcessHandle.of(serverPid);
    if (server.isPresent()) {
      server.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
    }
    assertThat(data.resolve("pg").resolve("postmaster.pid")).doesNotExist();
    assertThat(Files.readString(log)).doesNotContain("left running");
  }

  private static void awaitHealthy(Process serve, int port, Path log) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    URI health = URI.create("http://127.0.0.1:" + port + "/api/health");
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    boolean up = false;
    while (!up && System.nanoTime() < deadline && serve.isAlive()) {
      try {
        up =
            http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()
                == 200;
      } catch (IOException notYet) {
        Thread.sleep(250);
      }
    }
    assertThat(up).as(Files.readString(log)).isTrue();
  }
}

package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmwatch.app.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.harmwatch.export.AcledCsvWriter;
import org.harmwatch.export.FlatCsvWriter;
import org.harmwatch.export.UcdpCsvWriter;
import org.harmwatch.testkit.CsvParser;
import org.harmwatch.testkit.SampleReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} in every format through the command line, alone and while a server runs. */
class ExportCommandIT {
  @TempDir Path dir;
  private String data;
  private String lastSummary;

  @BeforeEach
  void ingestTheSamples() throws IOException {
    Path corpus = dir.resolve("reports.jsonl");
    Files.writeString(corpus, SampleReports.asJsonLines());
    data = dir.resolve("data").toString();
    CliRun ingest =
        run("ingest", "--no-progress", "--db", "h2-file", "--data-dir", data, corpus.toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();
  }

  private List<List<String>> exportCsv(String format, String... filters) throws IOException {
    Path file = dir.resolve(format + ".csv");
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "export",
                "--format",
                format,
                "--out",
                file.toString(),
                "--db",
                "h2-file",
                "--data-dir",
                data));
    args.addAll(List.of(filters));
    String[] withData = args.toArray(String[]::new);
    CliRun r = run(withData);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("exported").contains(format);
    lastSummary = r.out();
    return CsvParser.parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void everyFormatWithTheFiltersOfTheApi() throws Exception {
    List<List<String>> acled = exportCsv("acled-csv");
    long acledLeftOut = leftOut(lastSummary);
    assertThat(acled.get(0)).containsExactlyElementsOf(AcledCsvWriter.COLUMNS);
    assertThat(acled).hasSizeGreaterThan(1);
    int country = acled.get(0).indexOf("country");
    assertThat(acled.subList(1, acled.size()))
        .extracting(r -> r.get(country))
        .contains("Burkina Faso");

    List<List<String>> onlyMali = exportCsv("acled-csv", "--country", "ml");
    assertThat(onlyMali.subList(1, onlyMali.size()))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.get(country)).isEqualTo("Mali"));
    assertThat(onlyMali).hasSizeLessThan(acled.size());

    List<List<String>> ucdp = exportCsv("ucdp-csv", "--from", "2024-01-01");
    assertThat(ucdp.get(0)).containsExactlyElementsOf(UcdpCsvWriter.COLUMNS);

    List<List<String>> flat = exportCsv("csv", "--q", "civilians");
    assertThat(flat.get(0)).containsExactlyElementsOf(FlatCsvWriter.COLUMNS);
    assertThat(flat).hasSizeGreaterThan(1);

    Path geo = dir.resolve("out.geojson");
    assertThat(
            run(
                    "export",
                    "--format",
                    "geojson",
                    "--out",
                    geo.toString(),
                    "--db",
                    "h2-file",
                    "--data-dir",
                    data)
                .exit())
        .isZero();
    JsonNode fc = new ObjectMapper().readTree(geo.toFile());
    assertThat(fc.path("type").asText()).isEqualTo("FeatureCollection");
    // ACLED's rows leave out the undated and countryless incidents; the others hold them all.
    assertThat(fc.path("total").asLong()).isEqualTo(acled.size() - 1 + acledLeftOut);

    Path lines = dir.resolve("out.jsonl");
    assertThat(
            run(
                    "export",
                    "--format",
                    "incidents-jsonl",
                    "--out",
                    lines.toString(),
                    "--db",
                    "h2-file",
                    "--data-dir",
                    data)
                .exit())
        .isZero();
    assertThat(Files.readAllLines(lines)).hasSize((int) (acled.size() - 1 + acledLeftOut));
  }

  /** The incidents a summary line says were left out, 0 when it says none. */
  private static long leftOut(String summary) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) with no ").matcher(summary);
    long n = 0;
    while (m.find()) {
      n += Long.parseLong(m.group(1));
    }
    return n;
  }

  @Test
  void badOptionsAreNamedAndTheArchiveTakesNoFilters() {
    CliRun badFormat = run("export", "--format", "xls", "--db", "h2-file", "--data-dir", data);
    assertThat(badFormat.exit()).isEqualTo(2);
    assertThat(badFormat.err()).contains("--format").contains("xls").contains("acled-csv");
    CliRun badDate =
        run(
            "export",
            "--format",
            "csv",
            "--from",
            "12/03/2024",
            "--db",
            "h2-file",
            "--data-dir",
            data);
    assertThat(badDate.exit()).isEqualTo(2);
    assertThat(badDate.err()).contains("--from").contains("12/03/2024");
    CliRun badType =
        run(
            "export",
            "--format",
            "csv",
            "--event-type",
            "massacre",
            "--db",
            "h2-file",
            "--data-dir",
            data);
    assertThat(badType.exit()).isEqualTo(2);
    assertThat(badType.err()).contains("massacre");
    CliRun filteredArchive =
        run(
            "export",
            "--format",
            "jsonl",
            "--country",
            "ML",
            "--out",
            dir.resolve("a").toString(),
            "--db",
            "h2-file",
            "--data-dir",
            data);
    assertThat(filteredArchive.exit()).isEqualTo(2);
    assertThat(filteredArchive.err()).contains("incidents-jsonl");
    CliRun badQuery =
        run(
            "export",
            "--format",
            "csv",
            "--q",
            "\"unclosed",
            "--out",
            dir.resolve("q.csv").toString(),
            "--db",
            "h2-file",
            "--data-dir",
            data);
    assertThat(badQuery.exit()).isNotZero();
    // A failed export leaves neither the file nor a half-written one.
    assertThat(dir.resolve("q.csv")).doesNotExist();
    assertThat(dir.resolve("q.csv.partial")).doesNotExist();
    CliRun archiveToStdout =
        run("export", "--format", "backup", "--db", "h2-file", "--data-dir", data);
    assertThat(archiveToStdout.exit()).isEqualTo(2);
    assertThat(archiveToStdout.err()).contains("--out");
  }

  @Test
  void exportsWhileAServerRunsOnTheSameDataDirectory() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path log = dir.resolve("serve.log");
    Process serve =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                String.valueOf(port),
                "--db",
                "h2-file",
                "--data-dir",
                data)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      HttpClient http = HttpClient.newHttpClient();
      URI health = URI.create("http://127.0.0.1:" + port + "/api/health");
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      boolean up = false;
      while (!up && System.nanoTime() < deadline && serve.isAlive()) {
        try {
          up =
              http.send(
                          HttpRequest.newBuilder(health).build(),
                          HttpResponse.BodyHandlers.ofString())
                      .statusCode()
                  == 200;
        } catch (IOException notYet) {
          Thread.sleep(250);
        }
      }
      assertThat(up).as(Files.readString(log)).isTrue();

      // The server holds the database and the search index; export reads through H2's mixed mode.
      List<List<String>> acled = exportCsv("acled-csv");
      assertThat(acled).hasSizeGreaterThan(1);
      List<List<String>> searched = exportCsv("csv", "--q", "civilians");
      assertThat(searched).hasSizeGreaterThan(1);
      Path archive = dir.resolve("all.jsonl");
      CliRun backup =
          run(
              "export",
              "--no-progress",
              "--out",
              archive.toString(),
              "--db",
              "h2-file",
              "--data-dir",
              data);
      assertThat(backup.exit()).as(backup.err()).isZero();
      assertThat(backup.out()).contains("documents=3");

      // The server's database port listens on the loopback interface only.
      Properties lock = new Properties();
      try (var in = Files.newInputStream(Path.of(data, "harmwatch.lock.db"))) {
        lock.load(in);
      }
      String server = lock.getProperty("server");
      assertThat(server).matches("(localhost|127\\.0\\.0\\.1):[0-9]+");
      String hexPort =
          String.format("%04X", Integer.parseInt(server.substring(server.indexOf(':') + 1)));
      // Linux lists listening sockets (state 0A) with their local address in hex: 0100007F is
      // 127.0.0.1 (in tcp6, as the IPv4-mapped 0000000000000000FFFF00000100007F); zeros would be
      // every interface.
      List<String> listening = new java.util.ArrayList<>();
      for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
        for (String l : Files.readAllLines(Path.of(table))) {
          String[] f = l.trim().split("\\s+");
          if (f.length > 3 && f[3].equals("0A") && f[1].endsWith(":" + hexPort)) {
            listening.add(f[1].substring(0, f[1].indexOf(':')));
          }
        }
      }
      assertThat(listening)
          .isNotEmpty()
          .allSatisfy(a -> assertThat(a).isIn("0100007F", "0000000000000000FFFF00000100007F"));

      // And the server still answers.
      assertThat(
              http.send(
                      HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString())
                  .statusCode())
          .isEqualTo(200);
    } finally {
      serve.destroy();
      serve.waitFor();
    }
  }
}

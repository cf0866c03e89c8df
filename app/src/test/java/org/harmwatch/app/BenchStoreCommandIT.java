package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.harmwatch.testkit.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench-store} on a few thousand rows: it generates, reuses, times and never touches real
 * data.
 */
class BenchStoreCommandIT {
  @TempDir Path dir;

  // The harmwatch command line with bench-store added, as tools/bench-store.sh runs it.
  private static CliRun run(String... args) {
    return CliRun.run(BenchStoreCommand.commandLine(), args);
  }

  @Test
  void generatesThenReusesAndPrintsMedianAndP95() {
    String db = dir.resolve("bench").toString();
    CliRun first =
        run(
            "bench-store",
            "--incidents",
            "3000",
            "--commit-every",
            "1000",
            "--runs",
            "3",
            "--warm-up",
            "1",
            "--no-progress",
            "--explain",
            "--db",
            "h2-file",
            "--data-dir",
            db);
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("generated 3,000 synthetic incidents")
        .contains("list ML 2023 violence_against_civilians")
        .contains("count by month ML 2023")
        .contains("count by admin1 ML 2023")
        .contains("median")
        .contains("p95")
        .contains("incidents_country_type_start")
        .contains("incidents_country_start");

    CliRun again =
        run(
            "bench-store",
            "--incidents",
            "3000",
            "--runs",
            "2",
            "--warm-up",
            "0",
            "--no-progress",
            "--db",
            "h2-file",
            "--data-dir",
            db);
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).contains("reusing the 3,000 synthetic incidents");

    CliRun otherSize =
        run(
            "bench-store",
            "--incidents",
            "4000",
            "--no-progress",
            "--db",
            "h2-file",
            "--data-dir",
            db);
    assertThat(otherSize.exit()).isEqualTo(2);
    assertThat(otherSize.err()).contains("3000 synthetic incidents").contains("--incidents 4000");
  }

  @Test
  void aDatabaseWithRealDataIsRefused() throws Exception {
    Path corpus = dir.resolve("reports.jsonl");
    Files.writeString(corpus, SampleReports.asJsonLines());
    String db = dir.resolve("real").toString();
    assertThat(
            run("ingest", "--no-progress", "--db", "h2-file", "--data-dir", db, corpus.toString())
                .exit())
        .isZero();
    CliRun refused =
        run(
            "bench-store",
            "--incidents",
            "100",
            "--no-progress",
            "--db",
            "h2-file",
            "--data-dir",
            db);
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("real documents and incidents");
  }
}

package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmwatch.app.CliRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.harmwatch.core.account.ReadChannel;
import org.harmwatch.core.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code admin takedown}, {@code admin takedowns} and {@code admin access-log} on H2 files. */
class TakedownCommandIT {
  private static final String REPORT =
      "{\"id\":\"tk-1\",\"title\":\"Village raid\",\"published\":\"2024-06-02\",\"text\":\"Armed"
          + " men raided the village of Ansongo on 1 June 2024 and killed three farmers, a"
          + " survivor told the radio.\"}\n";

  @TempDir Path dir;

  @Test
  void anAdminTakesADocumentDownFromTheCommandLineAndItCannotComeBack() throws IOException {
    Path corpus = dir.resolve("reports.jsonl");
    Files.writeString(corpus, REPORT);
    String data = dir.resolve("data").toString();
    CliRun ingest =
        run("ingest", "--no-progress", "--db", "h2-file", "--data-dir", data, corpus.toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();

    CliRun noReason = run("admin", "takedown", "tk-1", "--db", "h2-file", "--data-dir", data);
    assertThat(noReason.exit()).isEqualTo(2);
    assertThat(noReason.err()).contains("--reason");
    CliRun unknown =
        run("admin", "takedown", "nope", "--reason", "x", "--db", "h2-file", "--data-dir", data);
    assertThat(unknown.exit()).isNotZero();
    assertThat(unknown.err()).contains("no document 'nope'");

    CliRun down =
        run(
            "admin",
            "takedown",
            "tk-1",
            "--reason",
            "survivor at risk",
            "--by",
            "ops",
            "--db",
            "h2-file",
            "--data-dir",
            data);
    assertThat(down.exit()).as(down.err()).isZero();
    assertThat(down.out()).contains("Taken down: document 'tk-1'", "survivor at risk", "by ops");

    CliRun list = run("admin", "takedowns", "--db", "h2-file", "--data-dir", data);
    assertThat(list.exit()).as(list.err()).isZero();
    assertThat(list.out().lines().toList()).hasSize(2);
    assertThat(list.out()).contains("tk-1", "ops", "survivor at risk");

    CliRun again =
        run("ingest", "--no-progress", "--db", "h2-file", "--data-dir", data, corpus.toString());
    assertThat(again.err()).contains("rejected document tk-1", "taken down", "survivor at risk");
    assertThat(again.out() + again.err()).contains("1 rejected");
    try (Components c = new Components()) {
      DatabaseChoice choice = DatabaseChoice.of("h2-file", null, null, null, Path.of(data), "dev");
      assertThat(c.store(choice).document("tk-1").orElseThrow().text()).isEmpty();
    }
  }

  @Test
  void theAccessLogIsExportedAsCsvForAPeriod() throws IOException {
    String data = dir.resolve("data").toString();
    try (Components c = new Components()) {
      DatabaseChoice choice = DatabaseChoice.of("h2-file", null, null, null, Path.of(data), "dev");
      c.accounts(choice).createUser("ana", "x", Role.ANALYST, Instant.now());
      c.accounts(choice)
          .recordReads(
              List.of("doc-a", "doc-b"),
              "ana",
              ReadChannel.SNIPPET,
              "127.0.0.1",
              Instant.parse("2026-12-01T09:00:00Z"));
      c.accounts(choice)
          .recordReads(
              List.of("doc-a"),
              "ana",
              ReadChannel.EXPORT,
              null,
              Instant.parse("2026-12-03T09:00:00Z"));
    }
    CliRun all = run("admin", "access-log", "--db", "h2-file", "--data-dir", data);
    assertThat(all.exit()).as(all.err()).isZero();
    assertThat(all.out().lines().toList())
        .containsExactly(
            "at,user,channel,address,document_id",
            "2026-12-01T09:00:00Z,ana,snippet,127.0.0.1,doc-a",
            "2026-12-01T09:00:00Z,ana,snippet,127.0.0.1,doc-b",
            "2026-12-03T09:00:00Z,ana,export,,doc-a");
    Path file = dir.resolve("log.csv");
    CliRun day =
        run(
            "admin",
            "access-log",
            "--from",
            "2026-12-03",
            "--to",
            "2026-12-03",
            "-o",
            file.toString(),
            "--db",
            "h2-file",
            "--data-dir",
            data);
    assertThat(day.exit()).as(day.err()).isZero();
    assertThat(Files.readAllLines(file)).hasSize(2).last().asString().contains("export");
    CliRun bad =
        run("admin", "access-log", "--from", "yesterday", "--db", "h2-file", "--data-dir", data);
    assertThat(bad.exit()).isNotZero();
    assertThat(bad.err()).contains("'yesterday' is neither a date");
  }
}

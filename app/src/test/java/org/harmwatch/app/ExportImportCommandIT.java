package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmwatch.app.CliRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.testkit.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} and {@code import} through the command line, between two H2 file databases. */
class ExportImportCommandIT {
  @TempDir Path dir;

  @Test
  void aDatabaseMovesThroughAnArchiveAndIsSearchableAfter() throws Exception {
    Path corpus = dir.resolve("reports.jsonl");
    Files.writeString(corpus, SampleReports.asJsonLines());
    String from = dir.resolve("from").toString();
    String to = dir.resolve("to").toString();
    Path archive = dir.resolve("all.jsonl");
    assertThat(
            run("ingest", "--no-progress", "--db", "h2-file", "--data-dir", from, corpus.toString())
                .exit())
        .isZero();

    CliRun export =
        run(
            "export",
            "--no-progress",
            "--format",
            "jsonl",
            "--out",
            archive.toString(),
            "--db",
            "h2-file",
            "--data-dir",
            from);
    assertThat(export.exit()).as(export.err()).isZero();
    assertThat(export.out()).contains("exported").contains("documents=3");
    assertThat(Files.readString(archive)).contains("\"table\":\"incident_history\"");
    // Every incident row carries the incident as the API shows it, sources and reconciled figures.
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    List<com.fasterxml.jackson.databind.JsonNode> incidentLines = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(archive)) {
      com.fasterxml.jackson.databind.JsonNode n = mapper.readTree(line);
      if ("incidents".equals(n.path("table").asText())) {
        incidentLines.add(n);
      }
    }
    assertThat(incidentLines).isNotEmpty();
    assertThat(incidentLines)
        .allSatisfy(
            n -> {
              assertThat(n.path("incident").path("id").asText())
                  .isEqualTo(n.path("row").path("id").asText());
              assertThat(n.path("incident").path("sources").isArray()).isTrue();
              assertThat(n.path("incident").path("sources").get(0).has("document_id")).isTrue();
              assertThat(n.path("incident").has("independent_sources")).isTrue();
            });

    CliRun imported =
        run("import", "--no-progress", "--db", "h2-file", "--data-dir", to, archive.toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("imported").contains("rebuilt the search index");

    CliRun again =
        run("import", "--no-progress", "--db", "h2-file", "--data-dir", to, archive.toString());
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("not empty").contains("--into-nonempty");

    CliRun badFormat =
        run(
            "export",
            "--format",
            "xls",
            "--out",
            archive.toString(),
            "--db",
            "h2-file",
            "--data-dir",
            from);
    assertThat(badFormat.exit()).isEqualTo(2);
    assertThat(badFormat.err()).contains("--format").contains("xls");

    DatabaseChoice choice = DatabaseChoice.of("h2-file", null, null, null, Path.of(to), "dev");
    try (Components components = new Components()) {
      IncidentStore store = components.store(choice);
      assertThat(store.documentCount()).isEqualTo(3);
      IncidentQuery killings =
          new IncidentQuery(null, null, null, null, null, null, "killings", null, 10, 0);
      assertThat(store.search(killings).total()).isEqualTo(2);
    }
  }
}

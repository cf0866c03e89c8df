package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.harmwatch.core.account.Role;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.testkit.SampleReports;
import org.harmwatch.web.AuthApi;
import org.harmwatch.web.Passwords;
import org.harmwatch.web.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Full-text search end to end: the CLI ingests into an H2 file database (the index in {@code
 * data/index}), {@code reindex} rebuilds it, and the HTTP API searches incidents and documents,
 * text combined with the structured filters.
 */
class SearchIT {
  @TempDir Path dataDir;

  private final HttpClient http = HttpClient.newHttpClient();
  private String token;

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    assertThat(exit).as(err.toString()).isZero();
    return new String[] {out.toString(), err.toString()};
  }

  @Test
  void incidentsAndDocumentsAreSearchedThroughTheApi() throws Exception {
    Path corpus = dataDir.resolve("reports.jsonl");
    Files.writeString(corpus, SampleReports.asJsonLines());
    String db = dataDir.resolve("db").toString();
    run("ingest", "--no-progress", "--db", "h2-file", "--data-dir", db, corpus.toString());
    assertThat(Files.isDirectory(Path.of(db, "index"))).isTrue();

    String[] reindex = run("reindex", "--no-progress", "--db", "h2-file", "--data-dir", db);
    assertThat(reindex[0]).contains("reindexed 3 document(s) and 2 incident(s)");

    DatabaseChoice choice = DatabaseChoice.of("h2-file", null, null, null, Path.of(db), "dev");
    try (Components components = new Components()) {
      WebServer server = components.webServer(choice, "127.0.0.1", false);
      components
          .accounts(choice)
          .createUser("reader1", Passwords.hash("search-it-password"), Role.VIEWER, Instant.now());
      token = AuthApi.issueToken(components.accounts(choice), "reader1", "t", Clock.systemUTC());
      int port = server.start(0);
      try {
        String base = "http://127.0.0.1:" + port;
        // English stemming: "killings" finds the incidents whose evidence says "killed".
        assertThat(documentIds(get(base + "/api/incidents?q=" + enc("killings"))))
            .containsExactlyInAnyOrder("test-djibo-attack", "test-mopti-drone");
        assertThat(documentIds(get(base + "/api/incidents?q=killings&country=BF")))
            .containsExactly("test-djibo-attack");
        assertThat(documentIds(get(base + "/api/incidents?q=killings&country=ML&killed_min=5")))
            .containsExactly("test-mopti-drone");
        assertThat(
                get(base + "/api/incidents?q=killings&country=ML&event_type=protests")
                    .get("total")
                    .asLong())
            .isZero();
        assertThat(documentIds(get(base + "/api/incidents?q=" + enc("\"wedding ceremony\""))))
            .containsExactly("test-mopti-drone");
        assertThat(
                get(base + "/api/incidents?q=" + enc("\"ceremony wedding\"")).get("total").asLong())
            .isZero();

        JsonNode docs = get(base + "/api/search/documents?q=" + enc("joint forces"));
        assertThat(docs.get("total").asLong()).isEqualTo(1);
        assertThat(docs.at("/items/0/id").asText()).isEqualTo("test-policy");
        assertThat(docs.at("/items/0/title").asText())
            .isEqualTo("Sahel juntas announce joint force");
        assertThat(docs.at("/items/0/published").asText()).isEqualTo("2024-03-07");
        assertThat(docs.at("/items/0/snippet").asText()).contains("joint force");

        HttpResponse<String> bad = send(base + "/api/search/documents?q=" + enc("\"open"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"q\"");
        assertThat(send(base + "/api/incidents?q=" + enc("\"open")).statusCode()).isEqualTo(400);
        assertThat(send(base + "/api/search/documents").statusCode()).isEqualTo(400);
      } finally {
        server.stop();
      }
    }
  }

  @Test
  void aCorruptIndexIsMovedAsideAndRebuiltByTheNextStartAndByReindex() throws Exception {
    Path corpus = dataDir.resolve("reports.jsonl");
    Files.writeString(corpus, SampleReports.asJsonLines());
    Path db = dataDir.resolve("db");
    run(
        "ingest",
        "--no-progress",
        "--db",
        "h2-file",
        "--data-dir",
        db.toString(),
        corpus.toString());

    corrupt(db.resolve("index"));
    DatabaseChoice choice = DatabaseChoice.of("h2-file", null, null, null, db, "dev");
    try (Components components = new Components()) {
      components.store(choice); // what serve does first
      assertThat(components.textIndexer(choice).index().documents("joint forces", 5, 0).total())
          .isEqualTo(1);
    }
    corrupt(db.resolve("index"));
    String[] reindex =
        run("reindex", "--no-progress", "--db", "h2-file", "--data-dir", db.toString());
    assertThat(reindex[0]).contains("reindexed 3 document(s) and 2 incident(s)");
    try (var aside = Files.list(db)) {
      assertThat(aside.filter(p -> p.getFileName().toString().startsWith("index.unreadable-")))
          .hasSizeGreaterThanOrEqualTo(1);
    }
  }

  // Every file of the index overwritten with zeros, as a bad disk or a half-copied backup leaves
  // it.
  private static void corrupt(Path index) throws IOException {
    try (var files = Files.list(index)) {
      for (Path f : files.toList()) {
        if (!f.getFileName().toString().equals("write.lock")) {
          Files.write(f, new byte[(int) Math.max(64, Files.size(f))]);
        }
      }
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static List<String> documentIds(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(i -> ids.add(i.at("/document/id").asText()));
    return ids;
  }

  private HttpResponse<String> send(String url) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode get(String url) throws IOException, InterruptedException {
    HttpResponse<String> r = send(url);
    assertThat(r.statusCode()).as(url + " -> " + r.body()).isEqualTo(200);
    return ExchangeJson.parse(r.body());
  }
}

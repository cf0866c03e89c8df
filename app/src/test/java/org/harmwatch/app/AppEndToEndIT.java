package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
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
import java.util.Locale;
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
 * The whole path, end to end: the CLI ingests documents into an H2 file database, then the HTTP API
 * serves them back from that database.
 */
class AppEndToEndIT {
  @TempDir Path dataDir;

  private final HttpClient http = HttpClient.newHttpClient();

  // The API needs a user: the test acts as a script with an analyst's API token.
  private String token;

  private record Run(int exit, String out, String err) {}

  private static Run run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    InputStream savedIn = System.in;
    try {
      if (stdin != null) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      }
      return new Run(cl.execute(args), out.toString(), err.toString());
    } finally {
      System.setIn(savedIn);
    }
  }

  @Test
  void ingestedDocumentsComeBackThroughTheHttpApi() throws IOException, InterruptedException {
    Path corpus = dataDir.resolve("reports.jsonl");
    Files.writeString(corpus, SampleReports.asJsonLines() + "{\"id\":\"broken\"}\n");
    String db = dataDir.resolve("db").toString();

    Run first =
        run(
            null,
            "ingest",
            "--no-progress",
            "--db",
            "h2-file",
            "--data-dir",
            db,
            corpus.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("ingested 3 document(s): 3 new").contains("1 rejected");
    assertThat(first.err()).contains("reports.jsonl:4");

    Run again =
        run(
            null,
            "ingest",
            "--no-progress",
            "--db",
            "h2-file",
            "--data-dir",
            db,
            corpus.toString());
    assertThat(again.out()).contains("ingested 3 document(s): 0 new, 3 already stored");

    DatabaseChoice choice = DatabaseChoice.of("h2-file", null, null, null, Path.of(db), "dev");
    try (Components components = new Components()) {
      WebServer server = components.webServer(choice, "127.0.0.1", false);
      components
          .accounts(choice)
          .createUser(
              "script1", Passwords.hash("end-to-end-password"), Role.ANALYST, Instant.now());
      token = AuthApi.issueToken(components.accounts(choice), "script1", "test", Clock.systemUTC());
      int port = server.start(0);
      try {
        String base = "http://127.0.0.1:" + port;
        JsonNode page = get(base + "/api/incidents?limit=50");
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
        List<String> docIds = new ArrayList<>();
        page.get("items").forEach(i -> docIds.add(i.at("/document/id").asText()));
        assertThat(docIds).contains("test-djibo-attack", "test-mopti-drone");
        assertThat(docIds).doesNotContain("test-policy");

        JsonNode djibo = get(base + "/api/incidents?country=BF&limit=10");
        assertThat(djibo.get("total").asLong()).isEqualTo(1);
        String id = djibo.at("/items/0/id").asText();
        JsonNode incident = get(base + "/api/incidents/" + id);
        assertThat(incident.at("/casualties/killed/min").asInt()).isEqualTo(12);
        assertThat(incident.at("/review/status").asText()).isEqualTo("new");
        assertThat(get(base + "/api/incidents/" + id + "/history").at("/0/kind").asText())
            .isEqualTo("created");
        assertThat(documentedRoutes(base))
            .as("openapi.yaml documents exactly the routes of the fully wired server")
            .containsExactlyInAnyOrderElementsOf(server.apiRoutes());
        assertThat(incident.get("evidence").size()).isPositive();
        assertThat(incident.toString()).contains("test-djibo-attack");

        JsonNode document = get(base + "/api/documents/test-mopti-drone");
        assertThat(document.get("text").asText()).contains("wedding ceremony");

        HttpResponse<String> posted =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/documents"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            ExchangeJson.write(ExchangeJson.toJson(SampleReports.DJIBO_ATTACK))))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(ExchangeJson.parse(posted.body()).get("created").asBoolean()).isFalse();

        HttpResponse<String> missing =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/incidents/nope"))
                    .header("Authorization", "Bearer " + token)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
      } finally {
        server.stop();
      }
    }
  }

  @Test
  void extractPrintsOneIncidentPerLineWithItsDocumentId() {
    Run run = run(SampleReports.asJsonLines(), "extract", "-");
    assertThat(run.exit()).as(run.err()).isZero();
    List<JsonNode> lines = new ArrayList<>();
    run.out().lines().forEach(l -> lines.add(ExchangeJson.parse(l)));
    assertThat(lines)
        .extracting(l -> l.at("/document/id").asText())
        .contains("test-djibo-attack", "test-mopti-drone")
        .doesNotContain("test-policy");
    JsonNode mopti =
        lines.stream()
            .filter(l -> l.at("/document/id").asText().equals("test-mopti-drone"))
            .findFirst()
            .orElseThrow();
    assertThat(mopti.get("sub_event_type").asText()).isEqualTo("air_drone_strike");
    assertThat(mopti.at("/date/start").asText()).isEqualTo("2024-02-16");
    assertThat(mopti.at("/location/admin1").asText()).isEqualTo("Mopti");
    assertThat(mopti.at("/casualties/children_killed").asInt()).isEqualTo(3);
  }

  @Test
  void badOptionsAreNamed() {
    Run run = run(null, "extract", "--format", "xml", "-");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--format").contains("xml");
  }

  private JsonNode get(String url) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(url + " -> " + r.body()).isEqualTo(200);
    return ExchangeJson.parse(r.body());
  }

  private List<String> documentedRoutes(String base) throws IOException, InterruptedException {
    String yaml =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/openapi.yaml")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    List<String> documented = new ArrayList<>();
    String path = null;
    for (String line : yaml.split("\n")) {
      if (line.matches("  /\\S+:")) {
        path = line.trim().substring(0, line.trim().length() - 1);
      } else if (line.matches("\\S.*")) {
        path = null;
      } else if (path != null && line.matches("    (get|post|put|patch|delete):.*")) {
        documented.add(line.trim().replaceAll(":.*", "").toUpperCase(Locale.ROOT) + " " + path);
      }
    }
    return documented;
  }
}

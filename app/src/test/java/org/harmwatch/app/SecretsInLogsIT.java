package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.testkit.PostgresServer;
import org.harmwatch.testkit.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real {@code ingest} and {@code serve} processes on PostgreSQL, with a database password (in the
 * environment, and in the JDBC URL), a bootstrap admin who logs in, makes an API token and uses
 * both: nothing they print holds the database password, a session cookie, a CSRF token or an API
 * token; the admin's one-time password is printed once, in its announcement.
 */
class SecretsInLogsIT {
  private static final String DB_PASSWORD = "pg-Secret-7c1e9b24";
  private static final String URL_PASSWORD = "url-Secret-55ad0e17";

  @TempDir Path tmp;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void logsNeverHoldPasswordsCookiesOrTokens() throws Exception {
    try (PostgresServer pg = PostgresServer.start()) {
      pg.execute(
          "CREATE ROLE hwapp LOGIN PASSWORD '" + DB_PASSWORD + "'",
          "CREATE DATABASE secrets OWNER hwapp");
      String url = "jdbc:postgresql://localhost:" + pg.port() + "/secrets";
      Path corpus = tmp.resolve("reports.jsonl");
      Files.writeString(corpus, SampleReports.asJsonLines());

      // The password in the URL's query string, as some set-ups write it.
      Path ingestLog = tmp.resolve("ingest.log");
      Process ingest =
          start(
              ingestLog,
              Map.of("HARMWATCH_DB_URL", url + "?user=hwapp&password=" + URL_PASSWORD),
              "ingest",
              "--no-progress",
              "--db",
              "postgres",
              "--data-dir",
              tmp.resolve("d1").toString(),
              corpus.toString());
      assertThat(ingest.waitFor(180, TimeUnit.SECONDS)).isTrue();
      assertThat(ingest.exitValue()).as(Files.readString(ingestLog)).isZero();

      int port;
      try (ServerSocket free = new ServerSocket(0)) {
        port = free.getLocalPort();
      }
      Path serveLog = tmp.resolve("serve.log");
      Process serve =
          start(
              serveLog,
              Map.of(
                  "HARMWATCH_DB_URL", url,
                  "HARMWATCH_DB_USER", "hwapp",
                  "HARMWATCH_DB_PASSWORD", DB_PASSWORD),
              "serve",
              "--db",
              "postgres",
              "--host",
              "127.0.0.1",
              "--port",
              Integer.toString(port),
              "--data-dir",
              tmp.resolve("d2").toString());
      List<String> secrets = new ArrayList<>(List.of(DB_PASSWORD, URL_PASSWORD));
      String adminPassword;
      try {
        waitFor(serve, serveLog, "is serving");
        Matcher m =
            Pattern.compile("one-time password:\\s*\\n\\s+(\\S+)")
                .matcher(Files.readString(serveLog));
        assertThat(m.find()).as(Files.readString(serveLog)).isTrue();
        adminPassword = m.group(1);
        String base = "http://127.0.0.1:" + port;

        HttpResponse<String> wrong =
            post(
                base + "/api/login",
                "{\"username\":\"admin\",\"password\":\"" + DB_PASSWORD + "\"}",
                null,
                null);
        assertThat(wrong.statusCode()).isEqualTo(401);
        HttpResponse<String> login =
            post(
                base + "/api/login",
                "{\"username\":\"admin\",\"password\":\"" + adminPassword + "\"}",
                null,
                null);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String session = cookie.substring(cookie.indexOf('=') + 1);
        String csrf = ExchangeJson.parse(login.body()).get("csrf_token").asText();
        // The one-time password is replaced before anything else; the new one must not be logged
        // either.
        String chosen = "the admin's own long password";
        HttpResponse<String> changed =
            post(
                base + "/api/me/password",
                "{\"current_password\":\""
                    + adminPassword
                    + "\",\"new_password\":\""
                    + chosen
                    + "\"}",
                cookie,
                csrf);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        secrets.add(chosen);
        HttpResponse<String> made =
            post(base + "/api/tokens", "{\"label\":\"script\"}", cookie, csrf);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        String token = ExchangeJson.parse(made.body()).get("token").asText();
        secrets.addAll(List.of(session, csrf, token));

        HttpResponse<String> listed =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/incidents?q=killings"))
                    .header("Authorization", "Bearer " + token)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(listed.statusCode()).isEqualTo(200);
        JsonNode page = ExchangeJson.parse(listed.body());
        assertThat(page.get("total").asLong()).isEqualTo(2);
        HttpResponse<String> badToken =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/incidents"))
                    .header("Authorization", "Bearer " + token + "x")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(badToken.statusCode()).isEqualTo(401);
        HttpResponse<String> noCsrf = post(base + "/api/logout", "", cookie, null);
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        assertThat(post(base + "/api/logout", "", cookie, csrf).statusCode()).isLessThan(300);
      } finally {
        serve.destroy();
        serve.waitFor(60, TimeUnit.SECONDS);
      }
      String logs = Files.readString(ingestLog) + Files.readString(serveLog);
      assertThat(logs).contains("PostgreSQL").contains("hwapp");
      for (String secret : secrets) {
        assertThat(logs).as("a secret in the logs").doesNotContain(secret);
      }
      assertThat(logs.split(Pattern.quote(adminPassword), -1))
          .as("the one-time password is shown once")
          .hasSize(2);
    }
  }

  private Process start(Path log, Map<String, String> env, String... args) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("HARMWATCH_"));
    pb.environment().putAll(env);
    return pb.start();
  }

  private static void waitFor(Process p, Path log, String words)
      throws IOException, InterruptedException {
    for (int waited = 0; waited < 180_000; waited += 50) {
      if (Files.exists(log) && Files.readString(log).contains(words)) {
        return;
      }
      if (!p.isAlive()) {
        throw new AssertionError(
            "process ended before saying '" + words + "': " + Files.readString(log));
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no '" + words + "' in " + Files.readString(log));
  }

  private HttpResponse<String> post(String url, String body, String cookie, String csrf)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    if (csrf != null) {
      b.header("X-CSRF-Token", csrf);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}

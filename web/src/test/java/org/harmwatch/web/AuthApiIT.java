package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import org.harmwatch.core.account.Role;
import org.harmwatch.core.json.ExchangeJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Login, sessions, CSRF, roles, API tokens and the reading log, over HTTP. */
class AuthApiIT {
  private static final String PASSWORD = "correct horse battery";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static InMemoryAccountStore accounts;
  private static WebServer server;
  private static String base;
  private static ApiClient api;

  /** A logged-in browser: its session cookie and CSRF token. */
  private record Login(String cookie, String csrf) {}

  @BeforeAll
  static void start() {
    InMemoryIncidentStore store = SahelFixtures.store();
    accounts = new InMemoryAccountStore();
    Clock clock = Clock.systemUTC();
    for (String[] u :
        List.of(
            new String[] {"ada", "admin"},
            new String[] {"amina", "analyst"},
            new String[] {"victor", "viewer"},
            new String[] {"lockme", "analyst"},
            new String[] {"pierre", "viewer"},
            new String[] {"tariq", "analyst"},
            new String[] {"nadia", "analyst"},
            new String[] {"omar", "viewer"},
            new String[] {"sami", "viewer"},
            new String[] {"dora", "analyst"},
            new String[] {"rita", "viewer"})) {
      accounts.createUser(u[0], Passwords.hash(PASSWORD), Role.fromCode(u[1]), clock.instant());
    }
    server =
        new WebServer(
            store,
            new FakeIngestService(store),
            "127.0.0.1",
            List.of(
                new AuthApi(accounts, clock, false),
                new ReadingApi(store, accounts, clock),
                new DossierApi(store, clock)));
    base = "http://127.0.0.1:" + server.start(0);
    api = new ApiClient(base);
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void readingTheApiNeedsALoginButStaticPagesAndHealthDoNot() {
    assertThat(send("GET", "/api/incidents", null, null, null).statusCode()).isEqualTo(401);
    assertThat(send("GET", "/api/health", null, null, null).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/", null, null, null).statusCode()).isEqualTo(200);
  }

  @Test
  void loginSetsAStrictHttpOnlyCookieAndMeAnswersWithTheCsrfToken() {
    HttpResponse<String> r = login("amina", PASSWORD);
    assertThat(r.statusCode()).isEqualTo(200);
    String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie)
        .startsWith(AuthApi.SESSION_COOKIE + "=")
        .contains("HttpOnly")
        .contains("SameSite=Strict")
        .contains("Path=/")
        .doesNotContain("Secure");
    JsonNode body = ExchangeJson.parse(r.body());
    assertThat(body.get("user").asText()).isEqualTo("amina");
    assertThat(body.get("role").asText()).isEqualTo("analyst");
    Login l = session(r);
    JsonNode me = ExchangeJson.parse(send("GET", "/api/me", null, l.cookie(), null).body());
    assertThat(me.get("csrf_token").asText()).isEqualTo(l.csrf()).isNotBlank();
    assertThat(send("GET", "/api/incidents", null, l.cookie(), null).statusCode()).isEqualTo(200);
  }

  @Test
  void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
    HttpResponse<String> wrong = login("amina", "not the password");
    HttpResponse<String> nobody = login("nobody", PASSWORD);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(nobody.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).isEqualTo(nobody.body());
    assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void aChangeFromASessionNeedsItsCsrfToken() {
    Login l = session(login("amina", PASSWORD));
    String body = "{\"document_id\":\"" + SahelFixtures.MOURA_DOC + "\"}";
    assertThat(send("POST", "/api/reading-queue", body, l.cookie(), null).statusCode())
        .isEqualTo(403);
    assertThat(send("POST", "/api/reading-queue", body, l.cookie(), "forged").statusCode())
        .isEqualTo(403);
    assertThat(send("POST", "/api/reading-queue", body, l.cookie(), l.csrf()).statusCode())
        .isIn(200, 201);
  }

  @Test
  void aViewerReadsButCannotChangeData() {
    Login l = session(login("victor", PASSWORD));
    assertThat(send("GET", "/api/incidents", null, l.cookie(), null).statusCode()).isEqualTo(200);
    HttpResponse<String> post =
        send("POST", "/api/documents", "{\"text\":\"Gunmen killed 3.\"}", l.cookie(), l.csrf());
    assertThat(post.statusCode()).isEqualTo(403);
    assertThat(post.body()).contains("viewer");
    // No PATCH route in this server: unknown to a logged-in user, refused to an anonymous one.
    assertThat(send("PATCH", "/api/incidents/x", "{}", l.cookie(), l.csrf()).statusCode())
        .isEqualTo(404);
    assertThat(send("PATCH", "/api/incidents/x", "{}", null, null).statusCode()).isEqualTo(401);
    // Their own reading queue is not data.
    String queued = "{\"document_id\":\"" + SahelFixtures.BF_DOC + "\"}";
    assertThat(send("POST", "/api/reading-queue", queued, l.cookie(), l.csrf()).statusCode())
        .isIn(200, 201);
  }

  @Test
  void onlyAnAdminCreatesUsers() {
    Login analyst = session(login("amina", PASSWORD));
    String newUser =
        "{\"username\":\"moussa\",\"password\":\"a long enough pass\",\"role\":\"analyst\"}";
    assertThat(send("POST", "/api/users", newUser, analyst.cookie(), analyst.csrf()).statusCode())
        .isEqualTo(403);
    Login admin = session(login("ada", PASSWORD));
    assertThat(send("POST", "/api/users", newUser, admin.cookie(), admin.csrf()).statusCode())
        .isEqualTo(201);
    assertThat(send("POST", "/api/users", newUser, admin.cookie(), admin.csrf()).statusCode())
        .isEqualTo(409);
    String shortPassword = "{\"username\":\"x1\",\"password\":\"short\",\"role\":\"viewer\"}";
    HttpResponse<String> bad =
        send("POST", "/api/users", shortPassword, admin.cookie(), admin.csrf());
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"parameter\":\"password\"");
    assertThat(login("moussa", "a long enough pass").statusCode()).isEqualTo(200);
  }

  @Test
  void anApiTokenIsShownOnceStoredHashedAndWorksWithoutCsrf() {
    Login l = session(login("amina", PASSWORD));
    HttpResponse<String> created =
        send("POST", "/api/tokens", "{\"label\":\"nightly export\"}", l.cookie(), l.csrf());
    assertThat(created.statusCode()).isEqualTo(201);
    String token = ExchangeJson.parse(created.body()).get("token").asText();
    assertThat(accounts.tokenOwner(Passwords.sha256(token))).isPresent();
    HttpRequest get =
        HttpRequest.newBuilder(URI.create(base + "/api/me"))
            .header("Authorization", "Bearer " + token)
            .build();
    JsonNode me = ExchangeJson.parse(call(get).body());
    assertThat(me.get("user").asText()).isEqualTo("amina");
    assertThat(me.get("csrf_token").isNull()).isTrue();
    HttpRequest post =
        HttpRequest.newBuilder(URI.create(base + "/api/reading-queue"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"document_id\":\"" + SahelFixtures.HTML_DOC + "\"}"))
            .build();
    assertThat(call(post).statusCode()).isIn(200, 201);
    HttpRequest forged =
        HttpRequest.newBuilder(URI.create(base + "/api/me"))
            .header("Authorization", "Bearer hw_not-a-token")
            .build();
    assertThat(call(forged).statusCode()).isEqualTo(401);
  }

  @Test
  void aViewerChangesTheirOwnPasswordGivingTheCurrentOne() {
    Login l = session(login("pierre", PASSWORD));
    String wrong = "{\"current_password\":\"not it\",\"new_password\":\"a new long password\"}";
    assertThat(send("POST", "/api/me/password", wrong, l.cookie(), l.csrf()).statusCode())
        .isEqualTo(403);
    String weak = "{\"current_password\":\"" + PASSWORD + "\",\"new_password\":\"short\"}";
    HttpResponse<String> bad = send("POST", "/api/me/password", weak, l.cookie(), l.csrf());
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"parameter\":\"new_password\"");
    String ok =
        "{\"current_password\":\"" + PASSWORD + "\",\"new_password\":\"a new long password\"}";
    assertThat(send("POST", "/api/me/password", ok, l.cookie(), null).statusCode()).isEqualTo(403);
    assertThat(send("POST", "/api/me/password", ok, l.cookie(), l.csrf()).statusCode())
        .isEqualTo(204);
    assertThat(login("pierre", PASSWORD).statusCode()).isEqualTo(401);
    assertThat(login("pierre", "a new long password").statusCode()).isEqualTo(200);
  }

  @Test
  void aPasswordChangeEndsTheUsersOtherSessionsButNotTheirApiTokens() {
    Login laptop = session(login("nadia", PASSWORD));
    Login phone = session(login("nadia", PASSWORD));
    Login other = session(login("amina", PASSWORD));
    String token = newToken(laptop);
    assertThat(send("GET", "/api/me", null, phone.cookie(), null).statusCode()).isEqualTo(200);

    String change =
        "{\"current_password\":\"" + PASSWORD + "\",\"new_password\":\"nadia's new password\"}";
    assertThat(
            send("POST", "/api/me/password", change, laptop.cookie(), laptop.csrf()).statusCode())
        .isEqualTo(204);

    assertThat(send("GET", "/api/me", null, phone.cookie(), null).statusCode()).isEqualTo(401);
    assertThat(send("GET", "/api/tokens", null, phone.cookie(), null).statusCode()).isEqualTo(401);
    HttpResponse<String> still = send("GET", "/api/me", null, laptop.cookie(), null);
    assertThat(still.statusCode()).isEqualTo(200);
    assertThat(ExchangeJson.parse(still.body()).get("user").asText()).isEqualTo("nadia");
    String queued = "{\"document_id\":\"" + SahelFixtures.BF_DOC + "\"}";
    assertThat(
            send("POST", "/api/reading-queue", queued, laptop.cookie(), laptop.csrf()).statusCode())
        .isIn(200, 201);
    assertThat(send("GET", "/api/me", null, other.cookie(), null).statusCode()).isEqualTo(200);
    HttpRequest withToken =
        HttpRequest.newBuilder(URI.create(base + "/api/me"))
            .header("Authorization", "Bearer " + token)
            .build();
    assertThat(call(withToken).statusCode()).isEqualTo(200);
  }

  @Test
  void aPasswordChangeMadeWithAnApiTokenEndsEverySessionOfTheUser() {
    Login browser = session(login("omar", PASSWORD));
    String token = AuthApi.issueToken(accounts, "omar", "script", Clock.systemUTC());
    String change =
        "{\"current_password\":\"" + PASSWORD + "\",\"new_password\":\"omar's new password\"}";
    HttpRequest byToken =
        HttpRequest.newBuilder(URI.create(base + "/api/me/password"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(change))
            .build();
    assertThat(call(byToken).statusCode()).isEqualTo(204);
    assertThat(send("GET", "/api/me", null, browser.cookie(), null).statusCode()).isEqualTo(401);
  }

  @Test
  void tokensAreListedWithoutTheSecretAndRevokedByTheirOwnerOnly() {
    Login amina = session(login("tariq", PASSWORD));
    String token = newToken(amina);
    JsonNode list =
        ExchangeJson.parse(send("GET", "/api/tokens", null, amina.cookie(), null).body());
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("label").asText()).isEqualTo("sync");
    String id = list.get(0).get("id").asText();
    assertThat(token).doesNotContain(id);
    assertThat(Passwords.sha256(token)).startsWith(id);
    Login ada = session(login("ada", PASSWORD));
    assertThat(send("DELETE", "/api/tokens/" + id, null, ada.cookie(), ada.csrf()).statusCode())
        .isEqualTo(404);
    assertThat(send("DELETE", "/api/tokens/" + id, null, amina.cookie(), amina.csrf()).statusCode())
        .isEqualTo(204);
    assertThat(accounts.tokenOwner(Passwords.sha256(token))).isEmpty();
  }

  @Test
  void logoutEndsTheSession() {
    Login l = session(login("amina", PASSWORD));
    assertThat(send("POST", "/api/logout", null, l.cookie(), l.csrf()).statusCode()).isEqualTo(204);
    assertThat(send("GET", "/api/me", null, l.cookie(), null).statusCode()).isEqualTo(401);
  }

  @Test
  void repeatedWrongPasswordsAreThrottled() {
    for (int i = 0; i < 5; i++) {
      assertThat(login("lockme", "wrong password " + i).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> sixth = login("lockme", PASSWORD);
    assertThat(sixth.statusCode()).isEqualTo(429);
    assertThat(sixth.headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  void aTrailingSlashGetsAroundNoRoleAndNoAccessLog() {
    Login analyst = session(login("amina", PASSWORD));
    String admin =
        "{\"username\":\"mallory\",\"password\":\"a long enough pass\",\"role\":\"admin\"}";
    assertThat(send("POST", "/api/users/", admin, analyst.cookie(), analyst.csrf()).statusCode())
        .isIn(403, 404);
    assertThat(accounts.user("mallory")).isEmpty();
    Login viewer = session(login("victor", PASSWORD));
    assertThat(send("GET", "/api/users/", null, viewer.cookie(), null).statusCode()).isIn(403, 404);
    String doc = "/api/documents/" + SahelFixtures.HTML_DOC;
    assertThat(send("GET", doc + "/views/", null, viewer.cookie(), null).statusCode())
        .isIn(403, 404);
    int logged = accounts.views(SahelFixtures.HTML_DOC).size();
    HttpResponse<String> text = send("GET", doc + "/", null, viewer.cookie(), null);
    if (text.statusCode() == 200) {
      assertThat(accounts.views(SahelFixtures.HTML_DOC)).hasSize(logged + 1);
    } else {
      assertThat(text.statusCode()).isEqualTo(404);
    }
  }

  @Test
  void wrongPasswordsFromOneAddressDoNotLockTheUserOutElsewhere() throws IOException {
    for (int i = 0; i < 6; i++) {
      assertThat(login("sami", "wrong password " + i).statusCode()).isIn(401, 429);
    }
    assertThat(login("sami", "another wrong one").statusCode()).isEqualTo(429);
    // The same user from another client address (127.0.0.2 reaches the server on loopback).
    String body = "{\"username\":\"sami\",\"password\":\"" + PASSWORD + "\"}";
    URI uri = URI.create(base);
    try (java.net.Socket socket =
        new java.net.Socket(
            uri.getHost(), uri.getPort(), java.net.InetAddress.getByName("127.0.0.2"), 0)) {
      String request =
          "POST /api/login HTTP/1.1\r\nHost: "
              + uri.getHost()
              + ":"
              + uri.getPort()
              + "\r\nContent-Type: application/json\r\nContent-Length: "
              + body.length()
              + "\r\nConnection: close\r\n\r\n"
              + body;
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      String answer =
          new String(
              socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 200");
    }
  }

  @Test
  void openingADocumentIsLoggedWithWhoAndWhenForAnalystsToSee() {
    Login l = session(login("victor", PASSWORD));
    String path = "/api/documents/" + SahelFixtures.MOURA_DOC;
    assertThat(send("GET", path, null, l.cookie(), null).statusCode()).isEqualTo(200);
    // The access log names who read sensitive material: a viewer may not read it.
    assertThat(send("GET", path + "/views", null, l.cookie(), null).statusCode()).isEqualTo(403);
    Login analyst = session(login("amina", PASSWORD));
    JsonNode views =
        ExchangeJson.parse(send("GET", path + "/views", null, analyst.cookie(), null).body());
    assertThat(views.get("count").asInt()).isPositive();
    assertThat(views.get("views").get(0).get("user").asText()).isEqualTo("victor");
  }

  @Test
  void theReadingQueueIsPerUser() {
    Login amina = session(login("amina", PASSWORD));
    Login ada = session(login("ada", PASSWORD));
    String body = "{\"document_id\":\"" + SahelFixtures.BF_DOC + "\"}";
    send("POST", "/api/reading-queue", body, amina.cookie(), amina.csrf());
    assertThat(send("GET", "/api/reading-queue", null, amina.cookie(), null).body())
        .contains(SahelFixtures.BF_DOC);
    assertThat(send("GET", "/api/reading-queue", null, ada.cookie(), null).body())
        .doesNotContain(SahelFixtures.BF_DOC);
    String del = "/api/reading-queue/" + SahelFixtures.BF_DOC;
    assertThat(send("DELETE", del, null, amina.cookie(), amina.csrf()).statusCode()).isEqualTo(204);
    assertThat(send("DELETE", del, null, amina.cookie(), amina.csrf()).statusCode()).isEqualTo(404);
  }

  @Test
  void aDossierPdfIsAPdfWithTheIncidents() {
    Login l = session(login("victor", PASSWORD));
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(base + "/api/dossier.pdf?country=ML"))
            .header("Cookie", l.cookie())
            .build();
    HttpResponse<byte[]> pdf;
    try {
      pdf = HTTP.send(r, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  @Test
  void theBootstrapAdminMustChooseANewPasswordBeforeAnythingElse() {
    InMemoryAccountStore fresh = new InMemoryAccountStore();
    String once = AuthApi.bootstrapAdmin(fresh, Clock.systemUTC()).orElseThrow();
    assertThat(fresh.user("admin").orElseThrow().mustChangePassword()).isTrue();
    assertThat(AuthApi.bootstrapAdmin(fresh, Clock.systemUTC())).isEmpty();

    accounts.createUser(
        "newbie", Passwords.hash(once), Role.ADMIN, Clock.systemUTC().instant(), true);
    HttpResponse<String> r = login("newbie", once);
    Login l = session(r);
    assertThat(ExchangeJson.parse(r.body()).get("must_change_password").asBoolean()).isTrue();
    HttpResponse<String> blocked = send("GET", "/api/incidents", null, l.cookie(), null);
    assertThat(blocked.statusCode()).isEqualTo(403);
    assertThat(blocked.body()).contains("choose a new password first");
    assertThat(send("GET", "/api/users", null, l.cookie(), null).statusCode()).isEqualTo(403);
    assertThat(send("GET", "/api/me", null, l.cookie(), null).statusCode()).isEqualTo(200);
    // Pages still load, so that the account page can ask for the new password.
    assertThat(send("GET", "/", null, l.cookie(), null).statusCode()).isEqualTo(200);

    String change = "{\"current_password\":\"" + once + "\",\"new_password\":\"" + PASSWORD + "\"}";
    assertThat(send("POST", "/api/me/password", change, l.cookie(), l.csrf()).statusCode())
        .isEqualTo(204);
    assertThat(send("GET", "/api/incidents", null, l.cookie(), null).statusCode()).isEqualTo(200);
    JsonNode me = ExchangeJson.parse(send("GET", "/api/me", null, l.cookie(), null).body());
    assertThat(me.get("must_change_password").asBoolean()).isFalse();
  }

  @Test
  void anAdminChangesRolesAndDisablesUsersWhoseSessionsAndTokensStop() {
    Login admin = session(login("ada", PASSWORD));
    Login dora = session(login("dora", PASSWORD));
    String token = newToken(dora);
    HttpRequest withToken =
        HttpRequest.newBuilder(URI.create(base + "/api/me"))
            .header("Authorization", "Bearer " + token)
            .build();
    assertThat(call(withToken).statusCode()).isEqualTo(200);

    // Only admins change users.
    assertThat(
            send("PATCH", "/api/users/rita", "{\"role\":\"admin\"}", dora.cookie(), dora.csrf())
                .statusCode())
        .isEqualTo(403);

    HttpResponse<String> disabled =
        send("PATCH", "/api/users/dora", "{\"disabled\":true}", admin.cookie(), admin.csrf());
    assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
    assertThat(ExchangeJson.parse(disabled.body()).get("disabled").asBoolean()).isTrue();
    assertThat(send("GET", "/api/incidents", null, dora.cookie(), null).statusCode())
        .isEqualTo(401);
    assertThat(call(withToken).statusCode()).isEqualTo(401);
    HttpResponse<String> again = login("dora", PASSWORD);
    assertThat(again.statusCode()).isEqualTo(403);
    assertThat(again.body()).contains("disabled");

    JsonNode users =
        ExchangeJson.parse(send("GET", "/api/users", null, admin.cookie(), null).body());
    boolean listed = false;
    for (JsonNode u : users) {
      if (u.get("user").asText().equals("dora")) {
        listed = u.get("disabled").asBoolean();
      }
    }
    assertThat(listed).isTrue();

    assertThat(
            send("PATCH", "/api/users/dora", "{\"disabled\":false}", admin.cookie(), admin.csrf())
                .statusCode())
        .isEqualTo(200);
    assertThat(call(withToken).statusCode()).isEqualTo(200);
    assertThat(login("dora", PASSWORD).statusCode()).isEqualTo(200);

    HttpResponse<String> promoted =
        send("PATCH", "/api/users/rita", "{\"role\":\"analyst\"}", admin.cookie(), admin.csrf());
    assertThat(ExchangeJson.parse(promoted.body()).get("role").asText()).isEqualTo("analyst");
    assertThat(accounts.user("rita").orElseThrow().role()).isEqualTo(Role.ANALYST);

    HttpResponse<String> self =
        send("PATCH", "/api/users/ada", "{\"disabled\":true}", admin.cookie(), admin.csrf());
    assertThat(self.statusCode()).isEqualTo(409);
    assertThat(self.body()).contains("cannot disable or demote yourself");
    assertThat(
            send(
                    "PATCH",
                    "/api/users/nobody",
                    "{\"role\":\"viewer\"}",
                    admin.cookie(),
                    admin.csrf())
                .statusCode())
        .isEqualTo(404);
    HttpResponse<String> badRole =
        send("PATCH", "/api/users/rita", "{\"role\":\"boss\"}", admin.cookie(), admin.csrf());
    assertThat(badRole.statusCode()).isEqualTo(400);
    assertThat(badRole.body()).contains("boss");
  }

  private static HttpResponse<String> login(String user, String password) {
    String body = "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}";
    return send("POST", "/api/login", body, null, null);
  }

  private static Login session(HttpResponse<String> login) {
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    return new Login(cookie, ExchangeJson.parse(login.body()).get("csrf_token").asText());
  }

  private static HttpResponse<String> send(
      String method, String path, String body, String cookie, String csrf) {
    HttpRequest.Builder b = api.request(method, path, body);
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    if (csrf != null) {
      b.header(AuthApi.CSRF_HEADER, csrf);
    }
    return call(b.build());
  }

  private static HttpResponse<String> call(HttpRequest r) {
    try {
      return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A new API token labelled "sync", created in {@code who}'s session. */
  private String newToken(Login who) {
    return ExchangeJson.parse(
            send("POST", "/api/tokens", "{\"label\":\"sync\"}", who.cookie(), who.csrf()).body())
        .get("token")
        .asText();
  }
}

package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harmwatch.core.account.Role;
import org.harmwatch.core.text.SensitiveSpans;
import org.harmwatch.link.Linking;
import org.harmwatch.reference.CrossCheckService;
import org.harmwatch.reference.ReferenceImporter;
import org.harmwatch.store.Database;
import org.harmwatch.store.DatabaseSettings;
import org.harmwatch.store.JdbcAccountStore;
import org.harmwatch.store.JdbcCorroboration;
import org.harmwatch.store.JdbcDocumentRestrictions;
import org.harmwatch.store.JdbcIncidentStore;
import org.harmwatch.store.JdbcReferenceStore;
import org.harmwatch.store.JdbcReviewStore;
import org.harmwatch.store.JdbcSensitiveSpans;
import org.harmwatch.store.JdbcSourceStore;
import org.harmwatch.store.JdbcTakedowns;
import org.harmwatch.store.LuceneIndex;
import org.harmwatch.store.WithheldStrings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every API route of the fully wired server × every kind of caller × path variants, against the
 * expected access matrix below. A route added without a row here fails {@link
 * #everyRouteDeclaresTheAccessOfTheMatrix}; a path spelling that reaches a handler its caller may
 * not use fails {@link #everyCallerGetsExactlyWhatTheMatrixAllows}.
 */
class RouteAccessIT {
  /** Who may call each route: the specification this test holds the server to. */
  private static final Map<String, Access> EXPECTED = new LinkedHashMap<>();

  static {
    for (String[] row :
        new String[][] {
          {"GET /api/health", "ANYONE"},
          {"GET /api/openapi.yaml", "ANYONE"},
          {"POST /api/login", "ANYONE"},
          {"GET /dossier", "ANYONE"},
          {"POST /api/logout", "VIEWER"},
          {"GET /api/me", "VIEWER"},
          {"POST /api/me/password", "VIEWER"},
          {"POST /api/tokens", "VIEWER"},
          {"GET /api/tokens", "VIEWER"},
          {"DELETE /api/tokens/{id}", "VIEWER"},
          {"GET /api/reading-queue", "VIEWER"},
          {"POST /api/reading-queue", "VIEWER"},
          {"DELETE /api/reading-queue/{document_id}", "VIEWER"},
          {"GET /api/incidents", "VIEWER"},
          {"GET /api/incidents.geojson", "VIEWER"},
          {"GET /api/incidents.csv", "VIEWER"},
          {"GET /api/incidents.compact", "VIEWER"},
          {"GET /api/incidents/{id}", "VIEWER"},
          {"GET /api/incidents/{id}/history", "VIEWER"},
          {"GET /api/incidents/{id}/related", "VIEWER"},
          {"GET /api/review/queue", "VIEWER"},
          {"GET /api/documents/{id}", "VIEWER"},
          {"GET /api/documents/{id}/original", "VIEWER"},
          {"GET /api/search/documents", "VIEWER"},
          {"GET /api/dossier.pdf", "VIEWER"},
          {"POST /api/documents", "ANALYST"},
          {"POST /api/documents/upload", "ANALYST"},
          {"POST /api/documents/capture", "ANALYST"},
          {"PATCH /api/incidents/{id}", "ANALYST"},
          {"POST /api/incidents/{id}/verify", "ANALYST"},
          {"POST /api/incidents/{id}/grade", "ANALYST"},
          {"POST /api/incidents/{id}/delete", "ANALYST"},
          {"POST /api/incidents/{id}/merge", "ANALYST"},
          {"POST /api/incidents/{id}/link", "ANALYST"},
          {"POST /api/incidents/{id}/split", "ANALYST"},
          {"POST /api/incidents/{id}/unlink", "ANALYST"},
          {"GET /api/documents/{id}/views", "ANALYST"},
          {"GET /api/sources", "VIEWER"},
          {"GET /api/sources/{id}", "VIEWER"},
          {"GET /api/captures/{id}/warc", "VIEWER"},
          {"GET /api/documents/{id}/captures", "VIEWER"},
          {"GET /api/captures/{id}/view", "VIEWER"},
          {"POST /api/sources", "ANALYST"},
          {"PATCH /api/sources/{id}", "ANALYST"},
          {"DELETE /api/sources/{id}", "ANALYST"},
          {"POST /api/sources/{id}/poll", "ANALYST"},
          {"GET /api/reference/datasets", "VIEWER"},
          {"GET /api/reference/events", "VIEWER"},
          {"GET /api/reference/report", "VIEWER"},
          {"GET /api/reference/report.csv", "VIEWER"},
          {"GET /api/reference/incidents/{id}", "VIEWER"},
          {"POST /api/reference/cross-check", "ANALYST"},
          {"POST /api/reference/datasets", "ADMIN"},
          {"GET /api/users", "ADMIN"},
          {"POST /api/users", "ADMIN"},
          {"PATCH /api/users/{id}", "ADMIN"},
          {"GET /api/gazetteer/search", "VIEWER"},
          {"GET /api/gazetteer/near", "VIEWER"},
          {"GET /api/gazetteer/largest", "VIEWER"},
          {"GET /api/incidents/{id}/evidence", "VIEWER"},
          {"GET /api/actors", "VIEWER"},
          {"GET /api/actors/profile", "VIEWER"},
          {"GET /api/summaries/actor", "VIEWER"},
          {"GET /api/summaries/actor.csv", "VIEWER"},
          {"GET /api/summaries/admin1", "VIEWER"},
          {"GET /api/summaries/admin1.csv", "VIEWER"},
          {"GET /api/summaries/month", "VIEWER"},
          {"GET /api/summaries/month.csv", "VIEWER"},
          {"GET /api/saved-searches/new", "VIEWER"},
          {"POST /api/saved-searches/visit", "VIEWER"},
          {"GET /api/saved-searches", "VIEWER"},
          {"POST /api/saved-searches", "VIEWER"},
          {"DELETE /api/saved-searches/{id}", "VIEWER"},
          {"GET /api/me/webhook", "VIEWER"},
          {"PUT /api/me/webhook", "VIEWER"},
          {"DELETE /api/me/webhook", "VIEWER"},
          {"GET /api/takedowns", "ADMIN"},
          {"GET /api/access-log.csv", "ADMIN"},
          {"GET /api/documents/{id}/sensitive-proposals", "ANALYST"},
          {"GET /api/documents/{id}/sensitive-spans", "ANALYST"},
          {"GET /api/documents/{id}/restriction", "ADMIN"},
          {"PUT /api/documents/{id}/restriction", "ADMIN"},
          {"DELETE /api/documents/{id}/restriction", "ADMIN"},
          {"POST /api/documents/{id}/sensitive-spans", "ANALYST"},
          {"DELETE /api/documents/{id}/sensitive-spans/{span_id}", "ANALYST"},
          {"GET /api/documents/{id}/takedown", "VIEWER"},
          {"POST /api/documents/{id}/takedown", "ADMIN"},
        }) {
      EXPECTED.put(row[0], Access.valueOf(row[1]));
    }
  }

  /** How a request names its caller. */
  private enum Via {
    NONE,
    SESSION,
    TOKEN,
    REVOKED_TOKEN
  }

  private record Caller(Via via, Role role) {
    @Override
    public String toString() {
      return via + (role == null ? "" : " " + role.code());
    }
  }

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Database database;
  private static JdbcAccountStore accounts;
  private static WebServer server;
  private static String base;
  private static final Map<Role, String> TOKENS = new LinkedHashMap<>();
  private static String revoked;

  @BeforeAll
  static void start() {
    database =
        Database.open(
            DatabaseSettings.h2Memory("r" + UUID.randomUUID().toString().replace("-", "")));
    JdbcIncidentStore store = new JdbcIncidentStore(database);
    SahelFixtures.fill(store);
    accounts = new JdbcAccountStore(database);
    JdbcReviewStore review = new JdbcReviewStore(database);
    Clock clock = Clock.systemUTC();
    LuceneIndex index = LuceneIndex.inMemory();
    server =
        new WebServer(
            store,
            new FakeIngestService(store),
            "127.0.0.1",
            List.of(
                new AuthApi(accounts, clock, false),
                new TakedownApi(new JdbcTakedowns(database, null, clock)),
                new RestrictionApi(new JdbcDocumentRestrictions(database, clock)),
                new SensitiveSpanApi(
                    store,
                    SensitiveSpans.bundled(),
                    new JdbcSensitiveSpans(
                        database, new WithheldStrings(database), store, null, clock)),
                new ReadingApi(store, accounts, clock),
                new ReviewApi(review, store),
                new CorroborationApi(new JdbcCorroboration(database, new Linking()), store),
                new MapDataApi(store),
                new SearchApi(index),
                new DossierApi(store, review, clock),
                new ExportApi(store, new JdbcCorroboration(database, new Linking()), review, clock),
                new SourcesApi(
                    new JdbcSourceStore(database),
                    id -> {
                      throw new java.util.NoSuchElementException("no source " + id);
                    },
                    clock),
                new CaptureApi(
                    (url, given) -> {
                      throw new org.harmwatch.core.watch.PageCapturer.Failed("offline: " + url);
                    },
                    store),
                new CaptureViewApi(new JdbcSourceStore(database), store),
                new ReferenceApi(
                    new ReferenceImporter(new JdbcReferenceStore(database)),
                    new CrossCheckService(
                        store,
                        new JdbcCorroboration(database, new Linking()),
                        review,
                        new JdbcReferenceStore(database)),
                    new JdbcReferenceStore(database)),
                new CorrectionApi(CorrectionApiIT.NO_PLACES, store, java.util.Optional.empty()),
                new FindingApi(store, org.harmwatch.core.actors.ActorDirectory.empty()),
                new SavedSearchApi(
                    new org.harmwatch.store.JdbcSavedSearchStore(database),
                    store,
                    new org.harmwatch.core.alert.WebhookSink() {
                      @Override
                      public void checkTarget(java.net.URI url) {}

                      @Override
                      public void send(java.net.URI url, String json) {}
                    },
                    clock)));
    for (Role role : Role.values()) {
      accounts.createUser(role.code() + "1", Passwords.hash("irrelevant pw"), role, Instant.now());
      TOKENS.put(role, AuthApi.issueToken(accounts, role.code() + "1", "t", clock));
    }
    revoked = AuthApi.issueToken(accounts, "admin1", "revoked", clock);
    String id =
        accounts.tokens("admin1").stream()
            .filter(t -> "revoked".equals(t.label()))
            .findFirst()
            .orElseThrow()
            .id();
    assertThat(accounts.deleteToken("admin1", id)).isTrue();
    base = "http://127.0.0.1:" + server.start(0);
  }

  @AfterAll
  static void stop() {
    server.stop();
    database.close();
  }

  @Test
  void everyRouteDeclaresTheAccessOfTheMatrix() throws IOException {
    Map<String, Access> declared = server.routeAccess();
    for (String route : declared.keySet()) {
      assertThat(EXPECTED)
          .as("route %s has no row in the access matrix of this test: add one", route)
          .containsKey(route);
    }
    assertThat(declared).isEqualTo(EXPECTED);
    String yaml;
    try (InputStream in = WebServer.class.getResourceAsStream("/openapi.yaml")) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(WebServerIT.documentedRoutes(yaml))
        .as("openapi.yaml documents exactly the routes of the fully wired server")
        .containsExactlyInAnyOrderElementsOf(declared.keySet());
    Map<String, String> documented = documentedAccess(yaml);
    for (Map.Entry<String, Access> e : declared.entrySet()) {
      assertThat(documented.get(e.getKey()))
          .as("x-access of %s in openapi.yaml", e.getKey())
          .isEqualTo(e.getValue().name().toLowerCase(Locale.ROOT));
    }
  }

  /** The {@code x-access} of each operation of {@code yaml}, by "METHOD path". */
  private static Map<String, String> documentedAccess(String yaml) {
    Map<String, String> out = new LinkedHashMap<>();
    String path = null;
    String operation = null;
    for (String line : yaml.split("\n")) {
      if (line.matches("  /\\S+:")) {
        path = line.trim().substring(0, line.trim().length() - 1);
      } else if (line.matches("\\S.*")) {
        path = null;
      } else if (path != null && line.matches("    (get|post|put|patch|delete):")) {
        operation = line.trim().replace(":", "").toUpperCase(Locale.ROOT) + " " + path;
      } else if (operation != null && line.startsWith("      x-access: ")) {
        out.put(operation, line.substring("      x-access: ".length()).trim());
        operation = null;
      }
    }
    return out;
  }

  @Test
  void everyCallerGetsExactlyWhatTheMatrixAllows() {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Access> e : server.routeAccess().entrySet()) {
      String method = e.getKey().substring(0, e.getKey().indexOf(' '));
      String path = concrete(e.getKey().substring(e.getKey().indexOf(' ') + 1));
      for (Caller caller : callers()) {
        boolean allowed = caller.via() != Via.REVOKED_TOKEN && e.getValue().allows(caller.role());
        int status = send(method, path, caller).statusCode();
        int expected = caller.role() == null || caller.via() == Via.REVOKED_TOKEN ? 401 : 403;
        if (allowed ? status == 401 || status == 403 || status >= 500 : status != expected) {
          wrong.add(e.getKey() + " as " + caller + ": " + status);
        }
        for (String variant : variants(path)) {
          int s = send(method, variant, caller).statusCode();
          // A variant spelling may be refused or unknown, never served to a caller not allowed.
          if (!allowed && s < 400 || s >= 500) {
            wrong.add(e.getKey() + " as " + caller + " via " + variant + ": " + s);
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void aTrailingSlashIsNoRouteAndNamesTheSlash() {
    Caller admin = new Caller(Via.SESSION, Role.ADMIN);
    HttpResponse<String> r = send("GET", "/api/users/", admin);
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("trailing '/'");
    Caller analyst = new Caller(Via.SESSION, Role.ANALYST);
    String admin2 =
        "{\"username\":\"mallory\",\"password\":\"a long enough pass\",\"role\":\"admin\"}";
    assertThat(send("POST", "/api/users/", analyst, admin2).statusCode()).isEqualTo(404);
    assertThat(accounts.user("mallory")).isEmpty();
  }

  @Test
  void everyReadOfADocumentsTextIsLoggedAndNoSpellingEscapesTheLog() {
    String doc = SahelFixtures.HTML_DOC;
    int before = accounts.views(doc).size();
    Caller viewer = new Caller(Via.TOKEN, Role.VIEWER);
    assertThat(send("GET", "/api/documents/" + doc + "/", viewer).statusCode()).isEqualTo(404);
    assertThat(send("GET", "/api/documents/" + doc + "/original/", viewer).statusCode())
        .isEqualTo(404);
    assertThat(accounts.views(doc)).hasSize(before);
    assertThat(send("GET", "/api/documents/" + doc, viewer).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/api/documents/" + doc + "/original", viewer).statusCode())
        .isEqualTo(200);
    assertThat(accounts.views(doc)).hasSize(before + 2);
    assertThat(accounts.views(doc).get(0).username()).isEqualTo("viewer1");
  }

  private static List<Caller> callers() {
    List<Caller> out = new ArrayList<>();
    out.add(new Caller(Via.NONE, null));
    for (Role role : Role.values()) {
      out.add(new Caller(Via.SESSION, role));
      out.add(new Caller(Via.TOKEN, role));
    }
    out.add(new Caller(Via.REVOKED_TOKEN, Role.ADMIN));
    return out;
  }

  private static String concrete(String template) {
    return template
        .replace("{id}", SahelFixtures.MOURA_DOC)
        .replace("{document_id}", SahelFixtures.MOURA_DOC)
        .replace("{span_id}", "1");
  }

  /** Other spellings of {@code path}: trailing slash, upper case, an encoded letter, a '..'. */
  private static List<String> variants(String path) {
    int slash = path.indexOf('/', 1);
    if (slash < 0) {
      return List.of(path + "/", path.toUpperCase(Locale.ROOT), "/x/.." + path);
    }
    String encoded =
        path.substring(0, slash + 1)
            + String.format(Locale.ROOT, "%%%02X", (int) path.charAt(slash + 1))
            + path.substring(slash + 2);
    return List.of(
        path + "/",
        path.toUpperCase(Locale.ROOT),
        encoded,
        path.substring(0, slash) + "/x/.." + path.substring(slash),
        path + "/.");
  }

  private static HttpResponse<String> send(String method, String path, Caller caller) {
    return send(method, path, caller, "GET".equals(method) ? null : "{}");
  }

  private static HttpResponse<String> send(String method, String path, Caller caller, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    switch (caller.via()) {
      case SESSION -> {
        // A fresh session per request: a call to logout must not end the next call's session.
        String id = Passwords.randomSecret();
        String csrf = Passwords.randomSecret();
        accounts.createSession(
            Passwords.sha256(id),
            caller.role().code() + "1",
            csrf,
            Instant.now().plus(AuthApi.SESSION_LENGTH));
        b.header("Cookie", AuthApi.SESSION_COOKIE + "=" + id).header(AuthApi.CSRF_HEADER, csrf);
      }
      case TOKEN -> b.header("Authorization", "Bearer " + TOKENS.get(caller.role()));
      case REVOKED_TOKEN -> b.header("Authorization", "Bearer " + revoked);
      case NONE -> {}
    }
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      if (path.startsWith("/api/")) {
        ApiClient.assertNoStackTrace(r.body());
      }
      return r;
    } catch (IOException e) {
      throw new AssertionError("request failed: " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}

package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.harmwatch.core.account.Role;
import org.harmwatch.core.alert.SearchWatch;
import org.harmwatch.core.alert.WebhookSink;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.store.JdbcAccountStore;
import org.harmwatch.store.JdbcSavedSearchStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Saved searches per user, the watch's "new since last visit" list and the webhook setting. */
class SavedSearchApiIT {
  @RegisterExtension final SahelServer sahel = new SahelServer();

  /** A sink that refuses hosts ending in ".internal" and keeps what it is asked to send. */
  private static final class RecordingSink implements WebhookSink {
    final List<String> sent = new ArrayList<>();

    @Override
    public void checkTarget(URI url) {
      if (url.getHost() == null || url.getHost().endsWith(".internal")) {
        throw new IllegalArgumentException("refused " + url + ": not a public internet address");
      }
    }

    @Override
    public synchronized void send(URI url, String json) {
      sent.add(url + " " + json);
    }
  }

  private final RecordingSink sink = new RecordingSink();
  private JdbcSavedSearchStore searches;
  private ApiClient api;

  @BeforeEach
  void start() {
    JdbcAccountStore accounts = new JdbcAccountStore(sahel.database());
    accounts.createUser("ana", "x", Role.ANALYST, Instant.now(), false);
    accounts.createUser("bo", "x", Role.VIEWER, Instant.now(), false);
    searches = new JdbcSavedSearchStore(sahel.database());
    api = sahel.start(new SavedSearchApi(searches, sahel.store(), sink, Clock.systemUTC()));
  }

  private List<String> allIncidentIds() {
    return sahel.store().search(IncidentQuery.all(100)).items().stream().map(Incident::id).toList();
  }

  private SearchWatch watch() {
    return new SearchWatch(sahel.store(), searches, SavedQueries::parse, sink, Clock.systemUTC());
  }

  @Test
  void searchesAreSavedCheckedAndKeptPerUser() {
    JsonNode saved =
        ApiClient.json(
            api.send(
                "POST",
                "/api/saved-searches",
                "ana",
                "{\"name\":\"Niger\",\"query\":\"?limit=5&country=NE&actor=&offset=3\"}"),
            201);
    assertThat(saved.get("query").asText()).isEqualTo("country=NE");
    assertThat(
            api.send("POST", "/api/saved-searches", "ana", "{\"name\":\"Niger\",\"query\":\"\"}")
                .statusCode())
        .isEqualTo(409);
    JsonNode bad =
        ApiClient.json(
            api.send(
                "POST", "/api/saved-searches", "ana", "{\"name\":\"x\",\"query\":\"from=soon\"}"),
            400);
    assertThat(bad.toString()).contains("from must be a date");
    assertThat(ApiClient.json(api.send("GET", "/api/saved-searches", "ana", null), 200)).hasSize(1);
    assertThat(ApiClient.json(api.send("GET", "/api/saved-searches", "bo", null), 200)).isEmpty();
    long id = saved.get("id").asLong();
    assertThat(api.send("DELETE", "/api/saved-searches/" + id, "bo", null).statusCode())
        .isEqualTo(404);
    assertThat(api.send("DELETE", "/api/saved-searches/" + id, "ana", null).statusCode())
        .isEqualTo(204);
    assertThat(ApiClient.json(api.send("GET", "/api/saved-searches", "ana", null), 200)).isEmpty();
  }

  @Test
  void newMatchesAreListedUntilTheVisitAndSentToTheWebhook() {
    api.send("POST", "/api/saved-searches", "ana", "{\"name\":\"Niger\",\"query\":\"country=NE\"}");
    api.send(
        "POST", "/api/saved-searches", "bo", "{\"name\":\"Mali army\",\"query\":\"actor=mali\"}");
    ApiClient.json(
        api.send("PUT", "/api/me/webhook", "ana", "{\"url\":\"https://hooks.example/ana\"}"), 200);

    assertThat(watch().check(allIncidentIds())).isEqualTo(3);
    assertThat(watch().check(allIncidentIds())).isZero();

    JsonNode fresh = ApiClient.json(api.send("GET", "/api/saved-searches/new", "ana", null), 200);
    assertThat(fresh.get("total").asInt()).isEqualTo(1);
    JsonNode hit = fresh.get("items").get(0);
    assertThat(hit.get("search_name").asText()).isEqualTo("Niger");
    assertThat(hit.get("place").asText()).isEqualTo("Tillabéri");
    assertThat(hit.get("killed_best").asInt()).isEqualTo(8);
    assertThat(
            ApiClient.json(api.send("GET", "/api/saved-searches/new", "bo", null), 200)
                .get("total")
                .asInt())
        .isEqualTo(2);

    // Only ana set a webhook: one body, naming her search and its one new incident.
    assertThat(sink.sent).hasSize(1);
    String sent = sink.sent.get(0);
    assertThat(sent).startsWith("https://hooks.example/ana {");
    JsonNode body = read(sent.substring(sent.indexOf(' ') + 1));
    assertThat(body.get("search").get("name").asText()).isEqualTo("Niger");
    assertThat(body.get("incidents")).hasSize(1);
    assertThat(body.get("incidents").get(0).get("id").asText())
        .isEqualTo(hit.get("incident_id").asText());

    String asOf = fresh.get("as_of").asText();
    assertThat(
            api.send("POST", "/api/saved-searches/visit", "ana", "{\"as_of\":\"" + asOf + "\"}")
                .statusCode())
        .isEqualTo(204);
    JsonNode after = ApiClient.json(api.send("GET", "/api/saved-searches/new", "ana", null), 200);
    assertThat(after.get("total").asInt()).isZero();
    assertThat(after.get("last_visit").asText()).isEqualTo(asOf);
  }

  @Test
  void aWebhookOnAPrivateAddressIsRefused() {
    JsonNode refused =
        ApiClient.json(
            api.send("PUT", "/api/me/webhook", "ana", "{\"url\":\"http://db.internal/hook\"}"),
            400);
    assertThat(refused.toString()).contains("not a public internet address");
    assertThat(
            ApiClient.json(api.send("GET", "/api/me/webhook", "ana", null), 200)
                .get("url")
                .isNull())
        .isTrue();
    ApiClient.json(
        api.send("PUT", "/api/me/webhook", "ana", "{\"url\":\"https://hooks.example/x\"}"), 200);
    assertThat(api.send("DELETE", "/api/me/webhook", "ana", null).statusCode()).isEqualTo(204);
    assertThat(searches.webhook("ana")).isEmpty();
    assertThatThrownBy(() -> SavedQueries.parse("killed_min=-1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static JsonNode read(String json) {
    try {
      return ExchangeJson.mapper().readTree(json);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}

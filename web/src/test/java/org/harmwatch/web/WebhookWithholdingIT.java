package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.harmwatch.core.account.Role;
import org.harmwatch.core.alert.SavedSearch;
import org.harmwatch.core.alert.SearchWatch;
import org.harmwatch.core.alert.WebhookReading;
import org.harmwatch.core.alert.WebhookSink;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.store.JdbcAccountStore;
import org.harmwatch.store.JdbcDocumentRestrictions;
import org.harmwatch.store.JdbcSavedSearchStore;
import org.harmwatch.store.JdbcSensitiveSpans;
import org.harmwatch.store.WithheldStrings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Webhook bodies of saved searches leave the server: sensitive spans are withheld from them
 * whatever the owner's role, and an incident of a document restricted away from the owner goes
 * without its title; both as the spans and restrictions are when the body is made.
 */
class WebhookWithholdingIT {
  @RegisterExtension final SahelServer sahel = new SahelServer();

  /** Keeps every body it is asked to send, by its target. */
  private static final class RecordingSink implements WebhookSink {
    final List<String> sent = new ArrayList<>();

    @Override
    public void checkTarget(URI url) {}

    @Override
    public synchronized void send(URI url, String json) {
      sent.add(url + " " + json);
    }
  }

  private final RecordingSink sink = new RecordingSink();
  private JdbcSavedSearchStore searches;
  private JdbcDocumentRestrictions restrictions;
  private JdbcAccountStore accounts;
  private JdbcSensitiveSpans spans;
  private SearchWatch watch;
  private String toya;

  @BeforeEach
  void start() {
    toya = WithholdingIT.saveToya(sahel.store());
    accounts = new JdbcAccountStore(sahel.database());
    accounts.createUser("ana", "x", Role.ANALYST, Instant.now(), false);
    accounts.createUser("bo", "x", Role.VIEWER, Instant.now(), false);
    accounts.createUser("root", "x", Role.ADMIN, Instant.now(), false);
    searches = new JdbcSavedSearchStore(sahel.database());
    restrictions = new JdbcDocumentRestrictions(sahel.database(), Clock.systemUTC());
    WithheldStrings withheld = new WithheldStrings(sahel.database());
    spans =
        new JdbcSensitiveSpans(sahel.database(), withheld, sahel.store(), null, Clock.systemUTC());
    watch =
        new SearchWatch(
            sahel.store(),
            searches,
            SavedQueries::parse,
            sink,
            WebhookReading.of(restrictions, accounts, withheld::mask),
            Clock.systemUTC());
    for (String user : List.of("ana", "bo", "root")) {
      searches.create(user, "Mali", "country=ML", Instant.now());
      searches.setWebhook(user, "https://hooks.example/" + user);
    }
  }

  @Test
  void aSensitiveNameIsWithheldFromEveryOwnerAndSeenAtOnce() {
    String text = WithholdingIT.TEXT;
    assertThat(firstBodies().get("ana").toString()).contains("Kadi Sow");

    int start = text.indexOf("Kadi Sow");
    spans.mark("toya", start, start + "Kadi Sow".length(), "person", "marked", "ana");
    for (JsonNode body : againBodies()) {
      assertThat(body.toString()).doesNotContain("Kadi Sow").doesNotContainIgnoringCase("kadi sow");
      assertThat(item(body, toya).get("title").asText()).isEqualTo("[withheld] recounts Toya");
    }
  }

  @Test
  void aRestrictedDocumentsIncidentGoesWithoutItsTitleToWhoMayNotReadIt() {
    String moura = sahel.idAt("Moura");
    restrictions.restrict(SahelFixtures.MOURA_DOC, Set.of("bo"), Set.of(), "root");
    java.util.Map<String, JsonNode> bodies = firstBodies();
    assertThat(item(bodies.get("ana"), moura).get("title").isNull()).isTrue();
    assertThat(item(bodies.get("ana"), moura).get("document_restricted").asBoolean()).isTrue();
    assertThat(item(bodies.get("ana"), moura).get("place").asText()).isEqualTo("Moura");
    assertThat(item(bodies.get("bo"), moura).get("title").asText()).contains("Massacre");
    assertThat(item(bodies.get("root"), moura).get("title").asText()).contains("Massacre");
    assertThat(item(bodies.get("ana"), toya).get("title").asText()).contains("Toya");

    // Lifted: the next body has the title again.
    restrictions.lift(SahelFixtures.MOURA_DOC);
    for (JsonNode body : againBodies()) {
      assertThat(item(body, moura).get("title").asText()).contains("Massacre");
      assertThat(item(body, moura).has("document_restricted")).isFalse();
    }
  }

  /** Runs the watch over every incident; the body each owner got. */
  private java.util.Map<String, JsonNode> firstBodies() {
    sink.sent.clear();
    assertThat(watch.check(allIncidentIds())).isPositive();
    java.util.Map<String, JsonNode> out = new java.util.TreeMap<>();
    for (String sent : sink.sent) {
      JsonNode body = read(sent.substring(sent.indexOf(' ') + 1));
      out.put(body.get("search").get("user").asText(), body);
    }
    assertThat(out).containsOnlyKeys("ana", "bo", "root");
    return out;
  }

  /** The bodies of a second run, as the hits are new again to fresh searches. */
  private List<JsonNode> againBodies() {
    for (SavedSearch s : List.copyOf(searchesOfAll())) {
      searches.delete(s.username(), s.id());
      searches.create(s.username(), s.name(), s.query(), Instant.now());
    }
    return List.copyOf(firstBodies().values());
  }

  private List<SavedSearch> searchesOfAll() {
    return searches.all();
  }

  private List<String> allIncidentIds() {
    return sahel.store().search(IncidentQuery.all(100)).items().stream().map(Incident::id).toList();
  }

  private static JsonNode item(JsonNode body, String incidentId) {
    for (JsonNode i : body.get("incidents")) {
      if (i.get("id").asText().equals(incidentId)) {
        return i;
      }
    }
    throw new AssertionError("no incident " + incidentId + " in " + body);
  }

  private static JsonNode read(String json) {
    try {
      return ExchangeJson.mapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}

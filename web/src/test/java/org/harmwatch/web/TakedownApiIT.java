package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.harmwatch.store.JdbcReviewStore;
import org.harmwatch.store.JdbcTakedowns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Taking a document down over HTTP, on a real H2 store. */
class TakedownApiIT {
  @RegisterExtension final SahelServer sahel = new SahelServer();

  private ApiClient api;
  private String moura;

  @BeforeEach
  void start() {
    api =
        sahel.start(
            new TakedownApi(new JdbcTakedowns(sahel.database(), null, Clock.systemUTC())),
            new ReviewApi(new JdbcReviewStore(sahel.database()), sahel.store()));
    moura = sahel.idAt("Moura");
  }

  private HttpResponse<String> as(String role, String method, String path, String body) {
    return api.send(
        api.request(method, path, body)
            .header(TestUser.HEADER, role + "1")
            .header(TestUser.ROLE_HEADER, role)
            .build());
  }

  private HttpResponse<String> takeDown(String role, String doc, String body) {
    return as(role, "POST", "/api/documents/" + doc + "/takedown", body);
  }

  @Test
  void anAdminTakesADocumentDownAndEverybodySeesTheTombstoneNotTheText() {
    String doc = SahelFixtures.MOURA_DOC;
    JsonNode t = ApiClient.json(takeDown("admin", doc, "{\"reason\":\"a witness is named\"}"), 201);
    assertThat(t.get("document_id").asText()).isEqualTo(doc);
    assertThat(t.get("taken_by").asText()).isEqualTo("admin1");
    assertThat(t.get("reason").asText()).isEqualTo("a witness is named");
    assertThat(t.get("captured_at").asText()).isEqualTo("2024-05-01T10:00:00Z");
    assertThat(t.get("deleted_incidents").toString()).contains(moura);

    for (String path :
        new String[] {"/api/documents/" + doc, "/api/documents/" + doc + "/original"}) {
      HttpResponse<String> r = as("viewer", "GET", path, null);
      assertThat(r.statusCode()).as(path).isEqualTo(410);
      assertThat(r.body()).contains("taken_down", "a witness is named", "admin1");
      assertThat(r.body()).doesNotContain("Witnesses said");
    }
    JsonNode tomb =
        ApiClient.json(as("viewer", "GET", "/api/documents/" + doc + "/takedown", null), 200);
    assertThat(tomb.get("sha256").asText()).isEqualTo(t.get("sha256").asText());

    JsonNode incident = ApiClient.json(as("viewer", "GET", "/api/incidents/" + moura, null), 200);
    assertThat(incident.get("evidence")).isEmpty();
    assertThat(incident.toString()).doesNotContain("Witnesses said");
    assertThat(incident.get("review").get("status").asText()).isEqualTo("deleted");
    JsonNode history =
        ApiClient.json(as("viewer", "GET", "/api/incidents/" + moura + "/history", null), 200);
    assertThat(history.toString()).contains("taken_down", "a witness is named");

    JsonNode list = ApiClient.json(as("admin", "GET", "/api/takedowns", null), 200);
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("document_id").asText()).isEqualTo(doc);
  }

  @Test
  void theSameOriginalPostedAgainIsRefusedNamingTheTakedown() {
    takeDown("admin", SahelFixtures.MOURA_DOC, "{\"reason\":\"source at risk\"}");
    String body =
        "{\"id\":\"moura-again\",\"text\":\""
            + SahelFixtures.MOURA_TEXT.replace("\"", "\\\"")
            + "\"}";
    HttpResponse<String> r = as("analyst", "POST", "/api/documents", body);
    assertThat(r.statusCode()).isEqualTo(409);
    assertThat(r.body()).contains("taken_down", "source at risk", SahelFixtures.MOURA_DOC);
    assertThat(as("viewer", "GET", "/api/documents/moura-again", null).statusCode()).isEqualTo(404);
  }

  @Test
  void onlyAdminsTakeDownAndEveryRefusalSaysWhy() {
    String doc = SahelFixtures.BF_DOC;
    assertThat(takeDown("analyst", doc, "{\"reason\":\"x\"}").statusCode()).isEqualTo(403);
    assertThat(takeDown("viewer", doc, "{\"reason\":\"x\"}").statusCode()).isEqualTo(403);
    assertThat(as("analyst", "GET", "/api/takedowns", null).statusCode()).isEqualTo(403);
    HttpResponse<String> noReason = takeDown("admin", doc, "{}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("reason");
    assertThat(takeDown("admin", doc, "{\"reason\":\"" + "x".repeat(2001) + "\"}").statusCode())
        .isEqualTo(400);
    assertThat(takeDown("admin", "no-such-doc", "{\"reason\":\"x\"}").statusCode()).isEqualTo(404);
    assertThat(as("viewer", "GET", "/api/documents/" + doc + "/takedown", null).statusCode())
        .isEqualTo(404);
    assertThat(as("viewer", "GET", "/api/documents/" + doc, null).statusCode()).isEqualTo(200);
    ApiClient.json(takeDown("admin", doc, "{\"reason\":\"first\"}"), 201);
    HttpResponse<String> again = takeDown("admin", doc, "{\"reason\":\"second\"}");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("already taken down", "first");
  }
}

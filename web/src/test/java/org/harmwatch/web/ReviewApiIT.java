package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.harmwatch.store.JdbcReviewStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The history and review endpoints over HTTP, on a real H2 store. */
class ReviewApiIT {
  @RegisterExtension final SahelServer sahel = new SahelServer();

  private ApiClient api;
  private String moura;
  private String barsalogho;

  @BeforeEach
  void start() {
    api = sahel.start(new ReviewApi(new JdbcReviewStore(sahel.database()), sahel.store()));
    moura = sahel.idAt("Moura");
    barsalogho = sahel.idAt("Barsalogho");
  }

  private HttpResponse<String> send(String method, String path, String user, String body) {
    return api.send(method, path, user, body);
  }

  private static JsonNode json(HttpResponse<String> r, int status) {
    return ApiClient.json(r, status);
  }

  private JsonNode get(String path) {
    return json(send("GET", path, "reader", null), 200);
  }

  @Test
  void everyIncidentCarriesItsReviewState() {
    JsonNode list = get("/api/incidents");
    assertThat(list.get("items")).hasSize(4);
    for (JsonNode i : list.get("items")) {
      assertThat(i.get("review").get("status").asText()).isEqualTo("new");
      assertThat(i.get("review").get("grade").isNull()).isTrue();
    }
    assertThat(get("/api/incidents/" + moura).get("review").get("status").asText())
        .isEqualTo("new");
  }

  @Test
  void correctingAFieldAnswersTheIncidentAndRecordsTheChange() {
    JsonNode after =
        json(
            send(
                "PATCH",
                "/api/incidents/" + moura,
                "amina",
                "{\"field\":\"casualties.killed\",\"value\":{\"min\":300,\"max\":500},"
                    + "\"reason\":\"local elders count up to 500\"}"),
            200);
    assertThat(after.get("casualties").get("killed").get("max").asInt()).isEqualTo(500);
    assertThat(after.get("documents").get(0).get("id").asText()).isEqualTo(SahelFixtures.MOURA_DOC);
    assertThat(after.get("review").get("status").asText()).isEqualTo("new");

    JsonNode history = get("/api/incidents/" + moura + "/history");
    assertThat(history).hasSize(2);
    assertThat(history.get(0).get("kind").asText()).isEqualTo("created");
    assertThat(history.get(0).get("user").asText()).isEqualTo("system");
    JsonNode edit = history.get(1);
    assertThat(edit.get("kind").asText()).isEqualTo("edited");
    assertThat(edit.get("user").asText()).isEqualTo("amina");
    assertThat(edit.get("field").asText()).isEqualTo("casualties.killed");
    assertThat(edit.get("old_value").get("max").asInt()).isEqualTo(300);
    assertThat(edit.get("new_value").get("max").asInt()).isEqualTo(500);
    assertThat(edit.get("reason").asText()).isEqualTo("local elders count up to 500");
    assertThat(edit.get("seq").asLong()).isGreaterThan(history.get(0).get("seq").asLong());

    String before = history.get(0).get("at").asText();
    JsonNode then = get("/api/incidents/" + moura + "?as_of=" + before);
    assertThat(then.get("casualties").get("killed").get("max").asInt()).isEqualTo(300);
    assertThat(then.get("as_of").asText()).isEqualTo(before);
    assertThat(
            send("GET", "/api/incidents/" + moura + "?as_of=2001-01-01T00:00:00Z", "reader", null)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void changesNeedAUserAReasonAndAValidFieldAndValue() {
    String path = "/api/incidents/" + moura;
    assertThat(
            send("PATCH", path, null, "{\"field\":\"weapons\",\"value\":[],\"reason\":\"x\"}")
                .statusCode())
        .isEqualTo(401);
    assertThat(
            json(send("PATCH", path, "amina", "{\"field\":\"weapons\",\"value\":[]}"), 400)
                .get("parameter")
                .asText())
        .isEqualTo("reason");
    JsonNode badField =
        json(
            send("PATCH", path, "amina", "{\"field\":\"deaths\",\"value\":3,\"reason\":\"r\"}"),
            400);
    assertThat(badField.get("parameter").asText()).isEqualTo("field");
    assertThat(badField.get("message").asText()).contains("deaths");
    JsonNode badValue =
        json(
            send(
                "PATCH",
                path,
                "amina",
                "{\"field\":\"casualties.killed\",\"value\":\"hundreds\",\"reason\":\"r\"}"),
            400);
    assertThat(badValue.get("parameter").asText()).isEqualTo("value");
    assertThat(badValue.get("message").asText()).contains("casualties.killed").contains("hundreds");
    assertThat(
            json(
                    send(
                        "POST", path + "/grade", "amina", "{\"grade\":\"great\",\"reason\":\"r\"}"),
                    400)
                .get("parameter")
                .asText())
        .isEqualTo("grade");
    assertThat(
            send("POST", "/api/incidents/inc-nope/verify", "amina", "{\"reason\":\"r\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(send("GET", "/api/incidents/inc-nope/history", "reader", null).statusCode())
        .isEqualTo(404);
    assertThat(send("POST", path + "/verify", "amina", "not json").statusCode()).isEqualTo(400);
    assertThat(get("/api/incidents/" + moura + "/history")).hasSize(1);
  }

  @Test
  void verifyGradeDeleteAndTheQueue() {
    assertThat(get("/api/review/queue").get("total").asInt()).isEqualTo(4);
    JsonNode verified =
        json(
            send("POST", "/api/incidents/" + moura + "/verify", "amina", "{\"reason\":\"HRW\"}"),
            200);
    assertThat(verified.get("review").get("status").asText()).isEqualTo("verified");
    JsonNode graded =
        json(
            send(
                "POST",
                "/api/incidents/" + moura + "/grade",
                "amina",
                "{\"grade\":\"confirmed\",\"reason\":\"HRW and UN agree\"}"),
            200);
    assertThat(graded.get("review").get("grade").asText()).isEqualTo("confirmed");
    HttpResponse<String> deleted =
        send("POST", "/api/incidents/" + barsalogho + "/delete", "moussa", "{\"reason\":\"dup\"}");
    assertThat(deleted.statusCode()).isEqualTo(204);

    JsonNode queue = get("/api/review/queue?limit=1");
    assertThat(queue.get("total").asInt()).isEqualTo(2);
    assertThat(queue.get("items")).hasSize(1);
    assertThat(get("/api/incidents").get("total").asInt()).isEqualTo(3);
    assertThat(get("/api/incidents?status=deleted").get("items").get(0).get("id").asText())
        .isEqualTo(barsalogho);
    assertThat(get("/api/incidents?grade=confirmed").get("items").get(0).get("id").asText())
        .isEqualTo(moura);
    assertThat(get("/api/incidents?killed_min=100").get("total").asInt()).isEqualTo(1);
    assertThat(get("/api/incidents?killed_max=30").get("total").asInt()).isEqualTo(2);
    assertThat(
            json(send("GET", "/api/incidents?killed_min=9&killed_max=3", "reader", null), 400)
                .get("parameter")
                .asText())
        .isEqualTo("killed_max");
    assertThat(get("/api/incidents/" + barsalogho).get("review").get("status").asText())
        .isEqualTo("deleted");
    assertThat(
            send("POST", "/api/incidents/" + barsalogho + "/verify", "amina", "{\"reason\":\"r\"}")
                .statusCode())
        .isEqualTo(409);
  }

  @Test
  void openapiDocumentsEveryReviewRoute() throws IOException {
    String yaml;
    try (InputStream in = WebServer.class.getResourceAsStream("/openapi.yaml")) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> routes = new ArrayList<>(sahel.server().apiRoutes());
    assertThat(routes).containsOnlyOnce("GET /api/incidents/{id}");
    assertThat(WebServerIT.documentedRoutes(yaml)).containsAll(routes);
  }
}

package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.link.Linking;
import org.harmwatch.store.JdbcCorroboration;
import org.harmwatch.store.JdbcIncidentStore;
import org.harmwatch.store.JdbcReviewStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The corroboration endpoints over HTTP, on a real H2 store. */
class CorroborationApiIT {
  @RegisterExtension final SahelServer sahel = new SahelServer();

  private JdbcIncidentStore store;
  private ApiClient api;
  private String moura;
  private String second;

  @BeforeEach
  void start() {
    store = sahel.store();
    JdbcCorroboration corroboration = new JdbcCorroboration(sahel.database(), new Linking());
    corroboration.relink("system");
    api =
        sahel.start(
            new ReviewApi(new JdbcReviewStore(sahel.database()), store),
            new CorroborationApi(corroboration, store),
            new MapDataApi(store));
    moura = sahel.idAt("Moura");
    Document d = SahelFixtures.mouraSurvivorsDocument();
    Incident report = SahelFixtures.mouraSurvivorsReport(List.of());
    List<Incident> stored = store.save(d, List.of(report)).incidents();
    corroboration.link(stored);
    second = stored.get(0).id();
  }

  private HttpResponse<String> send(String method, String path, String user, String body) {
    return api.send(method, path, user, body);
  }

  private static JsonNode json(HttpResponse<String> r, int status) {
    return ApiClient.json(r, status);
  }

  @Test
  void anIncidentListsItsSourcesAndReconciledCasualties() {
    JsonNode i = json(send("GET", "/api/incidents/" + moura, "reader", null), 200);
    assertThat(i.get("sources")).hasSize(2);
    JsonNode fr =
        i.get("sources").get(0).get("document_id").asText().equals("moura-fr")
            ? i.get("sources").get(0)
            : i.get("sources").get(1);
    assertThat(fr.get("killed").get("min").asInt()).isEqualTo(350);
    assertThat(fr.get("killed").get("max").isNull()).isTrue();
    assertThat(fr.get("date_text").asText()).isEqualTo("entre le 27 et le 31 mars");
    assertThat(fr.get("place_text").asText()).isEqualTo("à Moura");
    assertThat(fr.get("reason").asText()).contains("km apart");
    assertThat(fr.get("score").asDouble()).isBetween(0.5, 1.0);
    JsonNode killed = i.get("casualties").get("killed");
    // 300 and "more than 350": low 300, best 300 (the lower median), high 350.
    assertThat(killed.get("low").asInt()).isEqualTo(300);
    assertThat(killed.get("best").asInt()).isEqualTo(300);
    assertThat(killed.get("high").asInt()).isEqualTo(350);
    // Which documents each value comes from.
    assertThat(killed.get("from").get("high").toString()).isEqualTo("[\"moura-fr\"]");
    assertThat(killed.get("from").get("best").toString()).doesNotContain("moura-fr").contains("\"");
    assertThat(killed.get("from").get("low")).isEqualTo(killed.get("from").get("best"));
    assertThat(i.get("independent_sources").asInt()).isEqualTo(2);
    assertThat(i.get("first_reported").asText()).isEqualTo("2022-04-05");
    assertThat(i.get("last_reported").asText()).isEqualTo("2022-04-08");
    assertThat(i.get("documents")).hasSize(2);

    JsonNode list = json(send("GET", "/api/incidents", "reader", null), 200);
    assertThat(list.get("total").asInt()).isEqualTo(4);
    // The map, timeline and list rows carry the reconciled figure, not the first report's.
    JsonNode compact = json(send("GET", "/api/incidents.compact", "reader", null), 200);
    List<String> columns = new java.util.ArrayList<>();
    compact.get("columns").forEach(c -> columns.add(c.asText()));
    JsonNode row = null;
    for (JsonNode r : compact.get("rows")) {
      if (r.get(0).asText().equals(moura)) {
        row = r;
      }
    }
    assertThat(row).isNotNull();
    assertThat(row.get(columns.indexOf("killed_low")).asInt()).isEqualTo(300);
    assertThat(row.get(columns.indexOf("killed_best")).asInt()).isEqualTo(300);
    assertThat(row.get(columns.indexOf("killed_high")).asInt()).isEqualTo(350);
    JsonNode merged = json(send("GET", "/api/incidents/" + second, "reader", null), 200);
    assertThat(merged.get("merged_into").asText()).isEqualTo(moura);
    assertThat(merged.get("review").get("status").asText()).isEqualTo("merged");
  }

  @Test
  void analystsUnlinkAndMergeBackWithReasonsInTheHistory() {
    JsonNode split =
        json(
            send(
                "POST",
                "/api/incidents/" + moura + "/unlink",
                "amina",
                "{\"document_id\":\"moura-fr\",\"reason\":\"survivor account, other village\"}"),
            200);
    assertThat(split.get("kept").get("sources")).hasSize(1);
    assertThat(split.get("created").get("id").asText()).isEqualTo(second);
    assertThat(split.get("created").get("sources")).hasSize(1);
    assertThat(json(send("GET", "/api/incidents", "reader", null), 200).get("total").asInt())
        .isEqualTo(5);

    // Split off by hand, it is not offered back as a related incident to merge straight away;
    // merging it back stays possible (the review page, or the API as here).
    JsonNode related =
        json(send("GET", "/api/incidents/" + moura + "/related", "reader", null), 200);
    assertThat(related.findValuesAsText("id")).doesNotContain(second);

    JsonNode merged =
        json(
            send(
                "POST",
                "/api/incidents/" + moura + "/merge",
                "amina",
                "{\"other_id\":\"" + second + "\",\"reason\":\"same massacre after all\"}"),
            200);
    assertThat(merged.get("id").asText()).isEqualTo(moura);
    assertThat(merged.get("sources")).hasSize(2);

    JsonNode history =
        json(send("GET", "/api/incidents/" + moura + "/history", "reader", null), 200);
    assertThat(history.findValuesAsText("kind")).contains("linked", "split", "merged");
    assertThat(history.findValuesAsText("reason"))
        .contains("survivor account, other village", "same massacre after all");
    assertThat(history.findValuesAsText("user")).contains("amina");
  }

  @Test
  void badRequestsAreRefusedWithTheProblem() {
    assertThat(
            send("POST", "/api/incidents/" + moura + "/merge", "amina", "{\"other_id\":\"x\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            send(
                    "POST",
                    "/api/incidents/" + moura + "/merge",
                    "amina",
                    "{\"other_id\":\"nope\",\"reason\":\"r\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(
            send(
                    "POST",
                    "/api/incidents/" + moura + "/link",
                    "amina",
                    "{\"other_id\":\"" + second + "\",\"reason\":\"r\"}")
                .statusCode())
        .isEqualTo(409);
    HttpResponse<String> r =
        send(
            "POST",
            "/api/incidents/" + moura + "/split",
            "amina",
            "{\"document_ids\":[\"not-a-source\"],\"reason\":\"r\"}");
    assertThat(r.statusCode()).isEqualTo(409);
    assertThat(r.body()).contains("not-a-source");
    assertThat(send("GET", "/api/incidents/nope/related", "reader", null).statusCode())
        .isEqualTo(404);
  }
}

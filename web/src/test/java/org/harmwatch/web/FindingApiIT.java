package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.harmwatch.core.actors.ActorCatalog;
import org.harmwatch.core.actors.ActorName;
import org.harmwatch.core.model.ActorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Actor suggestions and the summaries by actor, region and month, over the Sahel fixtures. */
class FindingApiIT {
  @RegisterExtension final SahelServer sahel = new SahelServer();

  private static final ActorCatalog ACTORS =
      ActorCatalog.of(
          List.of(
              new ActorName(
                  "Military Forces of Mali", ActorType.STATE_FORCES, List.of("FAMa", "armée")),
              new ActorName("Islamic State", ActorType.REBEL_GROUP, List.of("EIGS", "ISSP")),
              new ActorName("JNIM", ActorType.REBEL_GROUP, List.of("GSIM"))));

  private ApiClient start() {
    return sahel.start(new FindingApi(sahel.store(), ACTORS));
  }

  @Test
  void anAliasSuggestsTheCanonicalActor() {
    ApiClient api = start();
    JsonNode got = ApiClient.json(api.send("GET", "/api/actors?q=eigs", "ana", null), 200);
    assertThat(got).hasSize(1);
    assertThat(got.get(0).get("name").asText()).isEqualTo("Islamic State");
    assertThat(got.get(0).get("matched").asText()).isEqualTo("EIGS");
    assertThat(got.get(0).get("type").asText()).isEqualTo("rebel_group");
    assertThat(
            ApiClient.json(api.send("GET", "/api/actors?q=FAMa", "ana", null), 200)
                .get(0)
                .get("name")
                .asText())
        .isEqualTo("Military Forces of Mali");
    assertThat(api.send("GET", "/api/actors", "ana", null).statusCode()).isEqualTo(400);
    assertThat(api.send("GET", "/api/actors?q=x&limit=0", "ana", null).statusCode()).isEqualTo(400);
  }

  @Test
  void theProfileOfAnActorGivesItsTypeAndAliases() {
    ApiClient api = start();
    JsonNode p =
        ApiClient.json(
            api.send("GET", "/api/actors/profile?name=Islamic%20State", "ana", null), 200);
    assertThat(p.get("in_dictionary").asBoolean()).isTrue();
    assertThat(p.get("aliases").toString()).contains("EIGS", "ISSP");
    JsonNode unknown =
        ApiClient.json(
            api.send("GET", "/api/actors/profile?name=Wagner%20Group", "ana", null), 200);
    assertThat(unknown.get("in_dictionary").asBoolean()).isFalse();
    assertThat(unknown.get("type").isNull()).isTrue();
  }

  @Test
  void summariesCountIncidentsAndSumTheirReconciledKilled() {
    ApiClient api = start();
    JsonNode byActor = ApiClient.json(api.send("GET", "/api/summaries/actor", "ana", null), 200);
    assertThat(byActor.get("by").asText()).isEqualTo("actor");
    JsonNode mali = row(byActor, "Military Forces of Mali", null);
    assertThat(mali.get("incidents").asLong()).isEqualTo(2);
    assertThat(mali.get("killed_best").asLong()).isEqualTo(325);
    JsonNode byMonth =
        ApiClient.json(api.send("GET", "/api/summaries/month?country=ML", "ana", null), 200);
    assertThat(byMonth.get("rows"))
        .extracting(r -> r.get("key").asText())
        .containsExactly("2022-03", "2024-01");
    JsonNode byRegion = ApiClient.json(api.send("GET", "/api/summaries/admin1", "ana", null), 200);
    assertThat(row(byRegion, "Mopti", "ML").get("killed_low").asLong()).isEqualTo(300);
    assertThat(row(byRegion, "Centre-Nord", "BF").get("killed_best").asLong()).isEqualTo(133);
    assertThat(api.send("GET", "/api/summaries/month?from=nope", "ana", null).statusCode())
        .isEqualTo(400);
  }

  @Test
  void aSummaryIsAlsoACsvFile() {
    ApiClient api = start();
    HttpResponse<String> r = api.send("GET", "/api/summaries/admin1.csv?country=BF", "ana", null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("harmwatch-summary-by-admin1.csv");
    assertThat(r.body().lines().toList())
        .containsExactly(
            "key,country_code,incidents,killed_known,killed_low,killed_best,killed_high",
            "Centre-Nord,BF,1,1,133,133,133");
  }

  private static JsonNode row(JsonNode summary, String key, String country) {
    for (JsonNode r : summary.get("rows")) {
      if (r.get("key").asText().equals(key)
          && (country == null || country.equals(r.get("country_code").asText()))) {
        return r;
      }
    }
    throw new AssertionError("no row " + key + " in " + summary);
  }
}

package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.harmwatch.core.text.SensitiveSpans;
import org.harmwatch.link.Linking;
import org.harmwatch.store.JdbcCorroboration;
import org.harmwatch.store.JdbcDocumentRestrictions;
import org.harmwatch.store.JdbcReviewStore;
import org.harmwatch.store.JdbcSensitiveSpans;
import org.harmwatch.store.LuceneIndex;
import org.harmwatch.store.TextIndexer;
import org.harmwatch.store.WithheldStrings;
import org.harmwatch.store.WithholdingIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A document restricted to named users or a role, route by route: those not named are refused its
 * routes and see its incidents without evidence, quoted words, named sources or title (pages,
 * lists, snippets, exports, dossiers); those named and admins read everything.
 */
class RestrictionIT {
  @RegisterExtension final SahelServer sahel = new SahelServer();

  private ApiClient api;
  private String incident;

  @BeforeEach
  void start() {
    incident = WithholdingIT.saveToya(sahel.store());
    WithheldStrings withheld = new WithheldStrings(sahel.database());
    WithholdingIndex index = new WithholdingIndex(LuceneIndex.inMemory(), withheld::mask);
    TextIndexer indexer = new TextIndexer(sahel.database(), index);
    indexer.rebuild((done, total) -> {});
    Clock clock = Clock.systemUTC();
    JdbcReviewStore review = new JdbcReviewStore(sahel.database());
    api =
        sahel.start(
            new RestrictionApi(new JdbcDocumentRestrictions(sahel.database(), clock)),
            new SensitiveSpanApi(
                sahel.store(),
                SensitiveSpans.bundled(),
                new JdbcSensitiveSpans(sahel.database(), withheld, sahel.store(), indexer, clock)),
            new SearchApi(index),
            new DossierApi(sahel.store(), review, clock),
            new ExportApi(
                sahel.store(),
                new JdbcCorroboration(sahel.database(), new Linking()),
                review,
                clock));
  }

  private HttpResponse<String> as(String user, String role, String method, String path, String b) {
    return api.send(
        api.request(method, path, b)
            .header(TestUser.HEADER, user)
            .header(TestUser.ROLE_HEADER, role)
            .build());
  }

  private HttpResponse<String> get(String user, String role, String path) {
    return as(user, role, "GET", path, null);
  }

  private JsonNode restrict(String body) {
    return ApiClient.json(
        as("admin1", "admin", "PUT", "/api/documents/toya/restriction", body), 200);
  }

  /** Nothing of the text: not the evidence, the quoted words, the named source or the title. */
  private static void assertNoQuote(String channel, String body) {
    assertThat(body)
        .as(channel)
        .doesNotContain("The witness")
        .doesNotContain("Kadi")
        .doesNotContain("recounts")
        .doesNotContain("neighbours");
  }

  @Test
  void outsidersAreRefusedTheDocumentsRoutes() {
    JsonNode r = restrict("{\"users\":[\"viewer2\"]}");
    assertThat(r.get("users").toString()).isEqualTo("[\"viewer2\"]");
    assertThat(r.get("roles").toString()).isEqualTo("[\"admin\"]");
    assertThat(r.get("restricted_by").asText()).isEqualTo("admin1");
    for (String path :
        new String[] {
          "/api/documents/toya",
          "/api/documents/toya/original",
          "/api/documents/toya/sensitive-proposals",
          "/api/documents/toya/sensitive-spans"
        }) {
      HttpResponse<String> outsider = get("analyst1", "analyst", path);
      assertThat(outsider.statusCode()).as(path).isEqualTo(403);
      assertThat(outsider.body()).as(path).contains("restricted");
      assertNoQuote(path, outsider.body());
      assertThat(get("admin1", "admin", path).statusCode()).as(path).isEqualTo(200);
    }
    assertThat(get("viewer1", "viewer", "/api/documents/toya").statusCode()).isEqualTo(403);
    assertThat(get("viewer1", "viewer", "/api/documents/toya/").statusCode()).isEqualTo(404);
    String post = "{\"start\":0,\"end\":6}";
    assertThat(
            as("analyst1", "analyst", "POST", "/api/documents/toya/sensitive-spans", post)
                .statusCode())
        .isEqualTo(403);
    JsonNode named = ApiClient.json(get("viewer2", "viewer", "/api/documents/toya"), 200);
    assertThat(named.get("text").asText()).isEqualTo(WithholdingIT.TEXT);
  }

  @Test
  void outsidersSeeTheIncidentsCodedFieldsButNoQuote() {
    restrict("{\"users\":[\"viewer2\"]}");
    JsonNode page = ApiClient.json(get("viewer1", "viewer", "/api/incidents/" + incident), 200);
    assertNoQuote("incident page", page.toString());
    assertThat(page.get("event_type").asText()).isEqualTo("violence_against_civilians");
    assertThat(page.get("location").get("name").asText()).isEqualTo("Toya");
    assertThat(page.get("date").get("start").asText()).isEqualTo("2024-04-29");
    assertThat(page.get("casualties").get("killed").get("min").asInt()).isEqualTo(2);
    assertThat(page.get("evidence")).isEmpty();
    assertThat(page.get("document_restricted").asBoolean()).isTrue();
    String list = get("viewer1", "viewer", "/api/incidents?country=ML&limit=100").body();
    assertThat(list).contains(incident);
    assertNoQuote("list", list);
    String hits = get("viewer1", "viewer", "/api/search/documents?q=market").body();
    assertThat(hits).contains("\"toya\"");
    assertNoQuote("snippets", hits);
    assertThat(hits).doesNotContain("burned");

    assertThat(get("viewer2", "viewer", "/api/incidents/" + incident).body())
        .contains("The witness Kadi Sow");
    assertThat(get("admin1", "admin", "/api/search/documents?q=market").body()).contains("burned");
  }

  @Test
  void exportsAndDossiersLeaveTheQuotesOutForOutsiders() throws Exception {
    restrict("{\"users\":[\"viewer2\"]}");
    for (String path :
        new String[] {
          "/api/incidents.csv?country=ML",
          "/api/incidents.csv?country=ML&format=acled",
          "/api/incidents.csv?country=ML&format=ucdp",
          "/api/incidents.geojson?country=ML"
        }) {
      HttpResponse<String> r = get("analyst1", "analyst", path);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.body()).as(path).contains("Toya");
      assertNoQuote(path, r.body());
      assertThat(get("viewer2", "viewer", path).body()).as(path).contains("Kadi Sow");
    }
    String dossier = dossierText("viewer1", "viewer");
    assertThat(dossier).contains("Toya");
    assertNoQuote("dossier", dossier);
    assertThat(dossierText("viewer2", "viewer")).contains("Kadi Sow");
  }

  @Test
  void aRoleIsAGroupAndALiftedRestrictionOpensTheDocument() {
    restrict("{\"roles\":[\"analyst\"]}");
    assertThat(get("analyst1", "analyst", "/api/documents/toya").statusCode()).isEqualTo(200);
    assertThat(get("viewer1", "viewer", "/api/documents/toya").statusCode()).isEqualTo(403);
    JsonNode r = ApiClient.json(get("admin1", "admin", "/api/documents/toya/restriction"), 200);
    assertThat(r.get("roles").toString()).isEqualTo("[\"analyst\",\"admin\"]");
    assertThat(
            as("admin1", "admin", "DELETE", "/api/documents/toya/restriction", null).statusCode())
        .isEqualTo(204);
    assertThat(get("viewer1", "viewer", "/api/documents/toya").statusCode()).isEqualTo(200);
    assertThat(get("admin1", "admin", "/api/documents/toya/restriction").statusCode())
        .isEqualTo(404);
  }

  @Test
  void onlyAdminsRestrictAndBadRequestsSayWhy() {
    String body = "{\"users\":[\"viewer2\"]}";
    assertThat(
            as("analyst1", "analyst", "PUT", "/api/documents/toya/restriction", body).statusCode())
        .isEqualTo(403);
    assertThat(as("admin1", "admin", "PUT", "/api/documents/nope/restriction", body).statusCode())
        .isEqualTo(404);
    HttpResponse<String> bad =
        as("admin1", "admin", "PUT", "/api/documents/toya/restriction", "{\"roles\":[\"boss\"]}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("role must be one of");
    assertThat(
            as("admin1", "admin", "PUT", "/api/documents/toya/restriction", "{\"users\":\"x\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(get("viewer1", "viewer", "/api/documents/toya").statusCode()).isEqualTo(200);
  }

  private String dossierText(String user, String role) throws IOException, InterruptedException {
    HttpResponse<byte[]> r =
        HttpClient.newHttpClient()
            .send(
                api.request("GET", "/api/dossier.pdf?id=" + incident, null)
                    .header(TestUser.HEADER, user)
                    .header(TestUser.ROLE_HEADER, role)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(r.body())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
  }
}

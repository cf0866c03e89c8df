package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.DocumentRef;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.text.SensitiveSpans;
import org.harmwatch.link.Linking;
import org.harmwatch.store.JdbcCorroboration;
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
 * Sensitive spans over HTTP, channel by channel: once an analyst stores a span, a viewer never sees
 * its text (reader, original, incident pages and lists, search snippets, CSV and GeoJSON exports,
 * dossiers), exports never hold it whoever downloads them, and analysts still read it. A leak in
 * any channel fails here.
 */
class WithholdingIT {
  static final String TEXT =
      "Gunmen burned the market of Toya on Monday. The witness Kadi Sow told us she fled with"
          + " her children. She can be reached on +223 70 11 22 33.";
  static final String OTHER = "A week later kadi sow spoke again to the radio about Toya.";

  @RegisterExtension final SahelServer sahel = new SahelServer();

  private ApiClient api;
  private String incident;

  @BeforeEach
  void start() {
    incident = saveToya(sahel.store());
    sahel
        .store()
        .save(Document.ofText("radio", "Radio", LocalDate.of(2024, 5, 9), OTHER), List.of());
    WithheldStrings withheld = new WithheldStrings(sahel.database());
    WithholdingIndex index = new WithholdingIndex(LuceneIndex.inMemory(), withheld::mask);
    TextIndexer indexer = new TextIndexer(sahel.database(), index);
    indexer.rebuild((done, total) -> {});
    Clock clock = Clock.systemUTC();
    JdbcReviewStore review = new JdbcReviewStore(sahel.database());
    api =
        sahel.start(
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

  /** Stores the Toya document (a witness named, a phone number) and its incident; its id. */
  static String saveToya(org.harmwatch.store.JdbcIncidentStore store) {
    Document d = Document.ofText("toya", "Kadi Sow recounts Toya", LocalDate.of(2024, 5, 2), TEXT);
    int s = TEXT.indexOf("The witness");
    int e = TEXT.indexOf("children.") + 9;
    return store
        .save(
            d,
            List.of(
                new Incident(
                    null,
                    DocumentRef.of(d),
                    EventType.VIOLENCE_AGAINST_CIVILIANS,
                    null,
                    IncidentDate.day(LocalDate.of(2024, 4, 29), "Monday"),
                    new Location(
                        "Toya",
                        "ML",
                        "Tombouctou",
                        null,
                        16.6,
                        -3.3,
                        LocationPrecision.PLACE,
                        null,
                        "Toya"),
                    List.of(),
                    List.of(Actor.civilians("Kadi Sow and her children")),
                    new Casualties(
                        Count.exactly(2, "two of Kadi Sow's neighbours"),
                        null,
                        null,
                        null,
                        null,
                        null),
                    List.of(),
                    List.of("Kadi Sow"),
                    List.of(new Evidence(s, e, TEXT.substring(s, e), List.of("date"))),
                    0.7,
                    null)))
        .incidents()
        .get(0)
        .id();
  }

  private HttpResponse<String> as(String role, String method, String path, String body) {
    return api.send(
        api.request(method, path, body)
            .header(TestUser.HEADER, role + "1")
            .header(TestUser.ROLE_HEADER, role)
            .build());
  }

  private HttpResponse<String> get(String role, String path) {
    return as(role, "GET", path, null);
  }

  private JsonNode mark(String text, String kind) {
    int start = TEXT.indexOf(text);
    return ApiClient.json(
        as(
            "analyst",
            "POST",
            "/api/documents/toya/sensitive-spans",
            "{\"start\":"
                + start
                + ",\"end\":"
                + (start + text.length())
                + ",\"kind\":\""
                + kind
                + "\"}"),
        201);
  }

  private void markBoth() {
    mark("Kadi Sow", "person");
    mark("+223 70 11 22 33", "phone");
  }

  private static void assertWithheld(String channel, String body) {
    assertThat(body).as(channel).doesNotContainIgnoringCase("kadi").doesNotContain("70 11 22 33");
  }

  @Test
  void analystsStoreSpansWithWhoAndWhenConfirmingProposals() {
    JsonNode name = mark("Kadi Sow", "person");
    assertThat(name.get("origin").asText()).isEqualTo("proposed");
    assertThat(name.get("marked_by").asText()).isEqualTo("analyst1");
    assertThat(name.get("marked_at").asText()).isNotBlank();
    assertThat(name.get("text").asText()).isEqualTo("Kadi Sow");
    int start = TEXT.indexOf("Gunmen");
    JsonNode byHand =
        ApiClient.json(
            as(
                "analyst",
                "POST",
                "/api/documents/toya/sensitive-spans",
                "{\"start\":" + start + ",\"end\":" + (start + 6) + "}"),
            201);
    assertThat(byHand.get("origin").asText()).isEqualTo("marked");
    assertThat(byHand.get("kind").asText()).isEqualTo("other");
    JsonNode proposals =
        ApiClient.json(get("analyst", "/api/documents/toya/sensitive-proposals"), 200);
    assertThat(proposals.get("proposals").toString()).contains("\"stored\":true");
    JsonNode list = ApiClient.json(get("analyst", "/api/documents/toya/sensitive-spans"), 200);
    assertThat(list.get("spans")).hasSize(2);
    // The same span again is no new row.
    int k = TEXT.indexOf("Kadi Sow");
    String again = "{\"start\":" + k + ",\"end\":" + (k + 8) + ",\"kind\":\"person\"}";
    assertThat(as("analyst", "POST", "/api/documents/toya/sensitive-spans", again).statusCode())
        .isEqualTo(200);
  }

  @Test
  void badSpansAndViewersAreRefused() {
    int k = TEXT.indexOf("Kadi");
    String cut = "{\"start\":" + k + ",\"end\":" + (k + 3) + "}";
    HttpResponse<String> r = as("analyst", "POST", "/api/documents/toya/sensitive-spans", cut);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("word boundaries");
    assertThat(
            as("analyst", "POST", "/api/documents/toya/sensitive-spans", "{\"start\":\"a\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(as("viewer", "POST", "/api/documents/toya/sensitive-spans", cut).statusCode())
        .isEqualTo(403);
    assertThat(get("viewer", "/api/documents/toya/sensitive-spans").statusCode()).isEqualTo(403);
    assertThat(get("analyst", "/api/documents/nope/sensitive-spans").statusCode()).isEqualTo(404);
    assertThat(as("analyst", "DELETE", "/api/documents/toya/sensitive-spans/99", null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void theReaderMasksForViewersOnlyAndTheOriginalIsRefusedThem() {
    assertThat(get("viewer", "/api/documents/toya").body()).contains("Kadi Sow");
    markBoth();
    JsonNode viewer = ApiClient.json(get("viewer", "/api/documents/toya"), 200);
    assertWithheld("reader", viewer.toString());
    assertThat(viewer.get("text").asText())
        .contains("The witness [withheld] told us")
        .contains("reached on [withheld].");
    assertThat(viewer.get("title").asText()).isEqualTo("[withheld] recounts Toya");
    assertThat(viewer.get("withheld").asBoolean()).isTrue();
    // Withheld wherever it occurs, in other documents too.
    assertWithheld("reader of another document", get("viewer", "/api/documents/radio").body());
    HttpResponse<String> original = get("viewer", "/api/documents/toya/original");
    assertThat(original.statusCode()).isEqualTo(403);
    assertWithheld("original", original.body());
    assertThat(get("viewer", "/api/documents/radio/original").statusCode()).isEqualTo(403);
    assertThat(
            get("viewer", "/api/documents/" + SahelFixtures.MOURA_DOC + "/original").statusCode())
        .isEqualTo(200);

    JsonNode analyst = ApiClient.json(get("analyst", "/api/documents/toya"), 200);
    assertThat(analyst.get("text").asText()).isEqualTo(TEXT);
    assertThat(get("admin", "/api/documents/toya/original").body()).contains("Kadi Sow");
  }

  @Test
  void incidentPagesListsAndSnippetsMaskForViewers() {
    markBoth();
    assertWithheld("incident page", get("viewer", "/api/incidents/" + incident).body());
    String list = get("viewer", "/api/incidents?country=ML&limit=100").body();
    assertThat(list).contains(incident);
    assertWithheld("list", list);
    assertThat(get("viewer", "/api/incidents/" + incident).body())
        .contains("The witness [withheld] told us");
    String hits = get("viewer", "/api/search/documents?q=Toya").body();
    assertThat(hits).contains("toya", "radio");
    assertWithheld("snippets", hits);
    // The index never holds them: analysts' snippets are masked too, and the name finds nothing.
    assertWithheld("analyst's snippets", get("analyst", "/api/search/documents?q=Toya").body());
    JsonNode byName = ApiClient.json(get("analyst", "/api/search/documents?q=Kadi"), 200);
    assertThat(byName.get("total").asLong()).isZero();
    assertThat(get("analyst", "/api/incidents/" + incident).body()).contains("Kadi Sow");
  }

  @Test
  void exportsAreMaskedForEveryRole() {
    markBoth();
    for (String role : new String[] {"viewer", "analyst", "admin"}) {
      for (String path :
          new String[] {
            "/api/incidents.csv?country=ML",
            "/api/incidents.csv?country=ML&format=acled",
            "/api/incidents.csv?country=ML&format=ucdp",
            "/api/incidents.geojson?country=ML"
          }) {
        HttpResponse<String> r = get(role, path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.body()).as(path).contains("Toya");
        assertWithheld(role + " " + path, r.body());
      }
    }
  }

  @Test
  void dossiersFollowTheReadersRole() throws Exception {
    markBoth();
    assertWithheld("viewer's dossier", dossierText("viewer"));
    assertThat(dossierText("viewer")).contains("[withheld]");
    assertThat(dossierText("analyst")).contains("Kadi Sow");
  }

  @Test
  void aRemovedSpanIsShownAgain() {
    JsonNode span = mark("Kadi Sow", "person");
    assertThat(get("viewer", "/api/documents/toya").body()).doesNotContain("Kadi Sow");
    assertThat(
            as(
                    "analyst",
                    "DELETE",
                    "/api/documents/toya/sensitive-spans/" + span.get("id").asLong(),
                    null)
                .statusCode())
        .isEqualTo(204);
    assertThat(get("viewer", "/api/documents/toya").body()).contains("Kadi Sow");
  }

  private String dossierText(String role) throws IOException, InterruptedException {
    HttpResponse<byte[]> r =
        HttpClient.newHttpClient()
            .send(
                api.request("GET", "/api/dossier.pdf?id=" + incident, null)
                    .header(TestUser.HEADER, role + "1")
                    .header(TestUser.ROLE_HEADER, role)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(r.body())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
  }
}

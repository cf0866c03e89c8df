package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.harmwatch.core.directory.PlaceDirectory;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.store.BoundingBox;
import org.harmwatch.link.Linking;
import org.harmwatch.store.JdbcCorroboration;
import org.harmwatch.store.JdbcReviewStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The look-ups, the evidence of every source and corrections with evidence, over HTTP. */
class CorrectionApiIT {
  @RegisterExtension final SahelServer sahel = new SahelServer();

  /** A gazetteer that knows no place, for tests that only need the routes. */
  static final PlaceDirectory NO_PLACES =
      new PlaceDirectory() {
        @Override
        public List<Location> search(String text, String countryCode, int limit) {
          return List.of();
        }

        @Override
        public List<Location> near(double lat, double lon, int limit) {
          return List.of();
        }

        @Override
        public List<Location> largestIn(BoundingBox box, int limit) {
          return List.of();
        }
      };

  private static final Location DIAFARABE =
      new Location(
          "Diafarabé", "ML", "Mopti", "Ténenkou", 14.15, -4.98, LocationPrecision.PLACE, 1L, null);
  private static final Location MOPTI_REGION =
      new Location("Mopti", "ML", "Mopti", null, null, null, LocationPrecision.ADMIN1, 2L, null);

  /** A directory of two places; "near" answers them in a fixed order and records the point. */
  private final List<double[]> asked = new ArrayList<>();

  private final PlaceDirectory places =
      new PlaceDirectory() {
        @Override
        public List<Location> search(String text, String countryCode, int limit) {
          return List.of(DIAFARABE, MOPTI_REGION).stream()
              .filter(l -> l.name().toLowerCase().startsWith(text.toLowerCase()))
              .filter(l -> countryCode == null || countryCode.equals(l.countryCode()))
              .limit(limit)
              .toList();
        }

        @Override
        public List<Location> near(double lat, double lon, int limit) {
          asked.add(new double[] {lat, lon});
          return List.of(DIAFARABE).subList(0, Math.min(1, limit));
        }

        @Override
        public List<Location> largestIn(BoundingBox box, int limit) {
          asked.add(new double[] {box.west(), box.south(), box.east(), box.north()});
          return List.of(DIAFARABE).subList(0, Math.min(1, limit));
        }
      };

  private ApiClient api;
  private String moura;

  @BeforeEach
  void start() {
    JdbcCorroboration corroboration = new JdbcCorroboration(sahel.database(), new Linking());
    corroboration.relink("system");
    Document d = SahelFixtures.mouraSurvivorsDocument();
    Incident report = SahelFixtures.mouraSurvivorsReport(List.of("casualties.killed", "date"));
    corroboration.link(sahel.store().save(d, List.of(report)).incidents());
    api =
        sahel.start(
            new ReviewApi(new JdbcReviewStore(sahel.database()), sahel.store()),
            new CorrectionApi(places, sahel.store(), Optional.of(corroboration)),
            new DossierApi(
                sahel.store(),
                new JdbcReviewStore(sahel.database()),
                corroboration,
                java.time.Clock.systemUTC()));
    moura = sahel.idAt("Moura");
  }

  private JsonNode get(String path) {
    return ApiClient.json(api.send("GET", path, "reader", null), 200);
  }

  private int status(String path) {
    return api.send("GET", path, "reader", null).statusCode();
  }

  @Test
  void theGazetteerIsSearchedByNameAndByAPointOfTheMap() {
    JsonNode found = get("/api/gazetteer/search?q=dia&country=ml");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).get("name").asText()).isEqualTo("Diafarabé");
    assertThat(found.get(0).get("precision").asText()).isEqualTo("place");
    assertThat(found.get(0).get("lat").asDouble()).isEqualTo(14.15);
    assertThat(found.get(0).get("geonames_id").asLong()).isEqualTo(1L);
    assertThat(get("/api/gazetteer/search?q=mopti").get(0).get("lat").isNull()).isTrue();

    assertThat(get("/api/gazetteer/near?lat=14.2&lon=-4.9").get(0).get("name").asText())
        .isEqualTo("Diafarabé");
    assertThat(asked).hasSize(1);
    assertThat(asked.get(0)).containsExactly(14.2, -4.9);

    assertThat(status("/api/gazetteer/search")).isEqualTo(400);
    assertThat(status("/api/gazetteer/search?q=x&country=Mali")).isEqualTo(400);
    assertThat(status("/api/gazetteer/near?lat=95&lon=0")).isEqualTo(400);
    assertThat(status("/api/gazetteer/near?lat=north&lon=0")).isEqualTo(400);

    // The map's place labels: the largest places of the box shown.
    assertThat(get("/api/gazetteer/largest?bbox=-6,13,-3,15.5&limit=5").get(0).get("name").asText())
        .isEqualTo("Diafarabé");
    assertThat(asked.get(1)).containsExactly(-6, 13, -3, 15.5);
    assertThat(status("/api/gazetteer/largest")).isEqualTo(400);
    assertThat(status("/api/gazetteer/largest?bbox=-3,13,-6,15")).isEqualTo(400);
    assertThat(status("/api/gazetteer/largest?bbox=1,2,3")).isEqualTo(400);
  }

  @Test
  void everySourceGivesItsFiguresAndTheWordsOfEachField() {
    JsonNode sources = get("/api/incidents/" + moura + "/evidence").get("sources");
    assertThat(sources).hasSize(2);
    JsonNode own = sources.get(0);
    assertThat(own.get("document_id").asText()).isEqualTo(SahelFixtures.MOURA_DOC);
    assertThat(own.get("title").asText()).isEqualTo("Mali: Massacre by Army, Foreign Soldiers");
    assertThat(own.get("killed").get("min").asInt()).isEqualTo(300);
    JsonNode killed = own.get("spans").get(0);
    assertThat(killed.get("field").asText()).isEqualTo("casualties.killed");
    assertThat(killed.get("text").asText()).isEqualTo("an estimated 300 civilian men");
    assertThat(killed.get("words").asBoolean()).isTrue();
    assertThat(
            SahelFixtures.MOURA_TEXT.substring(
                killed.get("start").asInt(), killed.get("end").asInt()))
        .isEqualTo("an estimated 300 civilian men");

    JsonNode fr = sources.get(1);
    assertThat(fr.get("document_id").asText()).isEqualTo("moura-fr");
    assertThat(fr.get("killed").get("min").asInt()).isEqualTo(350);
    assertThat(fr.get("spans"))
        .extracting(s -> s.get("field").asText() + "=" + s.get("text").asText())
        .containsExactly("casualties.killed=plus de 350", "date=entre le 27 et le 31 mars");
    assertThat(status("/api/incidents/nope/evidence")).isEqualTo(404);
  }

  @Test
  void aCorrectionWithChosenWordsReplacesTheFieldsEvidenceAndIsInTheHistory() {
    int start = SahelFixtures.MOURA_TEXT.indexOf("hundreds of men");
    String body =
        "{\"field\":\"casualties.detained\",\"value\":{\"min\":200,\"max\":null},"
            + "\"reason\":\"the report says hundreds were held\","
            + "\"evidence\":[{\"start\":"
            + start
            + ",\"end\":"
            + (start + "hundreds of men".length())
            + "}]}";
    JsonNode after =
        ApiClient.json(api.send("PATCH", "/api/incidents/" + moura, "amina", body), 200);
    assertThat(after.get("casualties").get("detained").get("min").asInt()).isEqualTo(200);
    assertThat(after.get("evidence").toString()).contains("\"text\":\"hundreds of men\"");

    JsonNode spans =
        get("/api/incidents/" + moura + "/evidence").get("sources").get(0).get("spans");
    assertThat(spans)
        .extracting(s -> s.get("field").asText() + "=" + s.get("text").asText())
        .contains("casualties.detained=hundreds of men");

    JsonNode history = get("/api/incidents/" + moura + "/history");
    JsonNode last = history.get(history.size() - 1);
    assertThat(last.get("field").asText()).isEqualTo("evidence");
    assertThat(last.get("user").asText()).isEqualTo("amina");
    assertThat(last.get("reason").asText()).isEqualTo("the report says hundreds were held");
    assertThat(last.get("new_value").toString()).contains("hundreds of men");
    assertThat(history.get(history.size() - 2).get("field").asText())
        .isEqualTo("casualties.detained");
  }

  @Test
  void badEvidenceIsRefusedWithoutAnyChange() {
    int before = get("/api/incidents/" + moura + "/history").size();
    for (String evidence :
        List.of(
            "[{\"start\":5,\"end\":5}]",
            "[{\"start\":-1,\"end\":4}]",
            "[{\"start\":0,\"end\":100000}]",
            "{\"start\":0}",
            "[{\"start\":\"a\",\"end\":3}]")) {
      HttpResponse<String> r =
          api.send(
              "PATCH",
              "/api/incidents/" + moura,
              "amina",
              "{\"field\":\"casualties.killed\",\"value\":{\"min\":3,\"max\":null},"
                  + "\"reason\":\"x\",\"evidence\":"
                  + evidence
                  + "}");
      assertThat(r.statusCode()).as(evidence).isEqualTo(400);
      assertThat(r.body()).contains("evidence");
    }
    assertThat(get("/api/incidents/" + moura + "/history")).hasSize(before);
  }

  @Test
  void theDossierPdfListsEverySourceWithItsFiguresAndQuotes() throws Exception {
    String text = dossierText("", null);
    assertThat(text)
        .contains("Source 1: Mali: Massacre by Army, Foreign Soldiers")
        .contains("Source 2: Moura: les survivants")
        .contains("Killed: 300.")
        .contains("Killed: at least 350.")
        .contains("\u201can estimated 300 civilian men\u201d [casualties.killed]")
        .contains("\u201cplus de 350\u201d [casualties.killed]");
  }

  @Test
  void theDossierPdfSpeaksTheLanguageAskedForThenTheBrowsers() throws Exception {
    for (String[] asked :
        new String[][] {{"&lang=fr", null}, {"", "fr-FR,fr;q=0.9"}, {"&lang=fr", "en-GB"}}) {
      assertThat(dossierText(asked[0], asked[1]))
          .as("lang %s, Accept-Language %s", asked[0], asked[1])
          .contains("Source 1 : Mali: Massacre by Army, Foreign Soldiers")
          .contains("Tués : 300.")
          .contains("Tués : au moins 350.")
          .doesNotContain("Killed");
    }
    assertThat(dossierText("&lang=en", "fr")).contains("Killed: 300.");
    java.net.http.HttpResponse<byte[]> bad = dossier("&lang=de", null);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(new String(bad.body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"parameter\":\"lang\"");
  }

  private String dossierText(String query, String acceptLanguage) throws Exception {
    java.net.http.HttpResponse<byte[]> r = dossier(query, acceptLanguage);
    assertThat(r.statusCode()).isEqualTo(200);
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(r.body())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
  }

  private java.net.http.HttpResponse<byte[]> dossier(String query, String acceptLanguage)
      throws Exception {
    java.net.http.HttpRequest.Builder b =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(api.base() + "/api/dossier.pdf?id=" + moura + query))
            .header(TestUser.HEADER, "reader");
    if (acceptLanguage != null) {
      b.header("Accept-Language", acceptLanguage);
    }
    return java.net.http.HttpClient.newHttpClient()
        .send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
  }
}

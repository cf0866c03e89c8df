package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.model.SubEventType;
import org.harmwatch.export.AcledCsvWriter;
import org.harmwatch.export.FlatCsvWriter;
import org.harmwatch.export.UcdpCsvWriter;
import org.harmwatch.link.Linking;
import org.harmwatch.store.JdbcCorroboration;
import org.harmwatch.store.JdbcReviewStore;
import org.harmwatch.testkit.CsvParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The export routes over HTTP, on a real H2 store with corroboration and review. */
class ExportApiIT {
  @RegisterExtension final SahelServer sahel = new SahelServer();

  private ApiClient api;
  private JdbcCorroboration corroboration;

  @BeforeEach
  void start() {
    corroboration = new JdbcCorroboration(sahel.database(), new Linking());
    corroboration.relink("system");
    api =
        sahel.start(
            new ExportApi(
                sahel.store(),
                corroboration,
                new JdbcReviewStore(sahel.database()),
                Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC)));
  }

  private HttpResponse<String> get(String path) {
    return api.send("GET", path, "viewer1", null);
  }

  private static List<List<String>> csv(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    return CsvParser.parse(r.body());
  }

  @Test
  void acledCsvOfTheFilteredIncidentsAsAnAttachment() {
    HttpResponse<String> r = get("/api/incidents.csv?format=acled&country=ML");
    List<List<String>> rows = csv(r);
    assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
        .isEqualTo("attachment; filename=\"harmwatch-incidents-2026-12-07-acled.csv\"");
    assertThat(rows.get(0)).containsExactlyElementsOf(AcledCsvWriter.COLUMNS);
    int country = rows.get(0).indexOf("country");
    assertThat(rows.subList(1, rows.size()))
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row.get(country)).isEqualTo("Mali"));
    assertThat((long) rows.size() - 1)
        .isEqualTo(ApiClient.json(get("/api/incidents?country=ML"), 200).get("total").asLong());
  }

  @Test
  void ucdpAndOurCsvWithAByteOrderMarkWhenAsked() {
    assertThat(csv(get("/api/incidents.csv?format=ucdp")).get(0))
        .containsExactlyElementsOf(UcdpCsvWriter.COLUMNS);
    HttpResponse<String> flat = get("/api/incidents.csv?bom=true");
    assertThat(flat.body()).startsWith("\uFEFFid,");
    assertThat(CsvParser.parse(flat.body().substring(1)).get(0))
        .containsExactlyElementsOf(FlatCsvWriter.COLUMNS);
    assertThat(get("/api/incidents.csv").body()).startsWith("id,");
  }

  @Test
  void geoJsonWithPerpetratorsReconciledFiguresAndReview() {
    HttpResponse<String> r = get("/api/incidents.geojson?country=ML");
    assertThat(r.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/geo+json");
    JsonNode fc = ApiClient.json(r, 200);
    assertThat(fc.get("features")).isNotEmpty();
    JsonNode p = fc.get("features").get(0).get("properties");
    assertThat(p.has("perpetrators")).isTrue();
    assertThat(p.get("killed").has("low")).isTrue();
    assertThat(p.get("killed").has("best")).isTrue();
    assertThat(p.get("status").asText()).isEqualTo("new");
    assertThat(p.has("grade")).isTrue();
    assertThat(fc.get("total").asLong())
        .isEqualTo(fc.get("features").size() + fc.get("skipped").asLong());
  }

  @Test
  void badParametersAre400WithoutAnAttachment() {
    HttpResponse<String> format = get("/api/incidents.csv?format=xlsx");
    assertThat(format.statusCode()).isEqualTo(400);
    assertThat(format.body()).contains("format").contains("xlsx");
    assertThat(format.headers().firstValue("Content-Disposition")).isEmpty();
    HttpResponse<String> date = get("/api/incidents.geojson?from=yesterday");
    assertThat(date.statusCode()).isEqualTo(400);
    assertThat(date.body()).contains("from");
    HttpResponse<String> bom = get("/api/incidents.csv?bom=maybe");
    assertThat(bom.statusCode()).isEqualTo(400);
  }

  @Test
  void anyNumberOfIncidentsStreamsPageByPage() {
    // 1,203 more incidents: three pages of the export's 500.
    List<Incident> batch = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < 1203; k++) {
      String sentence = "Gunmen killed " + (k + 1) + " civilians in Djibo, \"=cmd\" said.\n";
      batch.add(
          new Incident(
              null,
              null,
              EventType.VIOLENCE_AGAINST_CIVILIANS,
              SubEventType.ATTACK,
              IncidentDate.day(LocalDate.of(2023, 1, 1).plusDays(k % 300), null),
              new Location(
                  "Djibo",
                  "BF",
                  "Sahel",
                  "Soum",
                  14.1,
                  -1.63,
                  LocationPrecision.PLACE,
                  null,
                  "Djibo"),
              List.of(new Actor("JNIM", ActorType.REBEL_GROUP, "JNIM")),
              List.of(Actor.civilians("civilians")),
              new org.harmwatch.core.model.Casualties(
                  Count.exactly(k + 1, null), null, null, null, null, null),
              List.of(),
              List.of(),
              List.of(
                  new Evidence(
                      text.length(), text.length() + sentence.length(), sentence, List.of())),
              0.5,
              null));
      text.append(sentence);
    }
    sahel
        .store()
        .save(Document.ofText("bulk", "Bulk", LocalDate.of(2024, 1, 1), text.toString()), batch);
    HttpResponse<String> r = get("/api/incidents.csv?country=BF");
    List<List<String>> rows = csv(r);
    long total = ApiClient.json(get("/api/incidents?country=BF"), 200).get("total").asLong();
    assertThat(total).isGreaterThan(1203);
    assertThat(rows).hasSize((int) total + 1);
    assertThat(r.headers().firstValue("X-Total-Count").orElseThrow())
        .isEqualTo(String.valueOf(total));
    int id = rows.get(0).indexOf("id");
    assertThat(rows.subList(1, rows.size()).stream().map(row -> row.get(id)).distinct().count())
        .isEqualTo(total);
    int evidence = rows.get(0).indexOf("evidence");
    assertThat(rows.subList(1, rows.size()))
        .anySatisfy(row -> assertThat(row.get(evidence)).contains("\"=cmd\" said.\n"));
    // limit still cuts the export.
    assertThat(csv(get("/api/incidents.csv?country=BF&limit=10"))).hasSize(11);
  }

  @Test
  void openapiDocumentsTheExportRoutesWhichReplaceTheCoreGeoJson() throws IOException {
    String yaml;
    try (InputStream in = WebServer.class.getResourceAsStream("/openapi.yaml")) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> routes = sahel.server().apiRoutes();
    assertThat(routes).containsOnlyOnce("GET /api/incidents.geojson");
    assertThat(routes).contains("GET /api/incidents.csv");
    assertThat(WebServerIT.documentedRoutes(yaml)).containsAll(routes);
  }
}

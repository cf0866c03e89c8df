package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.export.ExportFormat;
import org.harmwatch.export.IncidentExport;
import org.harmwatch.link.Linking;
import org.harmwatch.reference.CheckReport;
import org.harmwatch.reference.CrossCheckService;
import org.harmwatch.reference.ReferenceImporter;
import org.harmwatch.store.JdbcCorroboration;
import org.harmwatch.store.JdbcReferenceStore;
import org.harmwatch.store.JdbcReviewStore;
import org.harmwatch.testkit.CsvParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reference routes end to end: our own ACLED export uploaded as a dataset, re-uploaded, a bad
 * row, the cross-check (each incident matches the event exported from it), the report and the
 * incident's line.
 */
class ReferenceApiIT {
  @RegisterExtension final SahelServer sahel = new SahelServer();

  private ApiClient api;
  private String acled;
  private long incidents;

  @BeforeEach
  void start() throws IOException {
    JdbcCorroboration corroboration = new JdbcCorroboration(sahel.database(), new Linking());
    corroboration.relink("system");
    JdbcReviewStore review = new JdbcReviewStore(sahel.database());
    JdbcReferenceStore reference = new JdbcReferenceStore(sahel.database());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IncidentQuery all =
        new IncidentQuery(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            IncidentQuery.MAX_LIMIT,
            0);
    incidents =
        new IncidentExport(sahel.store(), corroboration, review)
            .run(all, 0, Long.MAX_VALUE, ExportFormat.ACLED_CSV.open(out, true))
            .written();
    acled = out.toString(StandardCharsets.UTF_8);
    api =
        sahel.start(
            new ReferenceApi(
                new ReferenceImporter(reference),
                new CrossCheckService(sahel.store(), corroboration, review, reference),
                reference));
  }

  private HttpResponse<String> upload(String csv, String role, String query) {
    HttpRequest r =
        api.request("POST", "/api/reference/datasets?format=acled" + query, null)
            .POST(HttpRequest.BodyPublishers.ofString(csv))
            .header("Content-Type", "text/csv")
            .header(TestUser.HEADER, role + "1")
            .header(TestUser.ROLE_HEADER, role)
            .build();
    return api.send(r);
  }

  private HttpResponse<String> as(String role, String method, String path) {
    return api.send(
        api.request(method, path, null)
            .header(TestUser.HEADER, role + "1")
            .header(TestUser.ROLE_HEADER, role)
            .build());
  }

  @Test
  void ourExportUploadedMatchesEveryIncidentOfOurs() {
    assertThat(incidents).isGreaterThan(1);
    JsonNode first = ApiClient.json(upload(acled, "admin", "&dataset=Mine&file=x.csv"), 201);
    assertThat(first.get("added").asLong()).isEqualTo(incidents);
    assertThat(first.get("errors")).isEmpty();
    assertThat(first.get("version").get("version").asInt()).isEqualTo(1);
    JsonNode again = ApiClient.json(upload(acled, "admin", "&dataset=Mine"), 200);
    assertThat(again.get("unchanged").asBoolean()).isTrue();

    JsonNode check =
        ApiClient.json(as("analyst", "POST", "/api/reference/cross-check?dataset=Mine"), 200);
    assertThat(check.get("events").asLong()).isEqualTo(incidents);
    assertThat(check.get("matches").asLong()).isEqualTo(check.get("incidents").asLong());

    JsonNode report =
        ApiClient.json(as("viewer", "GET", "/api/reference/report?dataset=Mine"), 200);
    assertThat(report.get("ours_missing_total").asLong()).isZero();
    assertThat(report.get("theirs_missing_total").asLong())
        .isEqualTo(incidents - check.get("incidents").asLong());
    List<List<String>> csv =
        CsvParser.parse(as("viewer", "GET", "/api/reference/report.csv?dataset=Mine").body());
    assertThat(csv.get(0)).containsExactlyElementsOf(CheckReport.SUMMARY_COLUMNS);

    String id = CsvParser.parse(acled.substring(1)).get(1).get(0);
    JsonNode mine = ApiClient.json(as("viewer", "GET", "/api/reference/incidents/" + id), 200);
    JsonNode line = mine.get("datasets").get(0);
    assertThat(line.get("dataset").asText()).isEqualTo("Mine");
    assertThat(line.get("event_id").asText()).isEqualTo(id);
    assertThat(line.get("reasons").asText()).contains("same day");

    JsonNode events =
        ApiClient.json(as("viewer", "GET", "/api/reference/events?dataset=Mine&limit=1"), 200);
    assertThat(events.get("total").asLong()).isEqualTo(incidents);
    assertThat(events.get("items")).hasSize(1);
  }

  @Test
  void aBadRowIsListedAndTheOthersImported() {
    String[] lines = acled.split("\r\n");
    String bad = lines[1].replaceFirst(",\\d{4}-\\d\\d-\\d\\d,", ",yesterday,");
    String text =
        lines[0]
            + "\r\n"
            + bad
            + "\r\n"
            + String.join("\r\n", List.of(lines).subList(2, lines.length))
            + "\r\n";
    JsonNode r = ApiClient.json(upload(text, "admin", ""), 201);
    assertThat(r.get("added").asLong()).isEqualTo(incidents - 1);
    JsonNode e = r.get("errors").get(0);
    assertThat(e.get("line").asLong()).isEqualTo(2);
    assertThat(e.get("column").asText()).isEqualTo("event_date");
    assertThat(e.get("message").asText()).startsWith("'yesterday' is not a date");
  }

  @Test
  void refusals() {
    assertThat(upload(acled, "analyst", "").statusCode()).isEqualTo(403);
    assertThat(upload("a,b\r\n1,2\r\n", "admin", "").statusCode()).isEqualTo(400);
    HttpResponse<String> wrongType =
        api.send(
            api.request("POST", "/api/reference/datasets?format=acled", "{}")
                .header(TestUser.HEADER, "admin1")
                .build());
    assertThat(wrongType.statusCode()).isEqualTo(415);
    assertThat(as("analyst", "POST", "/api/reference/cross-check?dataset=None").statusCode())
        .isEqualTo(404);
    assertThat(as("viewer", "GET", "/api/reference/report?dataset=None").statusCode())
        .isEqualTo(404);
  }
}

package org.harmwatch.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.apache.spark.api.java.Optional;
import org.harmwatch.core.json.ExchangeJson;
import org.junit.jupiter.api.Test;

class SourceRowTest {
  private static IncidentRow report(String id, String doc) {
    return new IncidentRow(
        id, doc, "2024-03-11", "{\"id\":\"" + id + "\",\"event_type\":\"battles\"}");
  }

  @Test
  void aReportWithoutClusterIsItsOwnIncident() {
    SourceRow r = SourceRow.of(report("d1#0", "d1"), Optional.empty(), Optional.empty());

    assertThat(r.incidentId()).isEqualTo("d1#0");
    assertThat(r.score()).isEqualTo(1.0);
    assertThat(r.reason()).isEqualTo("the incident's own report");
  }

  @Test
  void aLinkedReportCarriesItsClusterAndTheBestLinksScoreAndReason() {
    LinkRow best = new LinkRow("d1#0", "d2#0", 0.8, "same day");

    SourceRow r = SourceRow.of(report("d2#0", "d2"), Optional.of("d1#0"), Optional.of(best));

    assertThat(r.incidentId()).isEqualTo("d1#0");
    assertThat(r.score()).isEqualTo(0.8);
    assertThat(r.reason()).isEqualTo("same day");
  }

  @Test
  void theClusterIncidentShowsItsSmallestReportWithEveryReportAsASource() {
    LinkRow best = new LinkRow("d1#0", "d2#0", 0.8, "same day");
    SourceRow second = SourceRow.of(report("d2#0", "d2"), Optional.of("d1#0"), Optional.of(best));
    SourceRow first = SourceRow.of(report("d1#0", "d1"), Optional.of("d1#0"), Optional.empty());

    JsonNode n = ExchangeJson.parse(SourceRow.incidentJson("d1#0", List.of(second, first)));

    assertThat(n.path("id").asText()).isEqualTo("d1#0");
    assertThat(n.path("reports").asInt()).isEqualTo(2);
    assertThat(n.path("sources").findValuesAsText("source_id")).containsExactly("d1#0", "d2#0");
    assertThat(n.path("sources").get(1).path("reason").asText()).isEqualTo("same day");
  }
}

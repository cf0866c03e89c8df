package org.harmwatch.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.json.ExchangeJson;
import org.junit.jupiter.api.Test;

class GeoJsonWriterTest {
  @Test
  void pointsWithPerpetratorsReconciledFiguresGradeAndStatus() throws Exception {
    JsonNode fc =
        ExchangeJson.mapper()
            .readTree(
                Outputs.text(
                    ExportFormat.GEOJSON,
                    List.of(
                        new ExportRecord(
                            Fixtures.djibo(), Fixtures.djiboSources(), Fixtures.verifiedFair()),
                        new ExportRecord(
                            Fixtures.clash("c", LocalDate.of(2023, 1, 1)), null, null))));
    assertThat(fc.path("type").asText()).isEqualTo("FeatureCollection");
    assertThat(fc.path("total").asLong()).isEqualTo(2);
    assertThat(fc.path("skipped").asLong()).isEqualTo(1);
    assertThat(fc.path("features")).hasSize(1);
    JsonNode f = fc.path("features").get(0);
    assertThat(f.path("geometry").path("coordinates").toString()).isEqualTo("[-1.63,14.1]");
    JsonNode p = f.path("properties");
    assertThat(p.path("perpetrators").get(0).path("name").asText()).startsWith("JNIM");
    assertThat(p.path("perpetrators").get(0).path("type").asText()).isEqualTo("rebel_group");
    assertThat(p.path("killed").toString()).isEqualTo("{\"low\":12,\"best\":12,\"high\":15}");
    assertThat(p.path("injured").toString()).isEqualTo("{\"low\":3,\"best\":3,\"high\":3}");
    assertThat(p.path("detained").toString())
        .isEqualTo("{\"low\":null,\"best\":null,\"high\":null}");
    assertThat(p.path("grade").asText()).isEqualTo("fair");
    assertThat(p.path("status").asText()).isEqualTo("verified");
    assertThat(p.path("independent_sources").asInt()).isEqualTo(2);
  }
}

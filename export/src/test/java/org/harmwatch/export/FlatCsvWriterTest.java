package org.harmwatch.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.harmwatch.testkit.CsvParser;
import org.junit.jupiter.api.Test;

class FlatCsvWriterTest {
  @Test
  void oneRowPerIncidentWithReconciledFiguresReviewAndEvidence() {
    List<List<String>> rows =
        CsvParser.parse(
            Outputs.text(
                ExportFormat.CSV,
                List.of(
                    new ExportRecord(
                        Fixtures.djibo(), Fixtures.djiboSources(), Fixtures.verifiedFair()),
                    new ExportRecord(
                        Fixtures.clash("inc-c", LocalDate.of(2023, 6, 1)), null, null))));
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).containsExactlyElementsOf(FlatCsvWriter.COLUMNS);
    Map<String, String> djibo = map(rows.get(0), rows.get(1));
    assertThat(djibo)
        .containsEntry("id", "inc-djibo")
        .containsEntry("date_start", "2024-03-12")
        .containsEntry("country", "Burkina Faso")
        .containsEntry("longitude", "-1.63")
        .containsEntry("killed_low", "12")
        .containsEntry("killed_best", "12")
        .containsEntry("killed_high", "15")
        .containsEntry("injured_best", "3")
        .containsEntry("detained_best", "")
        .containsEntry("children_killed", "2")
        .containsEntry("status", "verified")
        .containsEntry("grade", "fair")
        .containsEntry("sources", "2")
        .containsEntry("independent_sources", "2")
        .containsEntry("first_reported", "2024-03-14")
        .containsEntry("reported_by", "Human Rights Watch; local sources");
    // Quotes and a line break inside the evidence survive the round trip.
    assertThat(djibo.get("evidence"))
        .isEqualTo(
            "On Tuesday, JNIM fighters killed at least 12 civilians in Djibo. | Three were wounded,"
                + " \"witnesses\" said,\nand fled.");
    Map<String, String> clash = map(rows.get(0), rows.get(2));
    assertThat(clash)
        .containsEntry("status", "new")
        .containsEntry("grade", "")
        .containsEntry("sources", "1")
        .containsEntry("killed_low", "")
        // A title that a spreadsheet would run as a formula is written as text.
        .containsEntry("document_title", "'=HYPERLINK(\"http://evil\")");
  }

  @Test
  void aByteOrderMarkOnlyWhenAsked() {
    byte[] with = Outputs.bytes(ExportFormat.CSV, true, List.of());
    byte[] without = Outputs.bytes(ExportFormat.CSV, false, List.of());
    assertThat(Arrays.copyOf(with, 3)).isEqualTo(ExportFormat.BOM);
    assertThat(without[0]).isEqualTo((byte) 'i');
    assertThat(new String(with, 3, with.length - 3, StandardCharsets.UTF_8))
        .isEqualTo(new String(without, StandardCharsets.UTF_8));
    // GeoJSON never gets one: JSON forbids it.
    assertThat(Outputs.bytes(ExportFormat.GEOJSON, true, List.of())[0]).isEqualTo((byte) '{');
  }

  private static Map<String, String> map(List<String> header, List<String> row) {
    assertThat(row).hasSameSizeAs(header);
    Map<String, String> m = new HashMap<>();
    for (int k = 0; k < header.size(); k++) {
      m.put(header.get(k), row.get(k));
    }
    return m;
  }
}

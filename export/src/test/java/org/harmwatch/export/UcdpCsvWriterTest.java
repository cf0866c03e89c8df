package org.harmwatch.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.harmwatch.core.corroboration.FigureEstimate;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Incident;
import org.harmwatch.testkit.CsvParser;
import org.junit.jupiter.api.Test;

class UcdpCsvWriterTest {
  @Test
  void headerIsTheGedCodebooksColumnsInOrder() {
    assertThat(UcdpCsvWriter.COLUMNS)
        .containsExactlyElementsOf(Outputs.fixtureLines("ucdp-ged-codebook-columns.txt"));
  }

  @Test
  void oneSidedViolenceWithReconciledDeaths() {
    Map<String, String> row =
        row(new ExportRecord(Fixtures.djibo(), Fixtures.djiboSources(), Fixtures.verifiedFair()));
    assertThat(row)
        .containsEntry("id", "inc-djibo")
        .containsEntry("relid", "")
        .containsEntry("year", "2024")
        .containsEntry("type_of_violence", "3")
        .containsEntry("side_a", "JNIM: Group for Support of Islam and Muslims")
        .containsEntry("side_b", "Civilians")
        .containsEntry("dyad_name", "JNIM: Group for Support of Islam and Muslims - Civilians")
        .containsEntry("conflict_name", "JNIM: Group for Support of Islam and Muslims - Civilians")
        .containsEntry("number_of_sources", "2")
        .containsEntry("source_date", "2024-03-14")
        .containsEntry("source_headline", "Gunmen kill civilians in Djibo")
        .containsEntry("where_prec", "1")
        .containsEntry("where_coordinates", "Djibo")
        .containsEntry("where_description", "in Djibo")
        .containsEntry("adm_1", "Sahel")
        .containsEntry("adm_2", "Soum")
        .containsEntry("geom_wkt", "POINT (-1.63 14.1)")
        .containsEntry("priogrid_gid", String.valueOf(PrioGrid.gid(14.1, -1.63)))
        .containsEntry("country", "Burkina Faso")
        .containsEntry("country_id", "439")
        .containsEntry("region", "Africa")
        .containsEntry("event_clarity", "1")
        .containsEntry("date_prec", "1")
        .containsEntry("date_start", "2024-03-12")
        .containsEntry("date_end", "2024-03-12")
        // Reconciled: low 12 (at least 12, and 15), best 12 (lower median of 12 and 15), high 15.
        .containsEntry("deaths_a", "0")
        .containsEntry("deaths_b", "0")
        .containsEntry("deaths_civilians", "12")
        .containsEntry("deaths_unknown", "0")
        .containsEntry("best", "12")
        .containsEntry("high", "15")
        .containsEntry("low", "12")
        // Neither side is a government.
        .containsEntry("gwnoa", "")
        .containsEntry("gwnob", "");
  }

  @Test
  void deathsBySideComeFromTheCiviliansTheSourceCounts() {
    Incident clash = Fixtures.clash("c", LocalDate.of(2023, 6, 1));
    Incident tenDeadThreeCivilians =
        withCasualties(
            clash,
            new Casualties(Count.exactly(10, "ten"), null, null, null, null, null)
                .withCiviliansKilled(Count.atLeast(3, "three civilians")));
    assertThat(row(new ExportRecord(tenDeadThreeCivilians, null, null)))
        .containsEntry("type_of_violence", "1")
        .containsEntry("deaths_a", "0")
        .containsEntry("deaths_b", "0")
        .containsEntry("deaths_civilians", "3")
        .containsEntry("deaths_unknown", "7")
        .containsEntry("best", "10");
    // A battle whose dead are not told apart: none counted as civilians.
    Incident tenDead =
        withCasualties(
            clash, new Casualties(Count.exactly(10, "ten"), null, null, null, null, null));
    assertThat(row(new ExportRecord(tenDead, null, null)))
        .containsEntry("deaths_civilians", "0")
        .containsEntry("deaths_unknown", "10");
    // One-sided violence: every death is a civilian's unless the source counts fewer.
    assertThat(UcdpCsvWriter.civilianDeaths(12, 3, null)).isEqualTo(12);
    assertThat(UcdpCsvWriter.civilianDeaths(12, 3, Count.atLeast(5, "five civilians")))
        .isEqualTo(5);
    // "Up to 4 civilians" gives no lower figure; more civilians than deaths is capped at best.
    assertThat(UcdpCsvWriter.civilianDeaths(12, 1, new Count(null, 4, "up to four"))).isZero();
    assertThat(UcdpCsvWriter.civilianDeaths(6, 1, Count.exactly(9, "nine"))).isEqualTo(6);
  }

  @Test
  void aGovernmentSideCarriesItsGleditschWardNumber() {
    Incident clash = Fixtures.clash("c", LocalDate.of(2023, 6, 1));
    Incident deadly =
        withCasualties(
            clash, new Casualties(Count.exactly(4, "four"), null, null, null, null, null));
    assertThat(row(new ExportRecord(deadly, null, null)))
        .containsEntry("side_a", "Government of Mali")
        .containsEntry("gwnoa", "432")
        .containsEntry("side_b", "Unidentified Armed Group (Mali)")
        .containsEntry("gwnob", "");
  }

  private static Incident withCasualties(Incident i, Casualties c) {
    return new Incident(
        i.id(),
        i.document(),
        i.eventType(),
        i.subEventType(),
        i.date(),
        i.location(),
        i.perpetrators(),
        i.targets(),
        c,
        i.weapons(),
        i.reportedBy(),
        i.evidence(),
        i.confidence(),
        i.provenance());
  }

  @Test
  void aClashWithTheStateIsStateBasedAndWithoutDeathsLeavesThemEmpty() {
    Map<String, String> row =
        row(new ExportRecord(Fixtures.clash("c", LocalDate.of(2023, 6, 1)), null, null));
    assertThat(row)
        .containsEntry("type_of_violence", "1")
        .containsEntry("side_a", "Government of Mali")
        .containsEntry("conflict_name", "")
        .containsEntry("where_prec", "4")
        .containsEntry("geom_wkt", "")
        .containsEntry("priogrid_gid", "")
        .containsEntry("best", "")
        .containsEntry("deaths_unknown", "");
  }

  @Test
  void onlyDatedPlacedEventsWithADeathAreGedRows() {
    UcdpCsvWriter w = new UcdpCsvWriter(new java.io.StringWriter());
    assertThat(w.refusal(new ExportRecord(Fixtures.djibo(), Fixtures.djiboSources(), null)))
        .isNull();
    assertThat(
            w.refusal(new ExportRecord(Fixtures.clash("c", LocalDate.of(2023, 6, 1)), null, null)))
        .startsWith("no death figure");
    Incident undated = AcledCsvWriterTest.with(Fixtures.djibo(), null, Fixtures.djibo().location());
    assertThat(w.refusal(new ExportRecord(undated, null, null))).isEqualTo("no date");
  }

  @Test
  void lowBestHighAreOrderedAsTheCodebookRequires() {
    // Reconciled figures are ordered already; an incident's own "up to 9" has no low.
    assertThat(UcdpCsvWriter.deaths(new FigureEstimate(5, 5, 10)))
        .isEqualTo(new FigureEstimate(5, 5, 10));
    assertThat(UcdpCsvWriter.deaths(new FigureEstimate(null, 7, 9)))
        .isEqualTo(new FigureEstimate(7, 7, 9));
    assertThat(UcdpCsvWriter.deaths(FigureEstimate.UNKNOWN)).isEqualTo(FigureEstimate.UNKNOWN);
  }

  static Map<String, String> row(ExportRecord r) {
    List<List<String>> rows = CsvParser.parse(Outputs.text(ExportFormat.UCDP_CSV, List.of(r)));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1)).hasSameSizeAs(rows.get(0));
    Map<String, String> m = new HashMap<>();
    for (int k = 0; k < rows.get(0).size(); k++) {
      m.put(rows.get(0).get(k), rows.get(1).get(k));
    }
    return m;
  }
}

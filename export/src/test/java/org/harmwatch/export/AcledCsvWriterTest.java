package org.harmwatch.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.testkit.CsvParser;
import org.junit.jupiter.api.Test;

class AcledCsvWriterTest {
  @Test
  void headerIsAcledsColumnsInAcledsOrder() {
    assertThat(AcledCsvWriter.COLUMNS)
        .containsExactlyElementsOf(Outputs.fixtureLines("acled-codebook-columns.txt"));
    List<List<String>> rows = CsvParser.parse(Outputs.text(ExportFormat.ACLED_CSV, List.of()));
    assertThat(rows).containsExactly(AcledCsvWriter.COLUMNS);
  }

  @Test
  void anAttackOnCiviliansInAcledsWordsAndCodes() {
    Map<String, String> row =
        row(new ExportRecord(Fixtures.djibo(), Fixtures.djiboSources(), Fixtures.verifiedFair()));
    assertThat(row)
        .containsEntry("event_id_cnty", "inc-djibo")
        .containsEntry("event_date", "2024-03-12")
        .containsEntry("year", "2024")
        .containsEntry("time_precision", "1")
        .containsEntry("disorder_type", "Political violence")
        .containsEntry("event_type", "Violence against civilians")
        .containsEntry("sub_event_type", "Attack")
        .containsEntry("actor1", "JNIM: Group for Support of Islam and Muslims")
        .containsEntry("assoc_actor_1", "")
        .containsEntry("inter1", "2")
        .containsEntry("actor2", "Civilians (Burkina Faso)")
        .containsEntry("inter2", "7")
        .containsEntry("interaction", "27")
        .containsEntry("civilian_targeting", "Civilian targeting")
        .containsEntry("iso", "854")
        .containsEntry("region", "Western Africa")
        .containsEntry("country", "Burkina Faso")
        .containsEntry("admin1", "Sahel")
        .containsEntry("admin2", "Soum")
        .containsEntry("admin3", "")
        .containsEntry("location", "Djibo")
        .containsEntry("latitude", "14.1")
        .containsEntry("longitude", "-1.63")
        .containsEntry("geo_precision", "1")
        .containsEntry("source", "Human Rights Watch; local sources")
        .containsEntry("source_scale", "")
        // The lowest figure the sources support: one says at least 12, the other 15, so 12.
        .containsEntry("fatalities", "12")
        .containsEntry("tags", "")
        .containsEntry("timestamp", "");
    assertThat(row.get("notes"))
        .isEqualTo(
            "On 12 March 2024, JNIM: Group for Support of Islam and Muslims attacked civilians in"
                + " Djibo (Soum, Sahel). At least 12 people were killed and 3 injured.");
  }

  @Test
  void aClashWithAnUnidentifiedGroupAndNoFatalities() {
    Incident clash = Fixtures.clash("inc-c", LocalDate.of(2023, 6, 1));
    Map<String, String> row = row(new ExportRecord(clash, null, null));
    assertThat(row)
        .containsEntry("event_type", "Battles")
        .containsEntry("sub_event_type", "Armed clash")
        .containsEntry("inter1", "1")
        .containsEntry("inter2", "3")
        .containsEntry("interaction", "13")
        .containsEntry("civilian_targeting", "")
        .containsEntry("iso", "466")
        .containsEntry("latitude", "")
        .containsEntry("geo_precision", "3")
        .containsEntry("fatalities", "0");
    assertThat(row.get("notes"))
        .isEqualTo(
            "On 1 June 2023, Military Forces of Mali clashed with Unidentified Armed Group (Mali) in"
                + " Mopti.");
  }

  @Test
  void timePrecisionFollowsTheDateRange() {
    Incident i = Fixtures.djibo();
    assertThat(
            AcledCsvWriter.timePrecision(
                withDate(
                    i, LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 17), DatePrecision.WEEK)))
        .isEqualTo(2);
    assertThat(
            AcledCsvWriter.timePrecision(
                withDate(
                    i, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), DatePrecision.MONTH)))
        .isEqualTo(3);
    assertThat(
            AcledCsvWriter.timePrecision(
                withDate(i, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 3), DatePrecision.DAY)))
        .isEqualTo(2);
    assertThat(
            AcledCsvWriter.timePrecision(
                withDate(
                    i, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), DatePrecision.YEAR)))
        .isEqualTo(3);
  }

  @Test
  void notesForAWeekWithoutANamedPerpetrator() {
    Incident i = Fixtures.djibo();
    Incident anonymous =
        new Incident(
            i.id(),
            i.document(),
            i.eventType(),
            i.subEventType(),
            new IncidentDate(
                LocalDate.of(2024, 3, 11),
                LocalDate.of(2024, 3, 17),
                DatePrecision.WEEK,
                "last week"),
            i.location(),
            List.of(),
            i.targets(),
            i.casualties(),
            i.weapons(),
            i.reportedBy(),
            i.evidence(),
            i.confidence(),
            i.provenance());
    assertThat(AcledNotes.of(new ExportRecord(anonymous, null, null), "Burkina Faso"))
        .isEqualTo(
            "Around 11 March 2024 (week of), civilians were attacked in Djibo (Soum, Sahel). At least"
                + " 12 people were killed and 3 injured.");
  }

  @Test
  void anIncidentWithoutDateOrCountryIsRefusedAndSaysWhich() {
    Incident i = Fixtures.djibo();
    AcledCsvWriter w = new AcledCsvWriter(new java.io.StringWriter());
    assertThat(w.refusal(new ExportRecord(i, null, null))).isNull();
    assertThat(w.refusal(new ExportRecord(with(i, null, i.location()), null, null)))
        .isEqualTo("no date");
    assertThat(w.refusal(new ExportRecord(with(i, i.date(), null), null, null)))
        .isEqualTo("no country");
  }

  private static Incident withDate(Incident i, LocalDate start, LocalDate end, DatePrecision p) {
    return with(i, new IncidentDate(start, end, p, null), i.location());
  }

  /** {@code i} with another date and location (either may be null). */
  static Incident with(Incident i, IncidentDate date, org.harmwatch.core.model.Location where) {
    return new Incident(
        i.id(),
        i.document(),
        i.eventType(),
        i.subEventType(),
        date,
        where,
        i.perpetrators(),
        i.targets(),
        i.casualties(),
        i.weapons(),
        i.reportedBy(),
        i.evidence(),
        i.confidence(),
        i.provenance());
  }

  static Map<String, String> row(ExportRecord r) {
    List<List<String>> rows = CsvParser.parse(Outputs.text(ExportFormat.ACLED_CSV, List.of(r)));
    assertThat(rows).hasSize(2);
    Map<String, String> m = new HashMap<>();
    for (int k = 0; k < rows.get(0).size(); k++) {
      m.put(rows.get(0).get(k), rows.get(1).get(k));
    }
    assertThat(rows.get(1)).hasSameSizeAs(rows.get(0));
    return m;
  }
}

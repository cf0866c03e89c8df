package org.harmwatch.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.SubEventType;
import org.harmwatch.core.reference.ImportResult;
import org.harmwatch.core.reference.ReferenceEvent;
import org.harmwatch.export.ExportFormat;
import org.harmwatch.export.ExportRecord;
import org.harmwatch.export.IncidentWriter;
import org.harmwatch.store.Database;
import org.harmwatch.store.DatabaseSettings;
import org.harmwatch.store.JdbcReferenceStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Our ACLED and UCDP exports read back by the importer give the same fields. */
class RoundTripTest {
  private Database db;
  private JdbcReferenceStore store;

  @BeforeEach
  void open() {
    db =
        Database.open(
            DatabaseSettings.h2Memory("rt" + UUID.randomUUID().toString().replace("-", "")));
    store = new JdbcReferenceStore(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private ImportResult roundTrip(
      ExportFormat export, ReferenceFormat format, boolean bom, List<Incident> incidents)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IncidentWriter w = export.open(out, bom);
    w.begin(incidents.size());
    for (Incident i : incidents) {
      w.write(new ExportRecord(i, null, null));
    }
    w.end();
    return new ReferenceImporter(store)
        .run(Source.of(out.toByteArray(), "export.csv"), format, "ours", null, "t");
  }

  @Test
  void acledCsvExportImportsWithTheSameFields() throws IOException {
    Incident djibo = Incidents.djibo();
    Incident clash = Incidents.clash("inc-clash", LocalDate.of(2024, 4, 2));
    ImportResult r =
        roundTrip(ExportFormat.ACLED_CSV, ReferenceFormat.ACLED, true, List.of(djibo, clash));
    assertThat(r.errors()).isEmpty();
    assertThat(r.added()).isEqualTo(2);
    ReferenceEvent e = store.event("ours", "inc-djibo").orElseThrow();
    assertThat(e.dateStart()).isEqualTo(djibo.date().start());
    assertThat(e.datePrecision()).isEqualTo(1);
    assertThat(e.eventType()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
    assertThat(e.subEventType()).isEqualTo(SubEventType.ATTACK);
    assertThat(e.actor1()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
    assertThat(e.assocActor1()).isEqualTo("Ansaroul Islam");
    assertThat(e.actor2()).isEqualTo("Civilians (Burkina Faso)");
    assertThat(e.countryCode()).isEqualTo("BF");
    assertThat(e.admin1()).isEqualTo("Sahel");
    assertThat(e.admin2()).isEqualTo("Soum");
    assertThat(e.location()).isEqualTo("Djibo");
    assertThat(e.lat()).isEqualTo(14.1);
    assertThat(e.lon()).isEqualTo(-1.63);
    assertThat(e.geoPrecision()).isEqualTo(1);
    assertThat(e.fatalities()).isEqualTo(12);
    assertThat(e.source()).isEqualTo("Human Rights Watch; local sources");
    assertThat(e.notes()).contains("Djibo").isNotBlank();
    ReferenceEvent c = store.event("ours", "inc-clash").orElseThrow();
    assertThat(c.subEventType()).isEqualTo(SubEventType.ARMED_CLASH);
    assertThat(c.countryCode()).isEqualTo("ML");
    assertThat(c.admin1()).isEqualTo("Mopti");
    assertThat(c.hasCoordinates()).isFalse();
    assertThat(c.geoPrecision()).isEqualTo(3);
    assertThat(c.fatalities()).isZero();
    assertThat(c.actor2()).isEqualTo("Unidentified Armed Group (Mali)");
  }

  @Test
  void ucdpCsvExportImportsWithTheSameFields() throws IOException {
    Incident djibo = Incidents.djibo();
    ImportResult r = roundTrip(ExportFormat.UCDP_CSV, ReferenceFormat.UCDP, false, List.of(djibo));
    assertThat(r.errors()).isEmpty();
    ReferenceEvent e = store.event("ours", "inc-djibo").orElseThrow();
    assertThat(e.dateStart()).isEqualTo(djibo.date().start());
    assertThat(e.dateEnd()).isEqualTo(djibo.date().end());
    assertThat(e.eventType()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
    assertThat(e.countryCode()).isEqualTo("BF");
    assertThat(e.actor1()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
    assertThat(e.actor2()).isEqualTo("Civilians");
    assertThat(e.admin1()).isEqualTo("Sahel");
    assertThat(e.admin2()).isEqualTo("Soum");
    assertThat(e.lat()).isEqualTo(14.1);
    assertThat(e.fatalities()).isEqualTo(12);
    assertThat(e.low()).isEqualTo(12);
    assertThat(e.high()).isEqualTo(12);
  }

  @Test
  void exportingAndImportingTwiceChangesNothing() throws IOException {
    List<Incident> both =
        List.of(Incidents.djibo(), Incidents.clash("inc-c", LocalDate.of(2024, 4, 2)));
    roundTrip(ExportFormat.ACLED_CSV, ReferenceFormat.ACLED, false, both);
    ImportResult again = roundTrip(ExportFormat.ACLED_CSV, ReferenceFormat.ACLED, false, both);
    assertThat(again.unchanged()).isTrue();
    assertThat(store.versions("ours")).hasSize(1);
  }
}

package org.harmwatch.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.SubEventType;
import org.harmwatch.core.reference.ImportResult;
import org.harmwatch.core.reference.ReferenceEvent;
import org.harmwatch.core.reference.RowError;
import org.harmwatch.export.AcledCsvWriter;
import org.harmwatch.export.UcdpCsvWriter;
import org.harmwatch.store.Database;
import org.harmwatch.store.DatabaseSettings;
import org.harmwatch.store.JdbcReferenceStore;
import org.harmwatch.testkit.CsvParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Imports of the fixtures written from the ACLED and UCDP codebooks, and of broken files. */
class ReferenceImporterTest {
  private Database db;
  private JdbcReferenceStore store;
  private ReferenceImporter importer;

  @BeforeEach
  void open() {
    db =
        Database.open(
            DatabaseSettings.h2Memory("ref" + UUID.randomUUID().toString().replace("-", "")));
    store = new JdbcReferenceStore(db);
    importer = new ReferenceImporter(store);
  }

  @AfterEach
  void close() {
    db.close();
  }

  static byte[] fixture(String name) throws IOException {
    try (InputStream in = ReferenceImporterTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private ImportResult run(String text, ReferenceFormat f) throws IOException {
    return run(text.getBytes(StandardCharsets.UTF_8), f, null);
  }

  private ImportResult run(byte[] bytes, ReferenceFormat f, Charset cs) throws IOException {
    return importer.run(Source.of(bytes, "test.csv"), f, null, cs, "tester");
  }

  @Test
  void fixtureHeadersAreTheCodebooksColumnsInOrder() throws IOException {
    String acled = new String(fixture("acled-fixture.csv"), StandardCharsets.UTF_8);
    assertThat(CsvParser.parse(acled).get(0)).isEqualTo(AcledCsvWriter.COLUMNS);
    assertThat(ReferenceFormat.ACLED.columns()).hasSize(31);
    String ucdp = new String(fixture("ucdp-fixture.csv"), StandardCharsets.UTF_8);
    assertThat(CsvParser.parse(ucdp).get(0)).isEqualTo(UcdpCsvWriter.COLUMNS);
  }

  @Test
  void acledFixtureImportsWithItsCodesAndNotes() throws IOException {
    ImportResult r = run(fixture("acled-fixture.csv"), ReferenceFormat.ACLED, null);
    assertThat(r.errors()).isEmpty();
    assertThat(r.added()).isEqualTo(4);
    assertThat(r.version().version()).isEqualTo(1);
    assertThat(r.version().events()).isEqualTo(4);
    ReferenceEvent djibo = store.event("ACLED", "TST1001").orElseThrow();
    assertThat(djibo.dateStart()).isEqualTo(LocalDate.of(2024, 3, 12));
    assertThat(djibo.eventType()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
    assertThat(djibo.subEventType()).isEqualTo(SubEventType.ATTACK);
    assertThat(djibo.countryCode()).isEqualTo("BF");
    assertThat(djibo.admin2()).isEqualTo("Soum");
    assertThat(djibo.lat()).isEqualTo(14.1);
    assertThat(djibo.fatalities()).isEqualTo(12);
    assertThat(djibo.actor2()).isEqualTo("Civilians (Burkina Faso)");
    assertThat(djibo.notes()).startsWith("On 12 March 2024, JNIM militants");
    ReferenceEvent boni = store.event("ACLED", "TST1002").orElseThrow();
    assertThat(boni.notes()).contains("\"FAMa\"").contains("\nSeveral militants");
    assertThat(boni.line()).isEqualTo(3);
    assertThat(store.event("ACLED", "TST1003").orElseThrow().dateStart())
        .as("ACLED's long date form")
        .isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(store.event("ACLED", "TST1003").orElseThrow().countryCode()).isEqualTo("NE");
    assertThat(store.event("ACLED", "TST1004").orElseThrow().countryCode()).isEqualTo("NG");
  }

  @Test
  void ucdpFixtureImportsWithFiguresAndDates() throws IOException {
    ImportResult r = run(fixture("ucdp-fixture.csv"), ReferenceFormat.UCDP, null);
    assertThat(r.errors()).isEmpty();
    assertThat(r.dataset()).isEqualTo("UCDP");
    ReferenceEvent a = store.event("UCDP", "900001").orElseThrow();
    assertThat(a.eventType()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
    assertThat(a.dateStart()).isEqualTo(LocalDate.of(2024, 3, 12));
    assertThat(a.fatalities()).isEqualTo(12);
    assertThat(a.high()).isEqualTo(15);
    assertThat(a.countryCode()).isEqualTo("BF");
    ReferenceEvent b = store.event("UCDP", "900002").orElseThrow();
    assertThat(b.dateEnd()).isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(b.actor1()).isEqualTo("Government of Mali");
    assertThat(b.countryCode()).isEqualTo("ML");
  }

  @Test
  void reimportingTheSameFileChangesNothing() throws IOException {
    byte[] f = fixture("acled-fixture.csv");
    ImportResult first = run(f, ReferenceFormat.ACLED, null);
    ImportResult again = run(f, ReferenceFormat.ACLED, null);
    assertThat(again.unchanged()).isTrue();
    assertThat(again.added()).isZero();
    assertThat(again.version().version()).isEqualTo(first.version().version());
    assertThat(store.versions("ACLED")).hasSize(1);
    // The same rows in another file (a CRLF file saved with LF line ends) change nothing either.
    String lf = new String(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
    ImportResult resaved = run(lf, ReferenceFormat.ACLED);
    assertThat(resaved.unchanged()).isTrue();
    assertThat(resaved.same()).isEqualTo(4);
    assertThat(store.versions("ACLED")).hasSize(1);
  }

  @Test
  void aChangedRowMakesANewVersionAndKeepsTheOthers() throws IOException {
    String f = new String(fixture("acled-fixture.csv"), StandardCharsets.UTF_8);
    run(f, ReferenceFormat.ACLED);
    ImportResult r =
        run(f.replace("12 fatalities.\",12,", "14 fatalities.\",14,"), ReferenceFormat.ACLED);
    assertThat(r.changed()).isEqualTo(1);
    assertThat(r.same()).isEqualTo(3);
    assertThat(r.version().version()).isEqualTo(2);
    assertThat(r.version().events()).isEqualTo(4);
    assertThat(store.event("ACLED", "TST1001").orElseThrow().fatalities()).isEqualTo(14);
    assertThat(store.versions("ACLED")).extracting(v -> v.version()).containsExactly(1, 2);
  }

  @Test
  void badRowsGetLineColumnAndReasonAndTheRestImport() throws IOException {
    String header = String.join(",", AcledCsvWriter.COLUMNS);
    String good = new String(fixture("acled-fixture.csv"), StandardCharsets.UTF_8).split("\r\n")[1];
    String text =
        header
            + "\r\n"
            + good
            + "\r\n"
            + good.replace("TST1001,2024-03-12", "TST2,12/03/2024")
            + "\r\n"
            + good.replace("TST1001", "TST3").replace(",14.1,", ",94.1,")
            + "\r\n"
            + good.replace("TST1001", "TST4").replace("Violence against civilians", "Fights")
            + "\r\n"
            + good.replace("TST1001", "TST5").replace(",12,,1710460800", ",twelve,,1710460800")
            + "\r\n"
            + good.replace("TST1001", "TST6").replace("Attack", "Armed clash")
            + "\r\n"
            + "TST7,2024-03-12,2024\r\n"
            + good
            + "\r\n"
            + good.replace("TST1001", "TST8").replace(",854,", ",466,")
            + "\r\n";
    ImportResult r = run(text, ReferenceFormat.ACLED);
    assertThat(r.added()).isEqualTo(1);
    assertThat(r.rows()).isEqualTo(9);
    assertThat(r.errors())
        .extracting(RowError::toString)
        .containsExactly(
            "line 3, column event_date: '12/03/2024' is not a date (expected YYYY-MM-DD or a date"
                + " like '12 March 2024')",
            "line 4, column latitude: '94.1' is outside -90.0 to 90.0",
            "line 5, column event_type: 'Fights' is not one of ACLED's event types (Battles,"
                + " Explosions/Remote violence, Violence against civilians, Protests, Riots,"
                + " Strategic developments)",
            "line 6, column fatalities: 'twelve' is not a whole number",
            "line 7, column sub_event_type: 'Armed clash' is not a sub-event type of 'Violence"
                + " against civilians'",
            "line 8: 3 cells where the header has 31 (a missing or extra comma, or an unquoted"
                + " comma in a cell?)",
            "line 9, column event_id_cnty: 'TST1001' is also the id on line 2",
            "line 10, column iso: 466 is Mali, but country is 'Burkina Faso'");
  }

  @Test
  void aFileMissingRequiredColumnsIsRefusedNamingThem() {
    assertThatThrownBy(
            () ->
                run(
                    "event_id_cnty,event_date,country\r\nX,2024-01-01,Mali\r\n",
                    ReferenceFormat.ACLED))
        .isInstanceOf(ImportException.class)
        .hasMessage("the header lacks event_type, fatalities of ACLED's columns");
    assertThatThrownBy(() -> run("a;b;c\r\n1;2;3\r\n", ReferenceFormat.UCDP))
        .hasMessageContaining("(is this a ucdp file, comma-separated?)");
    assertThatThrownBy(() -> run("", ReferenceFormat.UCDP)).hasMessage("the file is empty");
  }

  @Test
  void aFileInAnotherEncodingIsRefusedNamingItUnlessGiven() throws IOException {
    String text =
        new String(fixture("acled-fixture.csv"), StandardCharsets.UTF_8)
            .replace("Djibo", "Djibo-Sénou");
    byte[] cp1252 = text.getBytes(Charset.forName("windows-1252"));
    assertThatThrownBy(() -> run(cp1252, ReferenceFormat.ACLED, null))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("not UTF-8")
        .hasMessageContaining("line 2");
    ImportResult r = run(cp1252, ReferenceFormat.ACLED, Charset.forName("windows-1252"));
    assertThat(r.errors()).isEmpty();
    assertThat(store.event("ACLED", "TST1001").orElseThrow().location()).isEqualTo("Djibo-Sénou");
  }

  @Test
  void aByteOrderMarkIsSkipped() throws IOException {
    byte[] f = fixture("ucdp-fixture.csv");
    byte[] withBom = new byte[f.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(f, 0, withBom, 3, f.length);
    assertThat(run(withBom, ReferenceFormat.UCDP, null).added()).isEqualTo(2);
  }

  @Test
  void aHugeCellIsARowErrorNotAFailure() throws IOException {
    ReferenceImporter small = new ReferenceImporter(store, 1000);
    String f = new String(fixture("acled-fixture.csv"), StandardCharsets.UTF_8);
    String text = f.replace("12 fatalities.", "x".repeat(2000));
    ImportResult r =
        small.run(
            Source.of(text.getBytes(StandardCharsets.UTF_8), "big.csv"),
            ReferenceFormat.ACLED,
            "A",
            null,
            "t");
    assertThat(r.added()).isEqualTo(3);
    assertThat(r.errors())
        .extracting(RowError::toString)
        .containsExactly("line 2, column notes: a cell longer than 1,000 characters; refused");
  }

  @Test
  void ucdpCodesAreChecked() throws IOException {
    String f = new String(fixture("ucdp-fixture.csv"), StandardCharsets.UTF_8);
    String[] lines = f.split("\r\n");
    String bad =
        lines[0]
            + "\r\n"
            + lines[1].replace(
                "900001,TST-2024-1-1-1,2024,1,Clear,3,", "900009,TST-2024-1-1-1,2024,1,Clear,4,")
            + "\r\n"
            + lines[2].replace(",3,5,3", ",3,5,4")
            + "\r\n";
    ImportResult r = run(bad, ReferenceFormat.UCDP);
    assertThat(r.errors())
        .extracting(RowError::toString)
        .containsExactly(
            "line 2, column type_of_violence: '4' is outside 1-3",
            "line 3, column low: low 4 is above best 3");
    assertThat(List.of(r.added(), r.rows())).containsExactly(0L, 2L);
  }
}

package org.harmwatch.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.reference.CheckRow;
import org.harmwatch.core.reference.CrossCheck;
import org.harmwatch.core.reference.ImportResult;
import org.harmwatch.core.reference.ReferenceEvent;
import org.harmwatch.core.reference.ReferenceQuery;
import org.harmwatch.core.store.BoundingBox;
import org.harmwatch.core.store.Page;
import org.harmwatch.store.Database;
import org.harmwatch.store.DatabaseSettings;
import org.harmwatch.store.JdbcReferenceStore;
import org.harmwatch.testkit.PostgresDatabase;
import org.harmwatch.testkit.SharedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reference store on a real PostgreSQL server: imports, versions, search, cross-check rows. */
class PostgresReferenceStoreIT {
  @RegisterExtension static final SharedPostgres POSTGRES = new SharedPostgres();

  @Test
  void importSearchAndCheckRowsOnPostgres() throws Exception {
    PostgresDatabase pg = POSTGRES.newDatabase();
    try (Database db =
        Database.open(DatabaseSettings.postgres(pg.url(), pg.user(), pg.password()))) {
      JdbcReferenceStore store = new JdbcReferenceStore(db);
      ReferenceImporter importer = new ReferenceImporter(store);
      byte[] f = ReferenceImporterTest.fixture("acled-fixture.csv");
      ImportResult first =
          importer.run(Source.of(f, "a.csv"), ReferenceFormat.ACLED, null, null, "t");
      assertThat(first.added()).isEqualTo(4);
      assertThat(
              importer
                  .run(Source.of(f, "a.csv"), ReferenceFormat.ACLED, null, null, "t")
                  .unchanged())
          .isTrue();
      String changed =
          new String(f, StandardCharsets.UTF_8)
              .replace("12 fatalities.\",12,", "12 fatalities.\",13,");
      ImportResult second =
          importer.run(
              Source.of(changed.getBytes(StandardCharsets.UTF_8), "b.csv"),
              ReferenceFormat.ACLED,
              null,
              null,
              "t");
      assertThat(second.version().version()).isEqualTo(2);
      assertThat(second.changed()).isEqualTo(1);
      assertThat(store.datasets()).singleElement().extracting(d -> d.version()).isEqualTo(2);
      assertThat(store.event("ACLED", "TST1001").orElseThrow().fatalities()).isEqualTo(13);

      Page<ReferenceEvent> text =
          store.search(new ReferenceQuery("ACLED", null, null, null, null, "fama", 10, 0));
      assertThat(text.items()).extracting(ReferenceEvent::eventId).containsExactly("TST1002");
      Page<ReferenceEvent> box =
          store.search(
              new ReferenceQuery(
                  null,
                  "bf",
                  LocalDate.of(2024, 3, 1),
                  LocalDate.of(2024, 3, 31),
                  new BoundingBox(-2, 13, 0, 15),
                  null,
                  10,
                  0));
      assertThat(box.total()).isEqualTo(1);
      assertThat(
              store.search(new ReferenceQuery(null, null, null, null, null, "50%_", 10, 0)).total())
          .as("LIKE wildcards in the text are literal")
          .isZero();

      CheckRow match =
          new CheckRow(
              CheckRow.Kind.MATCH,
              "inc-1",
              "TST1001",
              "BF",
              "2024-03",
              0.9,
              "same day",
              12,
              12,
              12,
              13);
      CheckRow theirs =
          new CheckRow(
              CheckRow.Kind.THEIRS_ONLY,
              null,
              "TST1002",
              "ML",
              "2024-03",
              0,
              null,
              null,
              null,
              null,
              3);
      store.saveCheck(
          new CrossCheck("ACLED", 2, Instant.parse("2026-12-07T00:00:00Z"), 1, 4, 1, 3, 5),
          List.of(match, theirs));
      assertThat(store.checkRows("ACLED", null)).containsExactly(match, theirs);
      assertThat(store.checkRows("ACLED", CheckRow.Kind.THEIRS_ONLY)).containsExactly(theirs);
      assertThat(store.checkRowsOfIncident("inc-1")).containsEntry("ACLED", List.of(match));
      assertThat(store.lastCheck("ACLED").orElseThrow().matches()).isEqualTo(1);
    }
  }
}

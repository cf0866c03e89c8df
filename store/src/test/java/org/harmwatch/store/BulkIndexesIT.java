package org.harmwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import org.harmwatch.testkit.PostgresDatabase;
import org.harmwatch.testkit.SharedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A bulk load drops the incidents' plain indexes and makes the same ones again, on H2 and on
 * PostgreSQL, and never touches an index a constraint relies on.
 */
class BulkIndexesIT {
  @RegisterExtension static final SharedPostgres POSTGRES = new SharedPostgres();

  @Test
  void h2BulkLoadLeavesTheSameIndexes() throws Exception {
    try (Database db =
        Database.open(
            DatabaseSettings.h2Memory("t" + UUID.randomUUID().toString().replace("-", "")))) {
      List<String> before = names(db);
      // incidents_document serves the foreign key to documents on H2: it must stay.
      assertThat(before)
          .contains("incidents_country_type_start", "incidents_country_start")
          .doesNotContain("incidents_document");
      dropAndMakeAgain(db, before);
    }
  }

  @Test
  void postgresBulkLoadLeavesTheSameIndexes() throws Exception {
    PostgresDatabase pg = POSTGRES.newDatabase();
    try (Database db =
        Database.open(DatabaseSettings.postgres(pg.url(), pg.user(), pg.password()))) {
      List<String> before = names(db);
      assertThat(before)
          .contains("incidents_country_type_start", "incidents_country_start")
          .noneMatch(n -> n.endsWith("_pkey") || n.endsWith("_key"));
      dropAndMakeAgain(db, before);
    }
  }

  private static void dropAndMakeAgain(Database db, List<String> before) throws Exception {
    boolean pg = db.settings().isPostgres();
    try (Connection c = db.dataSource().getConnection()) {
      List<String> statements = BulkIndexes.drop(c, pg, "incidents");
      assertThat(statements).hasSize(before.size());
      assertThat(BulkIndexes.names(c, pg, "incidents")).isEmpty();
      BulkIndexes.create(c, statements);
    }
    assertThat(names(db)).containsExactlyInAnyOrderElementsOf(before);
    StoreBenchmark bench = new StoreBenchmark(db);
    bench.generate(300, 120, (done, total) -> {});
    assertThat(bench.syntheticIncidents()).isEqualTo(300);
    assertThat(names(db)).containsExactlyInAnyOrderElementsOf(before);
  }

  private static List<String> names(Database db) throws Exception {
    try (Connection c = db.dataSource().getConnection()) {
      return BulkIndexes.names(c, db.settings().isPostgres(), "incidents");
    }
  }
}

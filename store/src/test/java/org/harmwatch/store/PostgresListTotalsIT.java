package org.harmwatch.store;

import org.harmwatch.testkit.PostgresDatabase;
import org.harmwatch.testkit.SharedPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The list totals contract on a real PostgreSQL server, started from Maven-provided binaries. */
class PostgresListTotalsIT extends ListTotalsContract {
  @RegisterExtension static final SharedPostgres POSTGRES = new SharedPostgres();

  @Override
  protected Database openDatabase() {
    PostgresDatabase db = POSTGRES.newDatabase();
    return Database.open(DatabaseSettings.postgres(db.url(), db.user(), db.password()));
  }
}

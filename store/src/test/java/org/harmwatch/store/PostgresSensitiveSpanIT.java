package org.harmwatch.store;

import org.harmwatch.testkit.PostgresDatabase;
import org.harmwatch.testkit.SharedPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sensitive span contract on a real PostgreSQL server, started from Maven-provided binaries.
 */
class PostgresSensitiveSpanIT extends SensitiveSpanContract {
  @RegisterExtension static final SharedPostgres POSTGRES = new SharedPostgres();

  @Override
  protected Database openDatabase() {
    PostgresDatabase db = POSTGRES.newDatabase();
    return Database.open(DatabaseSettings.postgres(db.url(), db.user(), db.password()));
  }
}

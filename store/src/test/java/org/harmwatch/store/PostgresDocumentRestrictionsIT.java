package org.harmwatch.store;

import org.harmwatch.testkit.PostgresDatabase;
import org.harmwatch.testkit.SharedPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The document restrictions contract on a real PostgreSQL server. */
class PostgresDocumentRestrictionsIT extends DocumentRestrictionsContract {
  @RegisterExtension static final SharedPostgres POSTGRES = new SharedPostgres();

  @Override
  protected Database openDatabase() {
    PostgresDatabase db = POSTGRES.newDatabase();
    return Database.open(DatabaseSettings.postgres(db.url(), db.user(), db.password()));
  }
}

package org.harmwatch.store;

import java.util.UUID;

/** The document restrictions contract on an in-memory H2 database. */
class H2DocumentRestrictionsIT extends DocumentRestrictionsContract {
  @Override
  protected Database openDatabase() {
    return Database.open(
        DatabaseSettings.h2Memory("r" + UUID.randomUUID().toString().replace("-", "")));
  }
}

package org.harmwatch.store;

import java.util.UUID;

/** Full-text search through the store on an H2 in-memory database. */
class H2SearchStoreIT extends SearchStoreContract {
  @Override
  protected Database openDatabase() {
    return Database.open(
        DatabaseSettings.h2Memory("t" + UUID.randomUUID().toString().replace("-", "")));
  }
}

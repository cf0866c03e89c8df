package org.harmwatch.store;

import java.util.UUID;

/** The account contract on an in-memory H2 database. */
class H2AccountStoreIT extends AccountStoreContract {
  @Override
  protected Database openDatabase() {
    return Database.open(
        DatabaseSettings.h2Memory("a" + UUID.randomUUID().toString().replace("-", "")));
  }
}

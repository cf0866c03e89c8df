package org.harmwatch.store;

import java.util.UUID;

/** The review contract on an H2 in-memory database. */
class H2ReviewStoreIT extends ReviewStoreContract {
  @Override
  protected Database openDatabase() {
    return Database.open(
        DatabaseSettings.h2Memory("t" + UUID.randomUUID().toString().replace("-", "")));
  }
}

package org.harmwatch.store;

import java.util.UUID;

/** The store contract on an H2 in-memory database. */
class H2IncidentStoreIT extends IncidentStoreContract {
  @Override
  protected Database openDatabase() {
    return Database.open(
        DatabaseSettings.h2Memory("t" + UUID.randomUUID().toString().replace("-", "")));
  }
}

package org.harmwatch.store;

import java.util.UUID;

/** The sensitive span contract on an in-memory H2 database. */
class H2SensitiveSpanIT extends SensitiveSpanContract {
  @Override
  protected Database openDatabase() {
    return Database.open(
        DatabaseSettings.h2Memory("s" + UUID.randomUUID().toString().replace("-", "")));
  }
}

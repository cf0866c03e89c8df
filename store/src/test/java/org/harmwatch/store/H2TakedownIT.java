package org.harmwatch.store;

import java.util.UUID;

/** The takedown contract on an in-memory H2 database. */
class H2TakedownIT extends TakedownContract {
  @Override
  protected Database openDatabase() {
    return Database.open(
        DatabaseSettings.h2Memory("t" + UUID.randomUUID().toString().replace("-", "")));
  }
}

package org.harmwatch.store;

import java.util.UUID;

class H2SearchStoreIT extends SearchStoreContract {
  @Override
  protected Database openDatabase() {
    return Database.open(
        DatabaseSettings.h2Memory("t" + UUID.randomUUID().toString().replace("-", "")));
  }
}

package org.harmwatch.store;

import java.util.UUID;

/** The saved-search store contract on an in-memory H2 database. */
class H2SavedSearchStoreIT extends SavedSearchStoreContract {
  @Override
  protected Database openDatabase() {
    return Database.open(
        DatabaseSettings.h2Memory("s" + UUID.randomUUID().toString().replace("-", "")));
  }
}

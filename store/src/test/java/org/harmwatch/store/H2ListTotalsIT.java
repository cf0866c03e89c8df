package org.harmwatch.store;

import java.util.UUID;

/** The list totals contract on an H2 in-memory database. */
class H2ListTotalsIT extends ListTotalsContract {
  @Override
  protected Database openDatabase() {
    return Database.open(
        DatabaseSettings.h2Memory("t" + UUID.randomUUID().toString().replace("-", "")));
  }
}

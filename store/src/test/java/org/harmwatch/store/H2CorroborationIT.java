package org.harmwatch.store;

import java.util.UUID;

/** The corroboration contract on an H2 in-memory database. */
class H2CorroborationIT extends CorroborationContract {
  @Override
  protected Database openDatabase() {
    return Database.open(
        DatabaseSettings.h2Memory("t" + UUID.randomUUID().toString().replace("-", "")));
  }
}

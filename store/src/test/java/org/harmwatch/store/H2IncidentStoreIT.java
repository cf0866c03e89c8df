package org.harmwatch.store;

import java.util.UUID;
import org.harmwatch.core.store.IncidentStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class H2IncidentStoreIT extends IncidentStoreContract {
  private JdbcIncidentStore store;

  @BeforeEach
  void open() {
    store =
        new JdbcIncidentStore(
            Database.open(
                DatabaseSettings.h2Memory("t" + UUID.randomUUID().toString().replace("-", ""))));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Override
  protected IncidentStore store() {
    return store;
  }
}

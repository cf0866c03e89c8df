package org.harmwatch.store;

import java.util.UUID;
import org.harmwatch.core.review.ReviewStore;
import org.harmwatch.core.store.IncidentStore;
import org.junit.jupiter.api.AfterEach;

class H2ReviewStoreIT extends ReviewStoreContract {
  private JdbcIncidentStore store;
  private JdbcReviewStore review;

  @Override
  protected void open() {
    Database db =
        Database.open(
            DatabaseSettings.h2Memory("t" + UUID.randomUUID().toString().replace("-", "")));
    store = new JdbcIncidentStore(db);
    review = new JdbcReviewStore(db);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Override
  protected ReviewStore review() {
    return review;
  }

  @Override
  protected IncidentStore store() {
    return store;
  }
}

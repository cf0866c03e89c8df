package org.harmwatch.store;

import java.util.UUID;
import org.harmwatch.core.corroboration.Corroboration;
import org.harmwatch.core.review.ReviewStore;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.link.Linker;
import org.junit.jupiter.api.AfterEach;

class H2CorroborationIT extends CorroborationContract {
  private JdbcIncidentStore store;
  private JdbcReviewStore review;
  private JdbcCorroboration corroboration;

  @Override
  protected void open() {
    if (store != null) {
      store.close();
    }
    Database db =
        Database.open(
            DatabaseSettings.h2Memory("t" + UUID.randomUUID().toString().replace("-", "")));
    store = new JdbcIncidentStore(db);
    review = new JdbcReviewStore(db);
    corroboration = new JdbcCorroboration(db, new Linker());
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Override
  protected IncidentStore store() {
    return store;
  }

  @Override
  protected ReviewStore review() {
    return review;
  }

  @Override
  protected Corroboration corroboration() {
    return corroboration;
  }
}

package org.harmwatch.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.harmwatch.core.corroboration.Corroboration;
import org.harmwatch.core.review.ReviewStore;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.link.Linker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** The corroboration contract on a real PostgreSQL server, started from Maven-provided binaries. */
class PostgresCorroborationIT extends CorroborationContract {
  private static EmbeddedPostgres postgres;
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private JdbcIncidentStore store;
  private JdbcReviewStore review;
  private JdbcCorroboration corroboration;

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  @Override
  protected void open() throws SQLException {
    String name = "hw" + DATABASES.incrementAndGet();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    if (store != null) {
      store.close();
    }
    Database db =
        Database.open(
            DatabaseSettings.postgres(postgres.getJdbcUrl("postgres", name), "postgres", ""));
    store = new JdbcIncidentStore(db);
    review = new JdbcReviewStore(db);
    corroboration = new JdbcCorroboration(db, new Linker());
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

  @Override
  protected Corroboration corroboration() {
    return corroboration;
  }
}

package org.harmwatch.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server started from the Maven-provided zonky binaries (no network, no installed
 * server), which hands out fresh, empty databases: one server can serve many tests.
 */
public final class PostgresServer implements AutoCloseable {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private final EmbeddedPostgres postgres;

  private PostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** Starts a server on a free port; {@link #close()} stops it and deletes its data. */
  public static PostgresServer start() {
    try {
      return new PostgresServer(EmbeddedPostgres.builder().start());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
    }
  }

  /** Creates a new, empty database with a name no other call of this JVM has had. */
  public PostgresDatabase newDatabase() {
    String name = "hw" + DATABASES.incrementAndGet();
    execute("CREATE DATABASE " + name);
    return new PostgresDatabase(postgres.getJdbcUrl("postgres", name), "postgres", "");
  }

  /** Runs statements as the superuser on the {@code postgres} database (roles, owners and such). */
  public void execute(String... sql) {
    try (Connection c = admin().getConnection();
        Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + String.join("; ", sql), e);
    }
  }

  /** The superuser's connections to the {@code postgres} database. */
  public DataSource admin() {
    return postgres.getPostgresDatabase();
  }

  /** The port the server listens on, on localhost. */
  public int port() {
    return postgres.getPort();
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stop the embedded PostgreSQL server", e);
    }
  }
}

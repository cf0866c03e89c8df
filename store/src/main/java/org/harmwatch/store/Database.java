package org.harmwatch.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * An open, migrated database: a HikariCP pool over H2 or PostgreSQL whose schema Flyway has brought
 * up to date. Thread-safe; close it once when done.
 */
public final class Database implements AutoCloseable {
  static {
    // H2's mixed mode (AUTO_SERVER) would listen on every interface; a second process of this
    // machine is all it is for. H2 reads the property once, when its engine first loads.
    if (System.getProperty("h2.bindAddress") == null) {
      System.setProperty("h2.bindAddress", "127.0.0.1");
    }
  }

  /** The connection pool, which also counts this process's writes for caches ({@link Writes}). */
  static final class Pool extends HikariDataSource {
    private final Writes writes = new Writes();

    Pool(HikariConfig config) {
      super(config);
    }

    Writes writes() {
      return writes;
    }
  }

  private final DatabaseSettings settings;
  private final Pool pool;

  private Database(DatabaseSettings settings, Pool pool) {
    this.settings = settings;
    this.pool = pool;
  }

  /** Opens a pool and runs the migrations; fails fast with the cause when it cannot. */
  public static Database open(DatabaseSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(settings.url());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(settings.poolSize());
    config.setPoolName("harmwatch");
    config.setAutoCommit(true);
    Pool pool = new Pool(config);
    try {
      Flyway.configure()
          .dataSource(pool)
          .locations("classpath:db/migration")
          .placeholders(
              settings.isPostgres()
                  ? Map.of("clob", "TEXT", "blob", "BYTEA")
                  : Map.of("clob", "CHARACTER LARGE OBJECT", "blob", "BINARY LARGE OBJECT"))
          .load()
          .migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    H2Files.restrictFiles(settings);
    return new Database(settings, pool);
  }

  /** The pooled data source. */
  public DataSource dataSource() {
    return pool;
  }

  /** The counters of this process's writes, for caches of the tables. */
  Writes writes() {
    return pool.writes();
  }

  /** The settings this database was opened with. */
  public DatabaseSettings settings() {
    return settings;
  }

  @Override
  public void close() {
    pool.close();
  }
}

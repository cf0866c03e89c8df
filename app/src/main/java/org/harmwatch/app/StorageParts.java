package org.harmwatch.app;

import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.store.Database;
import org.harmwatch.store.DatabaseSettings;
import org.harmwatch.store.H2Files;
import org.harmwatch.store.JdbcIncidentStore;
import org.harmwatch.store.LuceneIndex;
import org.harmwatch.store.TextIndexer;
import org.harmwatch.store.WithheldStrings;
import org.harmwatch.store.WithholdingIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The storage side of the wiring: the database chosen by the settings (perhaps an embedded
 * PostgreSQL server), its full-text index and what keeps the index in step, the mask of withheld
 * strings, and the incident store over them, each opened once on first use. Not thread-safe while
 * opening; call from the command thread.
 */
final class StorageParts implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StorageParts.class);

  private Database database;
  private EmbeddedPostgres embedded;
  private LuceneIndex index;
  private TextIndexer indexer;
  private WithheldStrings withheld;
  private IncidentStore store;

  /** Opens the database chosen by {@code choice} (runs migrations) and logs which it is. */
  Database database(DatabaseChoice choice) {
    if (database == null) {
      String fileKey = choice.h2FileKey();
      DatabaseSettings settings =
          switch (choice.kind()) {
            case PG_EMBEDDED -> embeddedPostgres(choice);
            case H2_FILE -> H2Files.settings(choice.dataDir(), fileKey);
            case H2_MEM -> DatabaseSettings.h2Memory("harmwatch");
            case POSTGRES ->
                DatabaseSettings.postgres(choice.url(), choice.user(), choice.password());
          };
      try {
        database = Database.open(settings);
      } catch (RuntimeException e) {
        if (embedded != null) {
          embedded.close();
          embedded = null;
        }
        throw e;
      }
      LOG.info("using {}", embedded == null ? settings.describe() : embedded.describe());
    }
    return database;
  }

  // Starts (or joins) the PostgreSQL server that harmwatch runs in the data directory.
  private DatabaseSettings embeddedPostgres(DatabaseChoice choice) {
    embedded = EmbeddedPostgres.start(choice.dataDir());
    return DatabaseSettings.postgres(embedded.jdbcUrl(), embedded.user(), embedded.password());
  }

  /**
   * The full-text index of the chosen database and what keeps it in step, opened but not checked
   * (see {@link #store}).
   */
  TextIndexer textIndexer(DatabaseChoice choice) {
    if (indexer == null) {
      Database db = database(choice);
      index =
          choice.indexDir() == null ? LuceneIndex.inMemory() : LuceneIndex.open(choice.indexDir());
      indexer = new TextIndexer(db, new WithholdingIndex(index, withheld(choice)::mask));
      LOG.info("search index: {}", index.describe());
    }
    return indexer;
  }

  /**
   * Opens the store chosen by {@code choice}, with its full-text index, which is rebuilt first when
   * it is missing or behind the database.
   */
  IncidentStore store(DatabaseChoice choice) {
    if (store == null) {
      TextIndexer ti = textIndexer(choice);
      long t0 = System.nanoTime();
      if (ti.ensureInStep((done, total) -> {})) {
        LOG.info(
            "search index rebuilt ({} documents, {} incidents) in {} ms",
            ti.index().documentCount(),
            ti.index().incidentCount(),
            (System.nanoTime() - t0) / 1_000_000);
      }
      store = new JdbcIncidentStore(database, ti);
    }
    return store;
  }

  /**
   * The store for a command that only reads (export), which may run while {@code serve} holds the
   * search index: then the index is replaced by a private one in memory, filled from the database
   * only when {@code fullText} queries need it (a rebuild, logged). The database itself is shared
   * with the server through H2's automatic mixed mode (see {@link DatabaseSettings#h2File}), or,
   * for the embedded PostgreSQL, by connecting to the server that {@code serve} runs (see {@link
   * EmbeddedPostgres}).
   */
  IncidentStore readingStore(DatabaseChoice choice, boolean fullText) {
    if (store != null) {
      return store;
    }
    try {
      return store(choice);
    } catch (IllegalStateException e) {
      if (indexer != null || choice.indexDir() == null) {
        throw e;
      }
      LOG.info("{}; reading without it", e.getMessage());
      Database db = database(choice);
      index = LuceneIndex.inMemory();
      indexer = new TextIndexer(db, new WithholdingIndex(index, withheld(choice)::mask));
      if (fullText) {
        long t0 = System.nanoTime();
        indexer.rebuild((done, total) -> {});
        LOG.info(
            "built a private search index in memory ({} documents, {} incidents) in {} ms",
            index.documentCount(),
            index.incidentCount(),
            (System.nanoTime() - t0) / 1_000_000);
      }
      store = new JdbcIncidentStore(db, indexer);
      return store;
    }
  }

  /** The mask of the sensitive spans stored in the chosen database. */
  WithheldStrings withheld(DatabaseChoice choice) {
    if (withheld == null) {
      withheld = new WithheldStrings(database(choice));
    }
    return withheld;
  }

  /** Finishes the index's pending work, then closes the index, the store and the database. */
  @Override
  public void close() {
    try {
      if (indexer != null) {
        indexer.finish();
      }
    } finally {
      if (index != null) {
        index.close();
      }
      try {
        if (store != null) {
          store.close();
        } else if (database != null) {
          database.close();
        }
      } finally {
        if (embedded != null) {
          embedded.close();
        }
      }
    }
  }
}

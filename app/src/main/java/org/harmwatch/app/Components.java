package org.harmwatch.app;

import java.time.Clock;
import java.util.List;
import org.harmwatch.core.account.AccountStore;
import org.harmwatch.core.alert.WebhookReading;
import org.harmwatch.core.corroboration.Corroboration;
import org.harmwatch.core.geo.CountryProfiles;
import org.harmwatch.core.geo.PlaceResolver;
import org.harmwatch.core.pipeline.Extractor;
import org.harmwatch.core.pipeline.IngestService;
import org.harmwatch.core.pipeline.Pipeline;
import org.harmwatch.core.reference.ReferenceStore;
import org.harmwatch.core.review.ReviewStore;
import org.harmwatch.core.store.DocumentRestrictions;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.core.store.SensitiveSpanStore;
import org.harmwatch.core.store.Takedowns;
import org.harmwatch.core.watch.SourceStore;
import org.harmwatch.geo.FocusCountries;
import org.harmwatch.geo.GazetteerPlaceResolver;
import org.harmwatch.link.Linking;
import org.harmwatch.nlp.RuleBasedExtractor;
import org.harmwatch.nlp.actors.ActorDictionary;
import org.harmwatch.reference.CrossCheckService;
import org.harmwatch.store.Database;
import org.harmwatch.store.DatabaseSettings;
import org.harmwatch.store.H2Files;
import org.harmwatch.store.JdbcAccountStore;
import org.harmwatch.store.JdbcCorroboration;
import org.harmwatch.store.JdbcDocumentRestrictions;
import org.harmwatch.store.JdbcIncidentStore;
import org.harmwatch.store.JdbcReferenceStore;
import org.harmwatch.store.JdbcReviewStore;
import org.harmwatch.store.JdbcSensitiveSpans;
import org.harmwatch.store.JdbcSourceStore;
import org.harmwatch.store.JdbcTakedowns;
import org.harmwatch.store.LuceneIndex;
import org.harmwatch.store.TextIndexer;
import org.harmwatch.store.WithheldStrings;
import org.harmwatch.store.WithholdingIndex;
import org.harmwatch.watch.FetchSettings;
import org.harmwatch.watch.Fetcher;
import org.harmwatch.watch.Watcher;
import org.harmwatch.web.DocumentLimit;
import org.harmwatch.web.IngestQueue;
import org.harmwatch.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wiring of the application: builds each part once, on first use, from the settings. The only
 * place that names implementations. Not thread-safe while building; call from the command thread.
 */
public final class Components implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Components.class);

  // The --focus / HARMWATCH_FOCUS setting, validated when set; read when the gazetteer loads.
  private static volatile FocusCountries focus = FocusCountries.NONE;

  private GazetteerPlaceResolver places;
  private Extractor extractor;
  private HintedExtractors hinted;
  private ActorDictionary actorDictionary;
  private boolean closed;
  private Database database;
  private EmbeddedPostgres embedded;
  private LuceneIndex index;
  private TextIndexer indexer;
  private WithheldStrings withheld;
  private IncidentStore store;
  private ReviewStore review;
  private AccountStore accounts;
  private DocumentRestrictions restrictions;
  private JdbcCorroboration corroboration;
  private SourceStore sources;
  private Fetcher fetcher;
  private Watcher watcher;
  private ReferenceStore reference;
  private FindingParts finding;

  /**
   * Sets the focus countries of the place resolvers built from now on: a comma-separated list of
   * ISO codes of countries with a profile ("ML,BF,NE"); null or blank for none.
   *
   * @throws IllegalArgumentException naming a bad code, e.g. {@code unknown country code 'XX'}
   */
  public static void focus(String codes) {
    focus = FocusCountries.parse(codes, CountryProfiles.bundled());
  }

  /** The focus countries in force. */
  public static FocusCountries focus() {
    return focus;
  }

  /** The gazetteer-backed place resolver (loaded on first use). */
  public PlaceResolver places() {
    if (places == null) {
      long t0 = System.nanoTime();
      places = GazetteerPlaceResolver.loadDefault(focus);
      LOG.info(
          "gazetteer {} loaded in {} ms (focus: {})",
          places.version(),
          (System.nanoTime() - t0) / 1_000_000,
          focus);
    }
    return places;
  }

  /** The incident extractor. */
  public Extractor extractor() {
    if (extractor == null) {
      extractor = new RuleBasedExtractor(places(), actorDictionary());
    }
    return extractor;
  }

  // The extractors of watched sources with a country hint, sharing the gazetteer and dictionary.
  private synchronized HintedExtractors hinted() {
    if (hinted == null) {
      places();
      hinted =
          new HintedExtractors(
              () -> places,
              this::actorDictionary,
              this::extractor,
              Components::focus,
              CountryProfiles.bundled());
    }
    return hinted;
  }

  // One copy of the dictionary serves the extractor and the actor suggestions (loaded lazily,
  // perhaps on a request thread, hence synchronized).
  private synchronized ActorDictionary actorDictionary() {
    if (actorDictionary == null) {
      actorDictionary = ActorDictionary.load();
    }
    return actorDictionary;
  }

  /** Opens the database chosen by {@code choice} (runs migrations) and logs which it is. */
  public Database database(DatabaseChoice choice) {
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
  public TextIndexer textIndexer(DatabaseChoice choice) {
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
  public IncidentStore store(DatabaseChoice choice) {
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
  public IncidentStore readingStore(DatabaseChoice choice, boolean fullText) {
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

  /** The analysts' review and change history, over the same database as {@link #store}. */
  public ReviewStore review(DatabaseChoice choice) {
    store(choice);
    if (review == null) {
      // A corrected figure of a report changes its incident's reconciled figures.
      JdbcCorroboration linking = (JdbcCorroboration) corroboration(choice);
      review =
          new JdbcReviewStore(database, List.of(textIndexer(choice), linking.figureListener()));
    }
    return review;
  }

  /**
   * Linking of reports into incidents and their sources, over the same database as {@link #store}.
   */
  public Corroboration corroboration(DatabaseChoice choice) {
    store(choice);
    if (corroboration == null) {
      corroboration = new JdbcCorroboration(database, new Linking());
    }
    return corroboration;
  }

  /** Reference datasets and cross-checks, in the same database as {@link #store}. */
  public ReferenceStore reference(DatabaseChoice choice) {
    if (reference == null) {
      store(choice);
      reference = new JdbcReferenceStore(database);
    }
    return reference;
  }

  /** The cross-check of our incidents against reference datasets. */
  public CrossCheckService crossCheck(DatabaseChoice choice) {
    return new CrossCheckService(
        store(choice), corroboration(choice), review(choice), reference(choice));
  }

  /** Users, sessions, tokens and reading logs, in the same database as {@link #store}. */
  public AccountStore accounts(DatabaseChoice choice) {
    if (accounts == null) {
      store(choice);
      accounts = new JdbcAccountStore(database);
    }
    return accounts;
  }

  /** Takedowns of documents, in the same database as {@link #store}, purging its search index. */
  public Takedowns takedowns(DatabaseChoice choice) {
    store(choice);
    return new JdbcTakedowns(database, textIndexer(choice), Clock.systemUTC());
  }

  /** The mask of the sensitive spans stored in the chosen database. */
  public WithheldStrings withheld(DatabaseChoice choice) {
    if (withheld == null) {
      withheld = new WithheldStrings(database(choice));
    }
    return withheld;
  }

  /** The sensitive spans, in the same database as {@link #store}, keeping its index masked. */
  public SensitiveSpanStore sensitiveSpans(DatabaseChoice choice) {
    IncidentStore incidents = store(choice);
    return new JdbcSensitiveSpans(
        database, withheld(choice), incidents, textIndexer(choice), Clock.systemUTC());
  }

  /** The restricted documents, in the same database as {@link #store}. */
  public DocumentRestrictions restrictions(DatabaseChoice choice) {
    if (restrictions == null) {
      store(choice);
      restrictions = new JdbcDocumentRestrictions(database, Clock.systemUTC());
    }
    return restrictions;
  }

  /** The watched sources, in the same database as {@link #store}. */
  public SourceStore sources(DatabaseChoice choice) {
    if (sources == null) {
      store(choice);
      sources = new JdbcSourceStore(database);
    }
    return sources;
  }

  /**
   * The poller of watched sources: captured articles go through {@link #watchedPipeline}
   * (extraction, linking) like ingested documents.
   */
  public Watcher watcher(DatabaseChoice choice) {
    if (watcher == null) {
      fetcher =
          new Fetcher(
              FetchSettings.DEFAULTS, Clock.systemUTC(), PrivateAddresses.fromEnvironment());
      watcher =
          new Watcher(
              sources(choice),
              documentLimit().bound(watchedPipeline(choice)),
              country -> hintedPipeline(choice, country),
              fetcher,
              Clock.systemUTC(),
              Watcher.DEFAULT_MAX_ITEMS);
    }
    return watcher;
  }

  /** Saved searches, their watch and webhooks, and the actor directory, over {@link #store}. */
  public FindingParts finding(DatabaseChoice choice) {
    if (finding == null) {
      store(choice);
      finding =
          new FindingParts(
              database,
              store,
              PrivateAddresses.fromEnvironment(),
              this::actorDictionary,
              WebhookReading.of(restrictions(choice), accounts(choice), withheld(choice)::mask));
    }
    return finding;
  }

  /**
   * The ingest pipeline of the server (documents posted to the API, watched sources): {@link
   * #pipeline} followed by the saved-search watch. Command-line ingests are not watched: the
   * process ends before webhooks could be retried.
   */
  public IngestService watchedPipeline(DatabaseChoice choice) {
    return finding(choice).watch().around(pipeline(choice));
  }

  // The watched pipeline whose extraction takes a source's country hint as its focus.
  private IngestService hintedPipeline(DatabaseChoice choice, String country) {
    Pipeline p = new Pipeline(hinted().forCountry(country), store(choice), corroboration(choice));
    return documentLimit().bound(finding(choice).watch().around(p));
  }

  /** The web server over the chosen store with every module, bound to {@code host}. */
  public WebServer webServer(DatabaseChoice choice, String host, boolean secureCookie) {
    return new WebServer(
        store(choice),
        watchedPipeline(choice),
        host,
        WebParts.modules(this, choice, secureCookie),
        documentLimit(),
        IngestQueue.from(System.getenv()));
  }

  /**
   * The most characters of text one document may have, from {@code HARMWATCH_MAX_DOCUMENT_CHARS}.
   *
   * @throws IllegalArgumentException naming the variable when its value is not a positive number
   */
  public DocumentLimit documentLimit() {
    return DocumentLimit.from(System.getenv());
  }

  /** The ingest pipeline over {@link #store}, refusing documents above {@link #documentLimit}. */
  public IngestService boundedPipeline(DatabaseChoice choice) {
    return documentLimit().bound(pipeline(choice));
  }

  /** The ingest pipeline over {@link #store}. */
  public Pipeline pipeline(DatabaseChoice choice) {
    return new Pipeline(extractor(), store(choice), corroboration(choice));
  }

  @Override
  public synchronized void close() {
    // Called by serve's shutdown hook and again by the command that made these components.
    if (closed) {
      return;
    }
    closed = true;
    if (fetcher != null) {
      fetcher.close();
    }
    if (finding != null) {
      finding.close();
    }
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

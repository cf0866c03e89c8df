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
import org.harmwatch.link.Linking;
import org.harmwatch.reference.CrossCheckService;
import org.harmwatch.store.Database;
import org.harmwatch.store.JdbcAccountStore;
import org.harmwatch.store.JdbcCorroboration;
import org.harmwatch.store.JdbcDocumentRestrictions;
import org.harmwatch.store.JdbcReferenceStore;
import org.harmwatch.store.JdbcReviewStore;
import org.harmwatch.store.JdbcSensitiveSpans;
import org.harmwatch.store.JdbcSourceStore;
import org.harmwatch.store.JdbcTakedowns;
import org.harmwatch.store.TextIndexer;
import org.harmwatch.store.WithheldStrings;
import org.harmwatch.watch.FetchSettings;
import org.harmwatch.watch.Fetcher;
import org.harmwatch.watch.Watcher;
import org.harmwatch.web.DocumentLimit;
import org.harmwatch.web.IngestQueue;
import org.harmwatch.web.WebServer;

/**
 * The wiring of the application: builds each part once, on first use, from the settings. With
 * {@link ExtractionParts}, {@link StorageParts}, {@link FindingParts} and {@link WebParts}, the
 * only place that names implementations. Not thread-safe while building; call from the command
 * thread.
 */
public final class Components implements AutoCloseable {
  // The --focus / HARMWATCH_FOCUS setting, validated when set; read when the gazetteer loads.
  private static volatile FocusCountries focus = FocusCountries.NONE;

  private final ExtractionParts extraction = new ExtractionParts(Components::focus);
  private final StorageParts storage = new StorageParts();
  private boolean closed;
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
    return extraction.places();
  }

  /** The incident extractor. */
  public Extractor extractor() {
    return extraction.extractor();
  }

  /** Opens the database chosen by {@code choice} (runs migrations) and logs which it is. */
  public Database database(DatabaseChoice choice) {
    return storage.database(choice);
  }

  /**
   * The full-text index of the chosen database and what keeps it in step, opened but not checked
   * (see {@link #store}).
   */
  public TextIndexer textIndexer(DatabaseChoice choice) {
    return storage.textIndexer(choice);
  }

  /**
   * Opens the store chosen by {@code choice}, with its full-text index, which is rebuilt first when
   * it is missing or behind the database.
   */
  public IncidentStore store(DatabaseChoice choice) {
    return storage.store(choice);
  }

  /**
   * The store for a command that only reads (export), which may run while {@code serve} holds the
   * search index (see {@link StorageParts#readingStore}).
   */
  public IncidentStore readingStore(DatabaseChoice choice, boolean fullText) {
    return storage.readingStore(choice, fullText);
  }

  /** The analysts' review and change history, over the same database as {@link #store}. */
  public ReviewStore review(DatabaseChoice choice) {
    store(choice);
    if (review == null) {
      // A corrected figure of a report changes its incident's reconciled figures.
      JdbcCorroboration linking = (JdbcCorroboration) corroboration(choice);
      review =
          new JdbcReviewStore(
              database(choice), List.of(textIndexer(choice), linking.figureListener()));
    }
    return review;
  }

  /**
   * Linking of reports into incidents and their sources, over the same database as {@link #store}.
   */
  public Corroboration corroboration(DatabaseChoice choice) {
    store(choice);
    if (corroboration == null) {
      corroboration = new JdbcCorroboration(database(choice), new Linking());
    }
    return corroboration;
  }

  /** Reference datasets and cross-checks, in the same database as {@link #store}. */
  public ReferenceStore reference(DatabaseChoice choice) {
    if (reference == null) {
      store(choice);
      reference = new JdbcReferenceStore(database(choice));
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
      accounts = new JdbcAccountStore(database(choice));
    }
    return accounts;
  }

  /** Takedowns of documents, in the same database as {@link #store}, purging its search index. */
  public Takedowns takedowns(DatabaseChoice choice) {
    store(choice);
    return new JdbcTakedowns(database(choice), textIndexer(choice), Clock.systemUTC());
  }

  /** The mask of the sensitive spans stored in the chosen database. */
  public WithheldStrings withheld(DatabaseChoice choice) {
    return storage.withheld(choice);
  }

  /** The sensitive spans, in the same database as {@link #store}, keeping its index masked. */
  public SensitiveSpanStore sensitiveSpans(DatabaseChoice choice) {
    IncidentStore incidents = store(choice);
    return new JdbcSensitiveSpans(
        database(choice), withheld(choice), incidents, textIndexer(choice), Clock.systemUTC());
  }

  /** The restricted documents, in the same database as {@link #store}. */
  public DocumentRestrictions restrictions(DatabaseChoice choice) {
    if (restrictions == null) {
      store(choice);
      restrictions = new JdbcDocumentRestrictions(database(choice), Clock.systemUTC());
    }
    return restrictions;
  }

  /** The watched sources, in the same database as {@link #store}. */
  public SourceStore sources(DatabaseChoice choice) {
    if (sources == null) {
      store(choice);
      sources = new JdbcSourceStore(database(choice));
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
              database(choice),
              store(choice),
              PrivateAddresses.fromEnvironment(),
              extraction::actorDictionary,
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
    Pipeline p = new Pipeline(extraction.forCountry(country), store(choice), corroboration(choice));
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
    storage.close();
  }
}

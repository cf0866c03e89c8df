package org.harmwatch.app;

import java.time.Clock;
import java.util.Objects;
import org.harmwatch.core.actors.ActorDirectory;
import org.harmwatch.core.alert.SavedSearchStore;
import org.harmwatch.core.alert.SearchWatch;
import org.harmwatch.core.alert.WebhookReading;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.nlp.actors.ActorDictionary;
import org.harmwatch.store.Database;
import org.harmwatch.store.JdbcSavedSearchStore;
import org.harmwatch.watch.WebhookSender;
import org.harmwatch.web.SavedQueries;

/**
 * The wiring behind finding things: each user's saved searches, the watch that runs them over new
 * incidents, the webhook sender and the actor directory of the extractor's dictionary. Each part is
 * built once, on first use. Not thread-safe while building; built from the command thread.
 */
public final class FindingParts implements AutoCloseable {
  private final Database database;
  private final IncidentStore store;
  private final boolean privateAddresses;
  private SavedSearchStore savedSearches;
  private WebhookSender webhooks;
  private SearchWatch watch;
  private ActorDirectory actors;

  /**
   * The parts over {@code database} and {@code store}; {@code privateAddresses} lets webhooks go to
   * private networks ({@code HARMWATCH_WATCH_PRIVATE_ADDRESSES}); {@code dictionary} gives the
   * actor dictionary the application has loaded; {@code reading} decides what webhook bodies hold
   * for each search's owner.
   */
  private final java.util.function.Supplier<ActorDictionary> dictionary;

  private final WebhookReading reading;

  FindingParts(
      Database database,
      IncidentStore store,
      boolean privateAddresses,
      java.util.function.Supplier<ActorDictionary> dictionary,
      WebhookReading reading) {
    this.reading = Objects.requireNonNull(reading, "reading");
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.database = Objects.requireNonNull(database, "database");
    this.store = Objects.requireNonNull(store, "store");
    this.privateAddresses = privateAddresses;
  }

  /** Each user's saved searches, their hits and webhooks. */
  public SavedSearchStore savedSearches() {
    if (savedSearches == null) {
      savedSearches = new JdbcSavedSearchStore(database);
    }
    return savedSearches;
  }

  /** The sender of webhooks, whose targets obey the address rule of watched sources. */
  public WebhookSender webhooks() {
    if (webhooks == null) {
      webhooks = new WebhookSender(WebhookSender.Settings.DEFAULTS, privateAddresses);
    }
    return webhooks;
  }

  /** The watch that runs every saved search over newly stored incidents. */
  public SearchWatch watch() {
    if (watch == null) {
      watch =
          new SearchWatch(
              store, savedSearches(), SavedQueries::parse, webhooks(), reading, Clock.systemUTC());
    }
    return watch;
  }

  /** The actors of the extractor's dictionary, searched by any of their names. */
  public ActorDirectory actors() {
    if (actors == null) {
      actors = dictionary.get().directory();
    }
    return actors;
  }

  /** Stops the webhook sender; deliveries still waiting are dropped. */
  @Override
  public void close() {
    if (webhooks != null) {
      webhooks.close();
    }
  }
}

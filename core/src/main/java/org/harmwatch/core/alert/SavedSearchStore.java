package org.harmwatch.core.alert;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where each user's saved searches, their hits, the time of the user's last visit to the list of
 * new hits and the user's webhook are kept. Implementations are thread-safe.
 */
public interface SavedSearchStore {
  /**
   * Saves a search for {@code username}.
   *
   * @throws IllegalArgumentException when the user already has a search of that name
   */
  SavedSearch create(String username, String name, String query, Instant now);

  /** The user's saved searches, by name. */
  List<SavedSearch> searches(String username);

  /** Every user's saved searches, by id. */
  List<SavedSearch> all();

  /** Deletes the user's search {@code id} and its hits; false when the user has no such search. */
  boolean delete(String username, long id);

  /**
   * Records that {@code incidentIds} matched search {@code searchId} at {@code found}; ids already
   * recorded for that search are skipped. Returns the ids recorded now, in the given order.
   */
  List<String> recordHits(long searchId, Collection<String> incidentIds, Instant found);

  /**
   * The hits of the user's searches found after {@code since} (every hit when null), newest first.
   */
  List<SearchHit> hitsSince(String username, Instant since);

  /** When the user last marked the list of new hits as seen. */
  Optional<Instant> lastVisit(String username);

  /** Records that the user has seen every hit found up to {@code at}. */
  void visited(String username, Instant at);

  /** The user's webhook URL. */
  Optional<String> webhook(String username);

  /** Sets the user's webhook URL; null removes it. */
  void setWebhook(String username, String url);
}

package org.harmwatch.core.store;

import java.util.List;
import java.util.Optional;

/**
 * Taking documents down: an admin's purge of a document's text and original (from the database and
 * the search index), of the evidence quoted from it in incidents, leaving a {@link Takedown}
 * tombstone. Implementations are thread-safe.
 */
public interface Takedowns {
  /**
   * What one takedown did: the tombstone, the incidents whose quotes from the document were purged,
   * and those of them marked deleted because the document was their only source.
   */
  record Result(Takedown takedown, List<String> purgedIncidents, List<String> deletedIncidents) {
    public Result {
      purgedIncidents = List.copyOf(purgedIncidents);
      deletedIncidents = List.copyOf(deletedIncidents);
    }
  }

  /**
   * Takes document {@code documentId} down in one transaction, recording {@code user} and {@code
   * reason} in the tombstone and in the history of every incident it is a source of.
   *
   * @throws java.util.NoSuchElementException naming the id when there is no such document
   * @throws IllegalStateException when it was already taken down
   * @throws IllegalArgumentException when the reason is blank or too long
   */
  Result takeDown(String documentId, String reason, String user);

  /** The tombstone of document {@code documentId}, when it was taken down. */
  Optional<Takedown> ofDocument(String documentId);

  /** The tombstone of the original with this SHA-256, when it was taken down. */
  Optional<Takedown> ofSha256(String sha256);

  /** Every tombstone, newest first. */
  List<Takedown> all();
}

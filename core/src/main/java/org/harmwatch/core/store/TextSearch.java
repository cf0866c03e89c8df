package org.harmwatch.core.store;

import java.util.List;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;

/**
 * A full-text index of documents and incidents: what is put in it can be found by a query in the
 * search syntax (words, {@code "phrases"}, {@code AND}/{@code OR}/{@code -}), in English and
 * French. It holds copies of what the database holds, so it can always be rebuilt from the
 * database. Implementations are thread-safe.
 *
 * <p>Queries that cannot be parsed throw {@link IllegalArgumentException} naming the query.
 */
public interface TextSearch extends AutoCloseable {
  /** Adds {@code document}, or replaces the entry with its id. */
  void putDocument(Document document);

  /**
   * Adds {@code incident} (which must carry its id), or replaces the entry with its id; {@code
   * language} is its document's language ({@code en}, {@code fr}, other or null for unknown).
   */
  void putIncident(Incident incident, String language);

  /** The ids of the incidents matching {@code query}, best first, at most {@code max}. */
  List<String> incidentIds(String query, int max);

  /** A page of the documents matching {@code query}, best first, with a snippet each. */
  Page<DocumentHit> documents(String query, int limit, int offset);

  /** The number of documents in the index. */
  long documentCount();

  /** The number of incidents in the index. */
  long incidentCount();

  /**
   * What the index was last declared to mirror (see {@link #markSynced}), or empty when never
   * declared; a rebuild compares it with the database.
   */
  String syncedWith();

  /** Makes everything put so far durable and records that it mirrors {@code source}. */
  void markSynced(String source);

  /**
   * Makes what was replaced so far unrecoverable: commits, and rewrites the index files that still
   * hold replaced entries (after a takedown, so that purged text is gone from disk too).
   */
  void purge();

  /** Removes every entry. */
  void clear();

  @Override
  void close();

  /**
   * A document found by a search: its id, title, publication date (ISO, may be null) and a short
   * extract of its text around the first match.
   */
  record DocumentHit(String id, String title, String published, String snippet) {}
}

package org.harmwatch.core.watch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The watched sources, their polling state, the items they listed and the captures made. */
public interface SourceStore {
  /**
   * Adds a source, due at once.
   *
   * @throws IllegalArgumentException when the draft is invalid or the URL is already watched
   */
  WatchedSource add(WatchedSource.Draft draft, Instant now);

  /** Every source, by id. */
  List<WatchedSource> list();

  /** The source {@code id}, if any. */
  Optional<WatchedSource> find(long id);

  /** Removes a source and its item list (its documents and captures stay); false if none. */
  boolean remove(long id);

  /** Turns polling of a source on or off; an enabled source is due at once. False if none. */
  boolean setEnabled(long id, boolean enabled, Instant now);

  /** Saves where polling of source {@code id} stands. */
  void saveState(long id, SourceState state);

  /** Enabled sources whose next poll is at or before {@code now}, most overdue first. */
  List<WatchedSource> due(Instant now);

  /** What became of {@code url} listed by source {@code sourceId}, if it was seen. */
  Optional<SourceItem> item(long sourceId, String url);

  /** Records (or updates) what became of an item; failed items count their attempts. */
  void saveItem(
      long sourceId, String url, String status, String documentId, String error, Instant at);

  /**
   * The document already captured under {@code canonicalUrl} or with main text {@code textSha256}.
   */
  Optional<String> capturedDocument(String canonicalUrl, String textSha256);

  /** Saves a capture and links its source to its document. */
  void saveCapture(Capture capture);

  /** Links a source to a document it listed (a duplicate of one captured elsewhere). */
  void linkDocument(long sourceId, String documentId, Instant at);

  /** The capture {@code id}, with its WARC record. */
  Optional<Capture> capture(String id);

  /**
   * The captures that became document {@code documentId}, oldest first, without their WARC records
   * ({@link Capture#warc()} is null); empty when it was not captured.
   */
  List<Capture> capturesOf(String documentId);

  /** The newest documents of a source, with their incidents. */
  List<SourceDocument> documents(long sourceId, int limit);
}

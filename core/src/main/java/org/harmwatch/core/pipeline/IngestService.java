package org.harmwatch.core.pipeline;

import org.harmwatch.core.model.Document;

/** Stores a document and the incidents extracted from it. Implementations are thread-safe. */
public interface IngestService {
  /**
   * Ingests {@code document}: idempotent, so the same original twice is stored once and its
   * incidents once.
   */
  IngestResult ingest(Document document);

  /**
   * Ingests {@code document} unless {@code cancellation} is set before its incidents are stored;
   * this default checks it only before {@link #ingest(Document)} starts. Wrappers forward it.
   *
   * @throws Cancellation.Cancelled when it was set in time: nothing was stored
   */
  default IngestResult ingest(Document document, Cancellation cancellation) {
    cancellation.check();
    return ingest(document);
  }
}

package org.harmwatch.core.pipeline;

import org.harmwatch.core.model.Document;

/** Stores a document and the incidents extracted from it. Implementations are thread-safe. */
public interface IngestService {
  /**
   * Ingests {@code document}: idempotent, so the same original twice is stored once and its
   * incidents once.
   */
  IngestResult ingest(Document document);
}

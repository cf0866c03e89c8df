package org.harmwatch.core.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.store.IncidentStore;

/**
 * The ingest pipeline: extract incidents from a document, then store both in one step. Thread-safe
 * when its extractor and store are.
 */
public final class Pipeline implements IngestService {
  private final Extractor extractor;
  private final IncidentStore store;

  public Pipeline(Extractor extractor, IncidentStore store) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public IngestResult ingest(Document document) {
    Optional<Document> existing = store.documentBySha256(document.sha256());
    if (existing.isPresent()) {
      return IngestResult.of(existing.get(), false, store.incidentsOfDocument(existing.get().id()));
    }
    List<Incident> incidents = extractor.extract(document);
    return store.save(document, incidents);
  }
}

package org.harmwatch.core.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.harmwatch.core.corroboration.Corroboration;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.store.DocumentTakenDownException;
import org.harmwatch.core.store.IncidentStore;

/**
 * The ingest pipeline: extract incidents from a document, store both in one step, then link each
 * stored incident to the incident describing the same event (when a {@link Corroboration} is
 * given). Thread-safe when its parts are.
 *
 * <p>Linking runs after the document is committed; a crash in between leaves the incidents unlinked
 * until the same document is ingested again (which links what is not linked yet) or the whole
 * database is relinked.
 */
public final class Pipeline implements IngestService {
  private final Extractor extractor;
  private final IncidentStore store;
  private final Corroboration corroboration;

  /** A pipeline that stores incidents without linking them. */
  public Pipeline(Extractor extractor, IncidentStore store) {
    this(extractor, store, null);
  }

  /** A pipeline that links every stored incident with {@code corroboration} (null: no linking). */
  public Pipeline(Extractor extractor, IncidentStore store, Corroboration corroboration) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.store = Objects.requireNonNull(store, "store");
    this.corroboration = corroboration;
  }

  @Override
  public IngestResult ingest(Document document) {
    return ingest(document, Cancellation.none());
  }

  /**
   * As {@link #ingest(Document)}; {@code cancellation} is polled by the extractor and once more
   * before the incidents are stored, after which the document is stored and linked whatever comes.
   */
  @Override
  public IngestResult ingest(Document document, Cancellation cancellation) {
    cancellation.check();
    // Checked before the "already stored" answer: a taken-down original keeps a tombstone row.
    store
        .takedownOf(document.sha256())
        .ifPresent(
            t -> {
              throw new DocumentTakenDownException(t);
            });
    Optional<Document> existing = store.documentBySha256(document.sha256());
    if (existing.isPresent()) {
      IngestResult again =
          IngestResult.of(existing.get(), false, store.incidentsOfDocument(existing.get().id()));
      link(again);
      return again;
    }
    List<Incident> incidents = extractor.extract(document, cancellation);
    cancellation.check();
    IngestResult result = store.save(document, incidents);
    link(result);
    return result;
  }

  private void link(IngestResult result) {
    if (corroboration != null && !result.incidents().isEmpty()) {
      corroboration.link(result.incidents());
    }
  }
}

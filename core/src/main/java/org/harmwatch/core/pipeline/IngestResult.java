package org.harmwatch.core.pipeline;

import java.util.List;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;

/**
 * The outcome of ingesting one document: the stored document id, whether it was new (false when the
 * same original was already stored) and the incidents stored for it.
 */
public record IngestResult(String documentId, boolean created, List<Incident> incidents) {
  public IngestResult {
    incidents = List.copyOf(incidents);
  }

  /** A result for {@code document}. */
  public static IngestResult of(Document document, boolean created, List<Incident> incidents) {
    return new IngestResult(document.id(), created, incidents);
  }
}

package org.harmwatch.core.pipeline;

import java.util.List;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;

/**
 * Finds the incidents a document reports, each with the evidence for its fields. Implementations
 * are thread-safe: one instance serves every request and batch worker.
 */
public interface Extractor {
  /** The incidents in {@code document}, in order of first mention; empty when there are none. */
  List<Incident> extract(Document document);

  /**
   * The incidents in {@code document}, polling {@code cancellation} as the work goes on; this
   * default polls it only before and after {@link #extract(Document)}.
   *
   * @throws Cancellation.Cancelled once {@code cancellation} is set
   */
  default List<Incident> extract(Document document, Cancellation cancellation) {
    cancellation.check();
    List<Incident> incidents = extract(document);
    cancellation.check();
    return incidents;
  }

  /** A version string that goes into every incident's provenance. */
  String version();
}

package org.harmwatch.core.watch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A document captured from a source, with the incidents found in it. */
public record SourceDocument(
    String documentId,
    String title,
    String url,
    LocalDate published,
    Instant captured,
    String captureId,
    List<SourceIncident> incidents) {
  public SourceDocument {
    incidents = List.copyOf(incidents);
  }

  /** An incident in a source's document, in brief. */
  public record SourceIncident(
      String id, String eventType, LocalDate dateStart, String place, Integer killedMin) {}
}

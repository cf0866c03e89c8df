package org.harmwatch.batch;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.harmwatch.core.model.Document;

/**
 * A document as it travels between Spark tasks: the fields of {@link Document} in serialisable
 * form, with the file or record it was read from.
 */
record DocRow(
    String id,
    String sha256,
    String title,
    String url,
    String publisher,
    String published,
    String language,
    String text,
    String contentType,
    byte[] original,
    String capturedAt,
    String source)
    implements Serializable {

  static DocRow of(Document d, String source) {
    return new DocRow(
        d.id(),
        d.sha256(),
        d.title(),
        d.url(),
        d.publisher(),
        d.published() == null ? null : d.published().toString(),
        d.language(),
        d.text(),
        d.contentType(),
        d.original(),
        d.capturedAt() == null ? null : d.capturedAt().toString(),
        source);
  }

  Document document() {
    return new Document(
        id,
        sha256,
        title,
        url,
        publisher,
        published == null ? null : LocalDate.parse(published),
        language,
        text,
        contentType,
        original,
        capturedAt == null ? null : Instant.parse(capturedAt));
  }
}

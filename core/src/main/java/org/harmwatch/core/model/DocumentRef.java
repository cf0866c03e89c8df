package org.harmwatch.core.model;

import java.time.LocalDate;
import java.util.Objects;

/** The document an incident was extracted from, as shown in the exchange format. */
public record DocumentRef(String id, String title, LocalDate published) {
  public DocumentRef {
    Objects.requireNonNull(id, "id");
  }

  /** The reference to {@code document}. */
  public static DocumentRef of(Document document) {
    return new DocumentRef(document.id(), document.title(), document.published());
  }
}

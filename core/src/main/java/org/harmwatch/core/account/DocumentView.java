package org.harmwatch.core.account;

import java.time.Instant;
import java.util.Objects;

/** One opening of a document in the reader: who, and when (the access log of sensitive texts). */
public record DocumentView(String documentId, String username, Instant at) {
  public DocumentView {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(at, "at");
  }
}

package org.harmwatch.core.account;

import java.time.Instant;
import java.util.Objects;

/** A document on a user's "read later" queue, and when it was added. */
public record QueuedDocument(String documentId, Instant added) {
  public QueuedDocument {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(added, "added");
  }
}

package org.harmwatch.core.watch;

import java.time.Instant;

/**
 * An article link a source listed, and what became of it: {@code captured} (a new document), {@code
 * duplicate} (a document already held), or {@code failed} with its error after {@code attempts}
 * tries.
 */
public record SourceItem(
    long sourceId,
    String url,
    String status,
    String documentId,
    String error,
    int attempts,
    Instant seen) {
  /** Tries after which a failing item is left alone. */
  public static final int MAX_ATTEMPTS = 3;

  /** Whether the item is done with: captured, a duplicate, or failed too often. */
  public boolean settled() {
    return !"failed".equals(status) || attempts >= MAX_ATTEMPTS;
  }
}

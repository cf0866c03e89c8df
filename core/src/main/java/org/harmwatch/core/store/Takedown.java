package org.harmwatch.core.store;

import java.time.Instant;
import java.util.Objects;

/**
 * The tombstone of a document taken down by an admin: what remains once its text and original are
 * purged. {@code sha256} identifies the original (so that it cannot be ingested again by accident),
 * {@code capturedAt} is when it had been received (null when unknown), and who took it down, when
 * and why.
 */
public record Takedown(
    String documentId,
    String sha256,
    Instant capturedAt,
    String reason,
    String takenBy,
    Instant takenAt) {

  /** The longest reason kept, in characters (the size of the database column). */
  public static final int MAX_REASON = 2000;

  public Takedown {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(takenBy, "takenBy");
    Objects.requireNonNull(takenAt, "takenAt");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a takedown needs a reason");
    }
    if (reason.length() > MAX_REASON) {
      throw new IllegalArgumentException(
          "the reason is longer than " + MAX_REASON + " characters (" + reason.length() + ")");
    }
  }

  /** One line naming the takedown, for refusals and history: who, when, why and the hash. */
  public String describe() {
    return "document '"
        + documentId
        + "' (sha256 "
        + sha256
        + ") was taken down on "
        + takenAt
        + " by "
        + takenBy
        + ": "
        + reason;
  }
}

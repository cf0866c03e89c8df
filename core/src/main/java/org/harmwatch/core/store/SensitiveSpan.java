package org.harmwatch.core.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A span of a document's text that an analyst withholds (a witness's name, a phone number): its
 * offsets {@code [start, end)}, kind ({@code person}, {@code phone}, {@code other}), the text it
 * covers, whether it was {@code proposed} by the proposer and confirmed or {@code marked} by hand,
 * and who stored it when.
 */
public record SensitiveSpan(
    long id,
    String documentId,
    int start,
    int end,
    String kind,
    String text,
    String origin,
    String markedBy,
    Instant markedAt) {
  /** The origin of a span the proposer suggested and an analyst confirmed. */
  public static final String PROPOSED = "proposed";

  /** The origin of a span an analyst marked by hand. */
  public static final String MARKED = "marked";

  public SensitiveSpan {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}

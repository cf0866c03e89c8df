package org.harmwatch.core.store;

import java.util.Objects;

/**
 * A refusal to store or serve a document that an admin took down: its original may not come back by
 * accident (ingested again, imported, polled). Carries the {@link Takedown}.
 */
public final class DocumentTakenDownException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Takedown takedown;

  public DocumentTakenDownException(Takedown takedown) {
    super(
        Objects.requireNonNull(takedown, "takedown").describe()
            + "; the same original is refused (see 'harmwatch admin takedowns')");
    this.takedown = takedown;
  }

  /** The takedown that refuses the document. */
  public Takedown takedown() {
    return takedown;
  }
}

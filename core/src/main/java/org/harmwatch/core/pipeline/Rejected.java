package org.harmwatch.core.pipeline;

import java.util.Objects;

/** A document that could not be read or processed, kept as data with the reason. */
public record Rejected(String source, String reason) {
  public Rejected {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
  }
}

package org.harmwatch.core.corroboration;

import java.util.Objects;
import org.harmwatch.core.model.Incident;

/** The two incidents a split leaves: the one split from and the one created. Immutable. */
public record SplitResult(Incident kept, Incident created) {
  public SplitResult {
    Objects.requireNonNull(kept, "kept");
    Objects.requireNonNull(created, "created");
  }
}

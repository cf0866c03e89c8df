package org.harmwatch.core.geo;

import java.util.Objects;

/**
 * A phrase of a document that names where something happened, found by extraction and not yet
 * resolved: e.g. "Bankass", "central Mali's Segou region", "30 km from Douentza", "a village near a
 * military base in central Mali". Offsets {@code [start, end)} point into the document text.
 */
public record PlaceMention(String text, int start, int end) {
  public PlaceMention {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad mention offsets [" + start + ", " + end + ")");
    }
  }
}

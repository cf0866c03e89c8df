package org.harmwatch.eval;

import java.util.Objects;

/**
 * One incident of one document, by document id and position in that document's incident list.
 *
 * <p>Immutable and thread-safe.
 */
public record IncidentRef(String docId, int index) implements Comparable<IncidentRef> {
  /** Checks the fields. */
  public IncidentRef {
    Objects.requireNonNull(docId, "docId");
    if (index < 0) {
      throw new IllegalArgumentException("negative incident index: " + index);
    }
  }

  @Override
  public int compareTo(IncidentRef o) {
    int c = docId.compareTo(o.docId);
    return c != 0 ? c : Integer.compare(index, o.index);
  }
}

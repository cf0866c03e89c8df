package org.harmwatch.core.watch;

import java.util.List;

/**
 * What one poll of a source did: whether the source answered "not modified", how many items it
 * listed and how many were new, how many new items were captured as new documents, how many were
 * documents already held (another URL or feed of the same article), and per-item errors. {@code
 * error} is the source-level error (null when the source itself was read).
 */
public record PollReport(
    long sourceId,
    boolean notModified,
    int items,
    int newItems,
    int captured,
    int duplicates,
    int incidents,
    List<String> itemErrors,
    String error) {
  public PollReport {
    itemErrors = List.copyOf(itemErrors);
  }

  /** Whether the source itself could be read. */
  public boolean ok() {
    return error == null;
  }
}

package org.harmwatch.core.reference;

import java.util.List;

/**
 * What an import of a coded dataset did: the version it made (null when nothing changed), rows
 * read, rows added, changed and left as they were, and the refused rows with their reasons. {@code
 * unchanged} is true when the file (or every row of it) was already imported.
 */
public record ImportResult(
    String dataset,
    ReferenceDataset version,
    boolean unchanged,
    long rows,
    long added,
    long changed,
    long same,
    List<RowError> errors) {
  public ImportResult {
    errors = List.copyOf(errors);
  }
}

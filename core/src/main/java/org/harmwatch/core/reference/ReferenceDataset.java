package org.harmwatch.core.reference;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a named reference dataset: the file it was imported from (name and SHA-256), its
 * format, who imported it and when, how many rows it held and how many were refused.
 *
 * <p>{@code events} is the number of events the dataset holds after this version (rows of earlier
 * versions that this file did not change are kept).
 */
public record ReferenceDataset(
    String name,
    int version,
    String format,
    String fileName,
    String sha256,
    Instant importedAt,
    String importedBy,
    long rows,
    long refused,
    long added,
    long changed,
    long events) {
  public ReferenceDataset {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(importedAt, "importedAt");
  }
}

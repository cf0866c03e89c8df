package org.harmwatch.core.reference;

import java.time.Instant;

/**
 * One cross-check run of our incidents against a dataset: when, against which version, how many
 * incidents and events were compared and how many matched.
 */
public record CrossCheck(
    String dataset,
    int version,
    Instant checkedAt,
    long incidents,
    long events,
    long matches,
    long comparisons,
    long millis) {}

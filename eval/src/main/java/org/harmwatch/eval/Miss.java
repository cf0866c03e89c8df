package org.harmwatch.eval;

/**
 * One error found by the {@link Scorer}: an unmatched gold incident ({@code kind}
 * "unmatched_gold"), a spurious prediction ("spurious") or a wrong field of a gold incident ({@code
 * kind} the field code, e.g. "killed"). Indices are positions in the document's gold or predicted
 * list, -1 when there is none.
 *
 * <p>Immutable and thread-safe.
 */
public record Miss(
    String docId, String kind, int goldIndex, int predictedIndex, String gold, String predicted) {}

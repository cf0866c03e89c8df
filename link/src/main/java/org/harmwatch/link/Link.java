package org.harmwatch.link;

/**
 * An accepted pairwise link between two incidents, with a readable reason and a score in [0,1].
 * Immutable; {@code a < b} lexicographically.
 */
public record Link(String a, String b, double score, String reason) {}

package org.harmwatch.core.store;

/**
 * One row of a summary of incidents: its key (an actor's name, a region, a month {@code 2024-03};
 * null for incidents without one), the country of a region (null otherwise), how many incidents,
 * how many of them have a known killed figure and the sums of their reconciled killed figures.
 */
public record Tally(
    String key,
    String countryCode,
    long incidents,
    long killedKnown,
    long killedLow,
    long killedBest,
    long killedHigh) {}

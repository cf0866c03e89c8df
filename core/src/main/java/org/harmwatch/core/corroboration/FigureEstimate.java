package org.harmwatch.core.corroboration;

/**
 * A figure (killed, injured or detained) reconciled across an incident's sources. Immutable; every
 * field is null when no source states the figure.
 *
 * @param low the highest "at least" (minimum) any source states
 * @param best the lower median of the independent sources' figures (see {@link Corroborated})
 * @param high the highest figure any source states (its maximum if given, else its minimum)
 */
public record FigureEstimate(Integer low, Integer best, Integer high) {
  /** No source states the figure. */
  public static final FigureEstimate UNKNOWN = new FigureEstimate(null, null, null);
}

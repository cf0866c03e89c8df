package org.harmwatch.link;

/**
 * Reconciled range for one figure across sources. Immutable; all fields null when no source gives
 * the figure.
 *
 * @param low the highest minimum ("at least") any source states
 * @param high the highest figure any source states (its max if given, else its min)
 * @param best the median of the independent sources' point values (lower median on ties)
 */
public record FigureRange(Integer low, Integer high, Integer best) {
  /** No source gives this figure. */
  public static final FigureRange UNKNOWN = new FigureRange(null, null, null);
}

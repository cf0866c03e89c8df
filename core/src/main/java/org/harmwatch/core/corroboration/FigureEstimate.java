package org.harmwatch.core.corroboration;

/**
 * A figure (killed, injured or detained) reconciled across an incident's sources. Immutable; every
 * field is null when no source states the figure, and otherwise {@code low <= best <= high}.
 *
 * @param low the lowest figure the independent sources allow (see {@link FigureReconciler})
 * @param best the lower median of the independent sources' figures
 * @param high the highest figure any source states (its maximum if given, else its minimum)
 */
public record FigureEstimate(Integer low, Integer best, Integer high) {
  /** No source states the figure. */
  public static final FigureEstimate UNKNOWN = new FigureEstimate(null, null, null);

  public FigureEstimate {
    if (low != null && best != null && best < low) {
      throw new IllegalArgumentException("best " + best + " is below low " + low);
    }
    if (best != null && high != null && high < best) {
      throw new IllegalArgumentException("high " + high + " is below best " + best);
    }
    if (low != null && high != null && high < low) {
      throw new IllegalArgumentException("high " + high + " is below low " + low);
    }
  }
}

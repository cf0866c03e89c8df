package org.harmwatch.core.corroboration;

import java.util.List;

/**
 * Which reports (by {@link SourceReport#sourceId()}) state each value of a reconciled {@link
 * FigureEstimate}. Immutable; a list is empty when its value is unknown.
 *
 * @param low the reports whose lower bound is the estimate's low
 * @param best the reports whose figure is the estimate's best
 * @param high the reports whose figure is the estimate's high
 */
public record FigureSources(List<String> low, List<String> best, List<String> high) {
  /** No report states the figure. */
  public static final FigureSources NONE = new FigureSources(List.of(), List.of(), List.of());

  public FigureSources {
    low = List.copyOf(low);
    best = List.copyOf(best);
    high = List.copyOf(high);
  }
}

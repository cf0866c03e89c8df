package org.harmwatch.link;

import java.time.LocalDate;
import java.util.List;

/** Reconciled view of one cluster. Immutable. */
public record Reconciliation(
    String clusterId,
    FigureRange killed,
    FigureRange injured,
    FigureRange detained,
    int independentSources,
    LocalDate firstReported,
    LocalDate lastReported,
    List<SourceFigures> sources) {
  public Reconciliation {
    sources = List.copyOf(sources);
  }
}

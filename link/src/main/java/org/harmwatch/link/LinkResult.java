package org.harmwatch.link;

import java.util.List;

/**
 * Output of a {@link Linker} run: clusters sorted by id and the number of pairs scored. Immutable.
 */
public record LinkResult(List<Cluster> clusters, long pairsCompared) {
  public LinkResult {
    clusters = List.copyOf(clusters);
  }
}

package org.harmwatch.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores the linking of incidents across documents pairwise: a pair of incidents is linked in the
 * gold when both have the same event key, and predicted linked when both have the same (non-null)
 * cluster id. Only incidents present in the gold map are scored; an incident absent from the
 * predicted map, or with a null cluster, is a singleton.
 *
 * <p>Stateless and thread-safe.
 */
public final class LinkScorer {
  private LinkScorer() {}

  /** Pairwise precision, recall and F1 of {@code predictedClusters} against {@code goldKeys}. */
  public static LinkReport score(
      Map<IncidentRef, String> goldKeys, Map<IncidentRef, String> predictedClusters) {
    List<IncidentRef> items = new ArrayList<>(goldKeys.keySet());
    items.sort(null);
    long goldPairs = 0;
    long predictedPairs = 0;
    long truePairs = 0;
    for (int i = 0; i < items.size(); i++) {
      for (int j = i + 1; j < items.size(); j++) {
        boolean g = linked(goldKeys.get(items.get(i)), goldKeys.get(items.get(j)));
        boolean p =
            linked(predictedClusters.get(items.get(i)), predictedClusters.get(items.get(j)));
        goldPairs += g ? 1 : 0;
        predictedPairs += p ? 1 : 0;
        truePairs += g && p ? 1 : 0;
      }
    }
    return new LinkReport(items.size(), goldPairs, predictedPairs, truePairs);
  }

  /** The gold event keys of all incidents of {@code gold} that have one. */
  public static Map<IncidentRef, String> goldKeys(List<GoldDocument> gold) {
    Map<IncidentRef, String> out = new java.util.LinkedHashMap<>();
    for (GoldDocument d : gold) {
      for (int i = 0; i < d.incidents().size(); i++) {
        if (d.eventKey(i) != null) {
          out.put(new IncidentRef(d.docId(), i), d.eventKey(i));
        }
      }
    }
    return out;
  }

  private static boolean linked(String a, String b) {
    return a != null && Objects.equals(a, b);
  }

  /**
   * Pair counts of a linking evaluation over {@code incidents} incidents.
   *
   * <p>Immutable and thread-safe.
   */
  public record LinkReport(int incidents, long goldPairs, long predictedPairs, long truePairs) {
    /** True over predicted pairs; 1 when no pair was predicted. */
    public double precision() {
      return predictedPairs == 0 ? 1.0 : (double) truePairs / predictedPairs;
    }

    /** True over gold pairs; 1 when the gold links nothing. */
    public double recall() {
      return goldPairs == 0 ? 1.0 : (double) truePairs / goldPairs;
    }

    /** The harmonic mean of precision and recall. */
    public double f1() {
      return EvalReport.f1(precision(), recall());
    }
  }
}

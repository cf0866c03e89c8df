package org.harmwatch.core.corroboration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.harmwatch.core.model.Count;

/**
 * An incident with all its reports and their figures reconciled. Immutable.
 *
 * <p>Reconciliation rules, per figure (killed, injured, detained):
 *
 * <ul>
 *   <li>{@code low} = the highest minimum ("at least") any report states;
 *   <li>{@code high} = the highest figure any report states (its maximum when given, else its
 *       minimum);
 *   <li>{@code best} = the lower median of the independent sources' figures, where each report's
 *       figure is its maximum when given, else its minimum, and the reports of one story (same
 *       document, same wire credit or near-identical wording, see {@link ReprintKey}) first
 *       collapse to their own lower median. The lower median (the smaller middle value on an even
 *       count) keeps {@code best} a figure some source actually stated and leans toward caution
 *       when sources disagree.
 * </ul>
 *
 * Reports that give no number ("dozens") contribute nothing; nothing is invented.
 */
public record Corroborated(
    String incidentId,
    List<SourceReport> sources,
    FigureEstimate killed,
    FigureEstimate injured,
    FigureEstimate detained,
    int independentSources,
    LocalDate firstReported,
    LocalDate lastReported) {
  public Corroborated {
    Objects.requireNonNull(incidentId, "incidentId");
    sources = List.copyOf(sources);
  }

  /** The reconciliation of {@code sources}, the reports of incident {@code incidentId}. */
  public static Corroborated of(String incidentId, List<SourceReport> sources) {
    List<SourceReport> sorted = new ArrayList<>(sources);
    sorted.sort(
        Comparator.comparing(SourceReport::documentId).thenComparing(SourceReport::sourceId));
    // Reports of one story: same document, same wire credit or near-identical wording, joined
    // transitively; each story is named by its first report in sorted order.
    int n = sorted.size();
    int[] story = new int[n];
    for (int i = 0; i < n; i++) {
      story[i] = i;
      for (int j = 0; j < i; j++) {
        SourceReport a = sorted.get(i);
        SourceReport b = sorted.get(j);
        if (a.documentId().equals(b.documentId())
            || ReprintKey.sameStory(a.reprintKey(), b.reprintKey())) {
          int from = story[i];
          int to = story[j];
          for (int k = 0; k <= i; k++) {
            if (story[k] == from) {
              story[k] = to;
            }
          }
        }
      }
    }
    Map<Integer, List<SourceReport>> stories = new LinkedHashMap<>();
    LocalDate first = null;
    LocalDate last = null;
    for (int i = 0; i < n; i++) {
      SourceReport s = sorted.get(i);
      stories.computeIfAbsent(story[i], k -> new ArrayList<>()).add(s);
      LocalDate p = s.published();
      if (p != null) {
        first = first == null || p.isBefore(first) ? p : first;
        last = last == null || p.isAfter(last) ? p : last;
      }
    }
    return new Corroborated(
        incidentId,
        sorted,
        estimate(sorted, stories, SourceReport::killed),
        estimate(sorted, stories, SourceReport::injured),
        estimate(sorted, stories, SourceReport::detained),
        stories.size(),
        first,
        last);
  }

  private static FigureEstimate estimate(
      List<SourceReport> all,
      Map<Integer, List<SourceReport>> stories,
      Function<SourceReport, Count> figure) {
    Integer low = null;
    Integer high = null;
    for (SourceReport s : all) {
      Count c = figure.apply(s);
      if (c == null) {
        continue;
      }
      if (c.min() != null) {
        low = low == null ? c.min() : Math.max(low, c.min());
      }
      Integer p = point(c);
      if (p != null) {
        high = high == null ? p : Math.max(high, p);
      }
    }
    if (low == null && high == null) {
      return FigureEstimate.UNKNOWN;
    }
    List<Integer> independent = new ArrayList<>();
    for (List<SourceReport> story : stories.values()) {
      List<Integer> values = new ArrayList<>();
      for (SourceReport s : story) {
        Integer p = point(figure.apply(s));
        if (p != null) {
          values.add(p);
        }
      }
      Integer m = lowerMedian(values);
      if (m != null) {
        independent.add(m);
      }
    }
    return new FigureEstimate(low, lowerMedian(independent), high);
  }

  /** A report's single figure: its maximum when given, else its minimum; null when neither. */
  public static Integer point(Count c) {
    if (c == null) {
      return null;
    }
    return c.max() != null ? c.max() : c.min();
  }

  private static Integer lowerMedian(List<Integer> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Integer> v = new ArrayList<>(values);
    v.sort(Comparator.naturalOrder());
    return v.get((v.size() - 1) / 2);
  }
}

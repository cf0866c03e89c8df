package org.harmwatch.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.harmwatch.core.corroboration.Corroborated;
import org.harmwatch.core.corroboration.FigureEstimate;
import org.harmwatch.core.corroboration.FigureReconciler;
import org.harmwatch.core.corroboration.FigureSources;
import org.harmwatch.core.corroboration.ReprintKey;
import org.harmwatch.core.corroboration.SourceReport;
import org.harmwatch.core.model.Count;

/**
 * The one reconciliation of an incident's figures across its reports. Stateless and thread-safe.
 *
 * <p>Reports of one story (same document, or the same wire credit or near-identical wording, see
 * {@link ReprintKey}, joined transitively) first become one figure; then, per figure (killed,
 * injured, detained), across the independent stories:
 *
 * <ul>
 *   <li>within a story, an open-ended figure ("at least 2" from "several") that lies below a
 *       precise figure of the same story (one with a maximum: "ten", "50 to 70") is dropped: it
 *       only says less about the same dead, it does not disagree;
 *   <li>a story's figure is the lower median of its remaining reports' figures (a report's figure
 *       is its maximum when given, else its minimum), its lower bound the smallest of their
 *       minimums (0 for "up to n");
 *   <li>{@code low} = the smallest lower bound of any story, {@code best} = the lower median of the
 *       stories' figures, {@code high} = the highest figure any remaining report states.
 * </ul>
 *
 * Every story's lower bound is at most its figure and every figure at most {@code high}, so {@code
 * low <= best <= high} always. The lower median (the smaller middle value on an even count) keeps
 * {@code best} a figure some source actually stated and leans toward caution when sources disagree.
 * Reports that give no number ("dozens") contribute nothing; nothing is invented.
 */
public final class Reconciler implements FigureReconciler {

  @Override
  public Corroborated reconcile(String incidentId, List<SourceReport> sources) {
    List<SourceReport> sorted = new ArrayList<>(sources);
    sorted.sort(
        Comparator.comparing(SourceReport::documentId).thenComparing(SourceReport::sourceId));
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
    Figure killed = figure(stories.values(), SourceReport::killed);
    Figure injured = figure(stories.values(), SourceReport::injured);
    Figure detained = figure(stories.values(), SourceReport::detained);
    return new Corroborated(
        incidentId,
        sorted,
        killed.estimate(),
        injured.estimate(),
        detained.estimate(),
        killed.from(),
        injured.from(),
        detained.from(),
        stories.size(),
        first,
        last);
  }

  private record Figure(FigureEstimate estimate, FigureSources from) {}

  private record Stated(String sourceId, int lower, int point) {}

  private static Figure figure(
      Iterable<List<SourceReport>> stories, Function<SourceReport, Count> figure) {
    List<Stated> kept = new ArrayList<>();
    List<Integer> lows = new ArrayList<>();
    List<Integer> points = new ArrayList<>();
    for (List<SourceReport> story : stories) {
      List<Stated> stated = stated(story, figure);
      if (stated.isEmpty()) {
        continue;
      }
      kept.addAll(stated);
      lows.add(stated.stream().mapToInt(Stated::lower).min().orElseThrow());
      points.add(lowerMedian(stated.stream().map(Stated::point).toList()));
    }
    if (kept.isEmpty()) {
      return new Figure(FigureEstimate.UNKNOWN, FigureSources.NONE);
    }
    int low = lows.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int best = lowerMedian(points);
    int high = kept.stream().mapToInt(Stated::point).max().orElseThrow();
    return new Figure(
        new FigureEstimate(low, best, high),
        new FigureSources(
            kept.stream().filter(s -> s.lower() == low).map(Stated::sourceId).toList(),
            kept.stream().filter(s -> s.point() == best).map(Stated::sourceId).toList(),
            kept.stream().filter(s -> s.point() == high).map(Stated::sourceId).toList()));
  }

  // The story's reports that state a number, less the open-ended ones a precise figure of the same
  // story exceeds ("several" beside "ten civilians").
  private static List<Stated> stated(List<SourceReport> story, Function<SourceReport, Count> f) {
    Integer precise = null;
    for (SourceReport s : story) {
      Count c = f.apply(s);
      if (c != null && c.max() != null) {
        precise = precise == null ? c.max() : Math.max(precise, c.max());
      }
    }
    List<Stated> out = new ArrayList<>();
    for (SourceReport s : story) {
      Count c = f.apply(s);
      Integer p = Corroborated.point(c);
      if (p == null) {
        continue;
      }
      if (c.max() == null && precise != null && c.min() < precise) {
        continue;
      }
      out.add(new Stated(s.sourceId(), c.min() == null ? 0 : c.min(), p));
    }
    return out;
  }

  static Integer lowerMedian(List<Integer> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Integer> v = new ArrayList<>(values);
    v.sort(Comparator.naturalOrder());
    return v.get((v.size() - 1) / 2);
  }
}

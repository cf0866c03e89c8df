package org.harmwatch.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Incident;

/**
 * Reconciles the figures of one cluster's sources. Stateless and thread-safe.
 *
 * <p>Rules, per figure (killed, injured, detained): {@code low} = the highest minimum any source
 * states; {@code high} = the highest figure any source states (its max if given, else its min);
 * {@code best} = the median of the point values (max if given, else min) of the
 * <em>independent</em> sources, taking the lower middle value on an even count so that best is
 * always a figure some source actually stated. Sources sharing a wire fingerprint count once (the
 * fingerprint group's own lower median); sources without a fingerprint are independent. Sources
 * that state no number ("dozens" with min/max null) contribute nothing; nothing is invented.
 */
public final class Reconciler {

  /** Reconciles a cluster produced by {@link Linker}. */
  public Reconciliation reconcile(Cluster cluster) {
    Map<String, String> reasons = new HashMap<>();
    Map<String, Double> scores = new HashMap<>();
    for (Link l : cluster.links()) {
      for (String id : List.of(l.a(), l.b())) {
        Double old = scores.get(id);
        if (old == null || l.score() > old) {
          scores.put(id, l.score());
          reasons.put(id, l.reason());
        }
      }
    }
    List<SourceFigures> sources = new ArrayList<>();
    LocalDate first = null;
    LocalDate last = null;
    Map<String, List<LinkInput>> groups = new LinkedHashMap<>();
    for (LinkInput in : cluster.members()) {
      Incident inc = in.incident();
      Casualties c = inc.casualties();
      sources.add(
          new SourceFigures(
              in.documentId(),
              Linker.point(c.killed()),
              Linker.point(c.injured()),
              Linker.point(c.detained()),
              inc.date() == null ? null : inc.date().text(),
              inc.location() == null ? null : inc.location().text(),
              reasons.get(in.id()),
              scores.getOrDefault(in.id(), 1.0)));
      if (in.published() != null) {
        first = first == null || in.published().isBefore(first) ? in.published() : first;
        last = last == null || in.published().isAfter(last) ? in.published() : last;
      }
      String key = in.fingerprint() != null ? "f:" + in.fingerprint() : "d:" + in.documentId();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(in);
    }
    sources.sort(Comparator.comparing(SourceFigures::documentId));
    return new Reconciliation(
        cluster.id(),
        range(cluster.members(), groups, Casualties::killed),
        range(cluster.members(), groups, Casualties::injured),
        range(cluster.members(), groups, Casualties::detained),
        groups.size(),
        first,
        last,
        sources);
  }

  private static FigureRange range(
      List<LinkInput> members,
      Map<String, List<LinkInput>> groups,
      Function<Casualties, Count> figure) {
    Integer low = null;
    Integer high = null;
    for (LinkInput in : members) {
      Count c = figure.apply(in.incident().casualties());
      if (c == null) {
        continue;
      }
      if (c.min() != null) {
        low = low == null ? c.min() : Math.max(low, c.min());
      }
      Integer p = Linker.point(c);
      if (p != null) {
        high = high == null ? p : Math.max(high, p);
      }
    }
    List<Integer> independent = new ArrayList<>();
    for (List<LinkInput> g : groups.values()) {
      List<Integer> vals = new ArrayList<>();
      for (LinkInput in : g) {
        Integer p = Linker.point(figure.apply(in.incident().casualties()));
        if (p != null) {
          vals.add(p);
        }
      }
      Integer m = lowerMedian(vals);
      if (m != null) {
        independent.add(m);
      }
    }
    if (low == null && high == null) {
      return FigureRange.UNKNOWN;
    }
    return new FigureRange(low, high, lowerMedian(independent));
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

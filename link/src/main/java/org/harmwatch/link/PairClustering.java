package org.harmwatch.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The clustering step of {@link Linker}: union-find over the accepted pairs, the analysts'
 * must-links first, the scored pairs best first (score descending, then ids), a union refused when
 * it would join two incidents an analyst cannot-linked.
 */
final class PairClustering {
  private PairClustering() {}

  /**
   * The clusters of {@code items} (sorted by id, {@code index} their positions by id) formed by the
   * analysts' decisions in {@code manual} (keyed by {@link #key}) and the {@code accepted} pairs;
   * clusters sorted by id, each with the links that joined it. A cannot-link between incidents that
   * must-links join is refused with an {@link IllegalArgumentException}.
   */
  static List<Cluster> clusters(
      List<LinkInput> items,
      Map<String, Integer> index,
      Map<Long, ManualDecision.Kind> manual,
      List<Link> accepted) {
    int n = items.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    List<long[]> cannot = new ArrayList<>();
    List<Link> manualLinks = new ArrayList<>();
    manual.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            en -> {
              int a = (int) (en.getKey() >>> 32);
              int b = (int) (long) en.getKey();
              if (en.getValue() == ManualDecision.Kind.MUST_LINK) {
                union(parent, a, b);
                manualLinks.add(
                    new Link(items.get(a).id(), items.get(b).id(), 1.0, "analyst: must-link"));
              } else {
                cannot.add(new long[] {a, b});
              }
            });
    for (long[] c : cannot) {
      if (find(parent, (int) c[0]) == find(parent, (int) c[1])) {
        throw new IllegalArgumentException(
            "cannot-link contradicts must-links: "
                + items.get((int) c[0]).id()
                + " / "
                + items.get((int) c[1]).id());
      }
    }
    accepted.sort(
        Comparator.comparingDouble(Link::score)
            .reversed()
            .thenComparing(Link::a)
            .thenComparing(Link::b));
    List<Link> kept = new ArrayList<>(manualLinks);
    for (Link l : accepted) {
      int ra = find(parent, index.get(l.a()));
      int rb = find(parent, index.get(l.b()));
      if (ra == rb) {
        kept.add(l);
        continue;
      }
      boolean forbidden = false;
      for (long[] c : cannot) {
        int ca = find(parent, (int) c[0]);
        int cb = find(parent, (int) c[1]);
        if ((ca == ra && cb == rb) || (ca == rb && cb == ra)) {
          forbidden = true;
          break;
        }
      }
      if (!forbidden) {
        parent[ra] = rb;
        kept.add(l);
      }
    }

    Map<Integer, List<Integer>> members = new HashMap<>();
    for (int i = 0; i < n; i++) {
      members.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    Map<Integer, List<Link>> linksByRoot = new HashMap<>();
    for (Link l : kept) {
      linksByRoot.computeIfAbsent(find(parent, index.get(l.a())), k -> new ArrayList<>()).add(l);
    }
    List<Cluster> clusters = new ArrayList<>(members.size());
    for (Map.Entry<Integer, List<Integer>> en : members.entrySet()) {
      List<LinkInput> ms = new ArrayList<>();
      for (int i : en.getValue()) {
        ms.add(items.get(i));
      }
      List<Link> ls = new ArrayList<>(linksByRoot.getOrDefault(en.getKey(), List.of()));
      ls.sort(Comparator.comparing(Link::a).thenComparing(Link::b));
      clusters.add(new Cluster(ms.get(0).id(), ms, ls));
    }
    clusters.sort(Comparator.comparing(Cluster::id));
    return clusters;
  }

  static long key(int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    return ((long) lo << 32) | (hi & 0xffffffffL);
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  private static void union(int[] p, int a, int b) {
    int ra = find(p, a);
    int rb = find(p, b);
    if (ra != rb) {
      p[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}

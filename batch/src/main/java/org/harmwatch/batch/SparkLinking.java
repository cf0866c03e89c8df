package org.harmwatch.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.harmwatch.link.Blocking;
import org.harmwatch.link.LinkInput;
import org.harmwatch.link.Linker;
import scala.Tuple2;

/**
 * {@link Linker#link} over a Spark cluster, with the same answers: blocking as a grouping by block
 * keys built from {@link Blocking#extent} (sharp incidents by 0.5° cell and week, with the
 * neighbouring cells and weeks; the others by country and week), each incident sent to its home
 * keys and to the keys its search reaches, carrying its row and extent; within each block every
 * probe-home pair that {@link Blocking#offered} would offer is scored once by {@link Linker#match}
 * (the linker's own scoring and threshold); then connected components of the accepted links, by
 * union-find on the driver when they are at most {@link #LINKS_ON_DRIVER}, else by min-label
 * propagation. Without analysts' decisions the linker's union-find keeps every accepted link, and a
 * cluster's id is its smallest member id; both hold here.
 *
 * <p>Scoring inside the blocks ships each incident once per block key (about 30 for a sharp one)
 * rather than once per candidate pair, and parses an incident's JSON at most once per block (once
 * per task while it stays in the task's cache); the offer rule runs on the extents, so an incident
 * in no offered pair is never parsed.
 */
final class SparkLinking {
  // Up to this many accepted links, their components are found on the driver (a few hundred
  // bytes a link there) rather than by rounds of label propagation over the cluster.
  static final long LINKS_ON_DRIVER = 2_000_000;

  // Parsed incidents a scoring task keeps (a few KB each).
  private static final int PARSED_PER_TASK = 10_000;

  private SparkLinking() {}

  /** The accepted links and, for every incident with at least one link, its cluster id. */
  record Linked(JavaRDD<LinkRow> links, JavaPairRDD<String, String> clusterOf, long candidates) {}

  /** An incident with its blocking extent, as it travels to the blocks it belongs to. */
  record Placed(
      String id,
      boolean sharp,
      int cellLat,
      int cellLon,
      long startDay,
      long endDay,
      String country,
      IncidentRow row)
      implements java.io.Serializable {
    static Placed of(IncidentRow r) {
      Blocking.Extent x = Blocking.extent(r.linkInput());
      return new Placed(
          r.id(), x.sharp(), x.cellLat(), x.cellLon(), x.startDay(), x.endDay(), x.country(), r);
    }

    Blocking.Extent extent() {
      return new Blocking.Extent(sharp, cellLat, cellLon, startDay, endDay, country);
    }

    int startWeek() {
      return Blocking.week(startDay);
    }

    int endWeek() {
      return Blocking.week(endDay);
    }
  }

  static Linked link(JavaRDD<IncidentRow> incidents, int partitions) {
    LongAccumulator scored = incidents.context().longAccumulator("link pairs scored");
    JavaPairRDD<String, Tuple2<Boolean, Placed>> members =
        incidents
            .map(Placed::of)
            .flatMapToPair(
                p -> {
                  Blocking.Extent x = p.extent();
                  List<Tuple2<String, Tuple2<Boolean, Placed>>> out = new ArrayList<>();
                  Tuple2<Boolean, Placed> home = new Tuple2<>(true, p);
                  Tuple2<Boolean, Placed> probe = new Tuple2<>(false, p);
                  for (String k : homeKeys(x)) {
                    out.add(new Tuple2<>(k, home));
                  }
                  for (String k : probeKeys(x)) {
                    out.add(new Tuple2<>(k, probe));
                  }
                  return out.iterator();
                });
    JavaRDD<LinkRow> links =
        members
            .groupByKey(partitions)
            .mapPartitions(blocks -> score(blocks, scored))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long accepted = links.count();
    JavaPairRDD<String, String> clusterOf =
        accepted <= LINKS_ON_DRIVER
            ? JavaSparkContext.fromSparkContext(incidents.context())
                .parallelizePairs(componentsOnDriver(links.collect()), partitions)
            : components(links, partitions);
    return new Linked(links, clusterOf, scored.value());
  }

  /**
   * Connected components of links few enough for the driver, by union-find: the same labels as
   * {@link #components} (each incident's smallest connected id) without its rounds of shuffles.
   */
  static List<Tuple2<String, String>> componentsOnDriver(List<LinkRow> links) {
    Map<String, String> parent = new HashMap<>();
    for (LinkRow l : links) {
      String ra = root(parent, l.a());
      String rb = root(parent, l.b());
      if (!ra.equals(rb)) {
        // The smaller id stays the root, so a root is its component's smallest id.
        if (ra.compareTo(rb) < 0) {
          parent.put(rb, ra);
        } else {
          parent.put(ra, rb);
        }
      }
    }
    List<Tuple2<String, String>> out = new ArrayList<>(parent.size());
    for (String id : parent.keySet()) {
      out.add(new Tuple2<>(id, root(parent, id)));
    }
    return out;
  }

  private static String root(Map<String, String> parent, String id) {
    String r = parent.computeIfAbsent(id, k -> k);
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    String x = id;
    while (!x.equals(r)) {
      String next = parent.get(x);
      parent.put(x, r);
      x = next;
    }
    return r;
  }

  // Scores, block by block, each pair a probe meets at a home that the linker's blocking offers,
  // from one of its two possible meetings only; keeps the accepted links.
  private static Iterator<LinkRow> score(
      Iterator<Tuple2<String, Iterable<Tuple2<Boolean, Placed>>>> blocks, LongAccumulator scored) {
    Linker linker = new Linker();
    List<LinkRow> out = new ArrayList<>();
    // An incident is in about 30 blocks, several of them in one task: parsed once per task while
    // it stays among the most recently used.
    Map<String, LinkInput> parsed =
        new java.util.LinkedHashMap<>(1 << 12, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, LinkInput> eldest) {
            return size() > PARSED_PER_TASK;
          }
        };
    long n = 0;
    while (blocks.hasNext()) {
      List<Placed> homes = new ArrayList<>();
      List<Placed> probes = new ArrayList<>();
      for (Tuple2<Boolean, Placed> m : blocks.next()._2()) {
        (m._1() ? homes : probes).add(m._2());
      }
      if (homes.isEmpty() || probes.isEmpty()) {
        continue;
      }
      for (Placed p : probes) {
        for (Placed h : homes) {
          if (p.id().equals(h.id())
              || !offered(p, h)
              || (reaches(h, p) && p.id().compareTo(h.id()) > 0)) {
            continue;
          }
          boolean pFirst = p.id().compareTo(h.id()) < 0;
          Placed a = pFirst ? p : h;
          Placed b = pFirst ? h : p;
          n++;
          linker
              .match(input(parsed, a), input(parsed, b))
              .ifPresent(x -> out.add(new LinkRow(x.a(), x.b(), x.score(), x.reason())));
        }
      }
    }
    scored.add(n);
    return out.iterator();
  }

  private static LinkInput input(Map<String, LinkInput> parsed, Placed p) {
    return parsed.computeIfAbsent(p.id(), k -> p.row().linkInput());
  }

  /**
   * Whether the linker's blocking offers the pair ({@link Blocking#offered}), from the extents: one
   * incident's search finds the other.
   */
  static boolean offered(Placed a, Placed b) {
    return finds(a, b) || finds(b, a);
  }

  // Whether a's search (Blocks.candidates) finds b: a sharp one finds sharp ones in its own and
  // the neighbouring cells starting within its day window; any other finds those of its country
  // (of any when it has none) and those without a country, starting within its week window.
  private static boolean finds(Placed a, Placed b) {
    if (a.sharp()) {
      return b.sharp()
          && Math.abs(a.cellLat() - b.cellLat()) <= 1
          && Math.abs(a.cellLon() - b.cellLon()) <= 1
          && b.startDay() >= a.startDay() - Blocking.SHARP_SPAN - Blocking.DAY_TOLERANCE
          && b.startDay() <= a.endDay() + Blocking.DAY_TOLERANCE;
    }
    return (a.country().isEmpty() || b.country().isEmpty() || a.country().equals(b.country()))
        && b.startWeek() >= a.startWeek() - 3
        && b.startWeek() <= a.endWeek() + 2;
  }

  // Whether one of a's probe keys is one of b's home keys, i.e. the two also meet with a as the
  // probe (in exactly one block: each incident has one home key of each kind).
  static boolean reaches(Placed a, Placed b) {
    if (a.sharp()) {
      return b.sharp()
          && Math.abs(a.cellLat() - b.cellLat()) <= 1
          && Math.abs(a.cellLon() - b.cellLon()) <= 1
          && b.startWeek()
              >= Blocking.week(a.startDay() - Blocking.SHARP_SPAN - Blocking.DAY_TOLERANCE)
          && b.startWeek() <= Blocking.week(a.endDay() + Blocking.DAY_TOLERANCE);
    }
    return (a.country().isEmpty() || b.country().isEmpty() || a.country().equals(b.country()))
        && b.startWeek() >= a.startWeek() - 3
        && b.startWeek() <= a.endWeek() + 2;
  }

  /** The keys under which an incident waits to be found. */
  static List<String> homeKeys(Blocking.Extent x) {
    List<String> keys = new ArrayList<>(3);
    keys.add("C|" + x.country() + "|" + x.startWeek());
    keys.add("W|" + x.startWeek());
    if (x.sharp()) {
      keys.add("S|" + x.cellLat() + "|" + x.cellLon() + "|" + x.startWeek());
    }
    return keys;
  }

  /**
   * The keys an incident searches: every home key of an incident its {@link Blocking} search can
   * reach. A sharp incident searches sharp ones in its own and the 8 neighbouring cells whose start
   * day is at most {@link Blocking#SHARP_SPAN} + tolerance days before its start or tolerance days
   * after its end; any other incident searches its country and those without a country (all
   * countries when it has none) from 3 weeks before its start week to 2 weeks after its end week.
   */
  static List<String> probeKeys(Blocking.Extent x) {
    List<String> keys = new ArrayList<>();
    if (x.sharp()) {
      int from = Blocking.week(x.startDay() - Blocking.SHARP_SPAN - Blocking.DAY_TOLERANCE);
      int to = Blocking.week(x.endDay() + Blocking.DAY_TOLERANCE);
      for (int dLat = -1; dLat <= 1; dLat++) {
        for (int dLon = -1; dLon <= 1; dLon++) {
          for (int w = from; w <= to; w++) {
            keys.add("S|" + (x.cellLat() + dLat) + "|" + (x.cellLon() + dLon) + "|" + w);
          }
        }
      }
      return keys;
    }
    for (int w = x.startWeek() - 3; w <= x.endWeek() + 2; w++) {
      if (x.country().isEmpty()) {
        keys.add("W|" + w);
      } else {
        keys.add("C|" + x.country() + "|" + w);
        keys.add("C||" + w);
      }
    }
    return keys;
  }

  /**
   * Connected components of the links: every incident takes the smallest id among its neighbours'
   * labels until nothing changes (as many rounds as the widest cluster's diameter).
   */
  static JavaPairRDD<String, String> components(JavaRDD<LinkRow> links, int partitions) {
    JavaPairRDD<String, String> edges =
        links
            .flatMapToPair(
                l -> List.of(new Tuple2<>(l.a(), l.b()), new Tuple2<>(l.b(), l.a())).iterator())
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, String> labels =
        edges
            .keys()
            .distinct(partitions)
            .mapToPair(v -> new Tuple2<>(v, v))
            .persist(StorageLevel.MEMORY_AND_DISK());
    for (int round = 1; ; round++) {
      JavaPairRDD<String, String> proposals =
          edges.join(labels, partitions).mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
      JavaPairRDD<String, String> next =
          labels
              .union(proposals)
              .reduceByKey((x, y) -> x.compareTo(y) <= 0 ? x : y, partitions)
              .persist(StorageLevel.MEMORY_AND_DISK());
      if (round % 8 == 0) {
        next.rdd().localCheckpoint(); // keeps the lineage short on long chains
      }
      long changed =
          next.join(labels, partitions).filter(t -> !t._2()._1().equals(t._2()._2())).count();
      labels.unpersist(false);
      labels = next;
      if (changed == 0) {
        break;
      }
    }
    edges.unpersist(false);
    return labels;
  }
}

package org.harmwatch.batch;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.harmwatch.link.Blocking;
import org.harmwatch.link.Link;
import org.harmwatch.link.LinkInput;
import org.harmwatch.link.Linker;
import scala.Tuple2;

/**
 * {@link Linker#link} over a Spark cluster, with the same answers: blocking as a join of block keys
 * built from {@link Blocking#extent} (sharp incidents by 0.5° cell and week, with the neighbouring
 * cells and weeks; the others by country and week), every joined pair kept only when {@link
 * Blocking#offered} says the linker scores it, scoring by {@link Linker#match} (the linker's own
 * scoring and threshold), then connected components of the accepted links by min-label propagation.
 * Without analysts' decisions the linker's union-find keeps every accepted link, and a cluster's id
 * is its smallest member id; both hold here.
 */
final class SparkLinking {
  private SparkLinking() {}

  /** The accepted links and, for every incident with at least one link, its cluster id. */
  record Linked(JavaRDD<LinkRow> links, JavaPairRDD<String, String> clusterOf, long candidates) {}

  static Linked link(JavaRDD<IncidentRow> incidents, int partitions) {
    JavaPairRDD<String, IncidentRow> byId =
        incidents.mapToPair(r -> new Tuple2<>(r.id(), r)).persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, String> homes =
        incidents.flatMapToPair(
            r -> {
              Blocking.Extent x = Blocking.extent(r.linkInput());
              List<Tuple2<String, String>> out = new ArrayList<>(3);
              for (String k : homeKeys(x)) {
                out.add(new Tuple2<>(k, r.id()));
              }
              return out.iterator();
            });
    JavaPairRDD<String, String> probes =
        incidents.flatMapToPair(
            r -> {
              Blocking.Extent x = Blocking.extent(r.linkInput());
              List<Tuple2<String, String>> out = new ArrayList<>();
              for (String k : probeKeys(x)) {
                out.add(new Tuple2<>(k, r.id()));
              }
              return out.iterator();
            });
    JavaPairRDD<String, String> pairs =
        probes
            .join(homes, partitions)
            .values()
            .filter(p -> !p._1().equals(p._2()))
            .mapToPair(
                p ->
                    p._1().compareTo(p._2()) < 0
                        ? new Tuple2<>(p._1(), p._2())
                        : new Tuple2<>(p._2(), p._1()))
            .distinct(partitions)
            .persist(StorageLevel.MEMORY_AND_DISK());
    long candidates = pairs.count();
    JavaRDD<LinkRow> links =
        pairs
            .join(byId, partitions)
            .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
            .join(byId, partitions)
            .mapPartitions(SparkLinking::score)
            .persist(StorageLevel.MEMORY_AND_DISK());
    links.count();
    pairs.unpersist(false);
    byId.unpersist(false);
    return new Linked(links, components(links, partitions), candidates);
  }

  // Scores pairs (b, (rowA, rowB)) that the linker's blocking offers; keeps the accepted ones.
  private static Iterator<LinkRow> score(
      Iterator<Tuple2<String, Tuple2<IncidentRow, IncidentRow>>> pairs) {
    Linker linker = new Linker();
    List<LinkRow> out = new ArrayList<>();
    while (pairs.hasNext()) {
      Tuple2<IncidentRow, IncidentRow> p = pairs.next()._2();
      LinkInput a = p._1().linkInput();
      LinkInput b = p._2().linkInput();
      if (!Blocking.offered(a, b)) {
        continue;
      }
      Optional<Link> l = linker.match(a, b);
      l.ifPresent(x -> out.add(new LinkRow(x.a(), x.b(), x.score(), x.reason())));
    }
    return out.iterator();
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

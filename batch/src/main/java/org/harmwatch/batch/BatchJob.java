package org.harmwatch.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.harmwatch.core.json.ExchangeJson;
import scala.Tuple2;

/**
 * The batch job: reads the input files, folds duplicate documents, extracts incidents in parallel
 * (one extractor per executor JVM, see {@link Extraction}), links them across the whole input
 * ({@link SparkLinking}) and writes under {@code --out}:
 *
 * <ul>
 *   <li>{@code jsonl/documents}, {@code parquet/documents}: one row per document (Parquet also
 *       keeps the original bytes);
 *   <li>{@code jsonl/sources}, {@code parquet/sources}: one row per incident a report gives (its id
 *       is {@code documentId#k}, k counting from 0 in extraction order), with the incident it was
 *       linked into and the best link's score and reason;
 *   <li>{@code jsonl/incidents}, {@code parquet/incidents}: one row per linked incident (its id is
 *       its smallest report incident's id, whose extraction it shows), with its {@code sources};
 *   <li>{@code jsonl/links}, {@code parquet/links}: every accepted link;
 *   <li>{@code jsonl/rejects}, {@code parquet/rejects}: every input item not used, with the stage
 *       and reason; a bad document never fails the job;
 *   <li>{@code summary.json}: the counts.
 * </ul>
 *
 * JSON Lines outputs are folders of part files, as Spark writes them; {@code cat DIR/part-*} gives
 * one file.
 */
public final class BatchJob {
  private BatchJob() {}

  /** Runs the job on {@code spark} and returns what it did. */
  public static BatchSummary run(SparkSession spark, BatchOptions options) {
    options.validate();
    long t0 = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = jsc.hadoopConfiguration();
    Path out = new Path(options.out);
    BatchOutput.checkOut(conf, out);
    int partitions =
        options.partitions > 0 ? options.partitions : Math.max(2, 4 * jsc.defaultParallelism());

    List<Reject> early = new ArrayList<>();
    List<String> files = DocumentFiles.expand(conf, options.inputs, early);
    LongAccumulator warcSkipped = jsc.sc().longAccumulator("warc records skipped");
    java.time.LocalDate published = options.published;
    String focus = options.focus;
    JavaRDD<Item> items =
        (files.isEmpty()
                ? jsc.<Item>emptyRDD()
                : jsc.binaryFiles(String.join(",", files), Math.min(files.size(), partitions))
                    .flatMap(
                        f ->
                            DocumentFiles.read(
                                f._1(), () -> f._2().open(), published, warcSkipped::add)))
            .persist(StorageLevel.MEMORY_AND_DISK());

    // The same document twice is kept once (the smallest id); one id for two different
    // documents keeps the one with the smallest SHA-256 and rejects the others.
    JavaPairRDD<String, Iterable<DocRow>> bySha =
        items
            .filter(i -> i.doc() != null)
            .mapToPair(i -> new Tuple2<>(i.doc().sha256(), i.doc()))
            .groupByKey(partitions);
    JavaRDD<DocRow> unique = bySha.map(t -> min(t._2(), Comparator.comparing(DocRow::id)));
    JavaPairRDD<String, Iterable<DocRow>> byId =
        unique.mapToPair(d -> new Tuple2<>(d.id(), d)).groupByKey(partitions);
    JavaRDD<Item> kept =
        byId.flatMap(
                t -> {
                  List<DocRow> ds = new ArrayList<>();
                  t._2().forEach(ds::add);
                  ds.sort(Comparator.comparing(DocRow::sha256));
                  List<Item> r = new ArrayList<>(ds.size());
                  r.add(Item.of(ds.get(0)));
                  for (DocRow d : ds.subList(1, ds.size())) {
                    r.add(
                        Item.rejected(
                            d.source() + " (document " + d.id() + ")",
                            "duplicate",
                            "another document has the id '"
                                + d.id()
                                + "' (sha256 "
                                + ds.get(0).sha256()
                                + "; this one is "
                                + d.sha256()
                                + ")"));
                  }
                  return r.iterator();
                })
            .persist(StorageLevel.MEMORY_AND_DISK());

    JavaRDD<Extracted> extracted =
        kept.filter(i -> i.doc() != null)
            .repartition(partitions)
            .mapPartitions(docs -> Extracted.extract(docs, focus))
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<IncidentRow> incidents =
        extracted
            .filter(e -> e.reject() == null)
            .flatMap(e -> e.incidents().iterator())
            .persist(StorageLevel.MEMORY_AND_DISK());
    long reports = incidents.count();

    SparkLinking.Linked linked = SparkLinking.link(incidents, partitions);

    JavaRDD<Reject> rejects =
        jsc.parallelize(early, 1)
            .union(items.filter(i -> i.reject() != null).map(Item::reject))
            .union(kept.filter(i -> i.reject() != null).map(Item::reject))
            .union(extracted.filter(e -> e.reject() != null).map(Extracted::reject))
            .persist(StorageLevel.MEMORY_AND_DISK());

    // Each report incident's cluster and the best link that put it there.
    JavaPairRDD<String, LinkRow> bestLink =
        linked
            .links()
            .flatMapToPair(l -> List.of(new Tuple2<>(l.a(), l), new Tuple2<>(l.b(), l)).iterator())
            .reduceByKey(BatchJob::better, partitions);
    JavaRDD<SourceRow> sources =
        incidents
            .mapToPair(r -> new Tuple2<>(r.id(), r))
            .leftOuterJoin(linked.clusterOf(), partitions)
            .leftOuterJoin(bestLink, partitions)
            .map(t -> SourceRow.of(t._2()._1()._1(), t._2()._1()._2(), t._2()._2()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<String> incidentLines =
        sources
            .mapToPair(s -> new Tuple2<>(s.incidentId(), s))
            .groupByKey(partitions)
            .map(t -> SourceRow.incidentJson(t._1(), t._2()));

    BatchOutput.write(
        spark,
        out,
        "documents",
        BatchTables.DOCUMENTS,
        unique(kept).map(BatchTables::documentRow),
        unique(kept).map(d -> ExchangeJson.write(ExchangeJson.toJson(d.document()))));
    BatchOutput.write(
        spark,
        out,
        "sources",
        BatchTables.SOURCES,
        sources.map(SourceRow::row),
        sources.map(SourceRow::json));
    BatchOutput.write(
        spark,
        out,
        "incidents",
        BatchTables.INCIDENTS,
        incidentLines.map(BatchTables::incidentRow),
        incidentLines);
    BatchOutput.write(
        spark,
        out,
        "links",
        BatchTables.LINKS,
        linked.links().map(l -> RowFactory.create(l.a(), l.b(), l.score(), l.reason())),
        linked.links().map(BatchTables::linkJson));
    BatchOutput.write(
        spark,
        out,
        "rejects",
        BatchTables.REJECTS,
        rejects.map(r -> RowFactory.create(r.source(), r.stage(), r.reason())),
        rejects.map(BatchTables::rejectJson));

    BatchLoad.Loaded loaded =
        options.loadJdbc == null
            ? null
            : BatchLoad.load(options.loadSettings(), unique(kept), sources, partitions);
    long documents = kept.filter(i -> i.doc() != null).count();
    long read = items.filter(i -> i.doc() != null).count();
    BatchSummary summary =
        new BatchSummary(
            files.size(),
            documents,
            read - unique.count(),
            rejects.count(),
            reports,
            reports - linked.clusterOf().count() + linked.clusterOf().values().distinct().count(),
            linked.links().count(),
            linked.candidates(),
            warcSkipped.value(),
            (System.nanoTime() - t0) / 1e9,
            loaded == null ? null : loaded.toString());
    BatchOutput.writeText(
        conf, new Path(out, "summary.json"), ExchangeJson.write(summary.toJson()) + "\n");
    items.unpersist(false);
    extracted.unpersist(false);
    incidents.unpersist(false);
    sources.unpersist(false);
    rejects.unpersist(false);
    linked.links().unpersist(false);
    return summary;
  }

  private static JavaRDD<DocRow> unique(JavaRDD<Item> kept) {
    return kept.filter(i -> i.doc() != null).map(Item::doc);
  }

  private static <T> T min(Iterable<T> xs, Comparator<T> order) {
    T best = null;
    for (T x : xs) {
      if (best == null || order.compare(x, best) < 0) {
        best = x;
      }
    }
    return best;
  }

  // The higher score wins; ties go to the smaller pair, so the choice is deterministic.
  private static LinkRow better(LinkRow x, LinkRow y) {
    int c = Double.compare(x.score(), y.score());
    if (c != 0) {
      return c > 0 ? x : y;
    }
    String kx = x.a() + "\u0000" + x.b();
    String ky = y.a() + "\u0000" + y.b();
    return kx.compareTo(ky) <= 0 ? x : y;
  }
}

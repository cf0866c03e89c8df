package org.harmwatch.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.Extractor;
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
    checkOut(conf, out);
    int partitions =
        options.partitions > 0 ? options.partitions : Math.max(2, 4 * jsc.defaultParallelism());

    List<Reject> early = new ArrayList<>();
    List<String> files = DocumentFiles.expand(conf, options.inputs, early);
    LongAccumulator warcSkipped = jsc.sc().longAccumulator("warc records skipped");
    java.time.LocalDate published = options.published;
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
            .mapPartitions(BatchJob::extract)
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
            .map(t -> incidentJson(t._1(), t._2()));

    write(
        spark,
        out,
        "documents",
        DOCUMENTS,
        unique(kept).map(BatchJob::documentRow),
        unique(kept).map(d -> ExchangeJson.write(ExchangeJson.toJson(d.document()))));
    write(
        spark, out, "sources", SOURCES, sources.map(SourceRow::row), sources.map(SourceRow::json));
    write(
        spark,
        out,
        "incidents",
        INCIDENTS,
        incidentLines.map(BatchJob::incidentRow),
        incidentLines);
    write(
        spark,
        out,
        "links",
        LINKS,
        linked.links().map(l -> RowFactory.create(l.a(), l.b(), l.score(), l.reason())),
        linked.links().map(BatchJob::linkJson));
    write(
        spark,
        out,
        "rejects",
        REJECTS,
        rejects.map(r -> RowFactory.create(r.source(), r.stage(), r.reason())),
        rejects.map(BatchJob::rejectJson));

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
            (System.nanoTime() - t0) / 1e9);
    writeText(conf, new Path(out, "summary.json"), ExchangeJson.write(summary.toJson()) + "\n");
    items.unpersist(false);
    extracted.unpersist(false);
    incidents.unpersist(false);
    sources.unpersist(false);
    rejects.unpersist(false);
    linked.links().unpersist(false);
    return summary;
  }

  /** A document's extraction: its incidents, or a rejection when the extractor failed on it. */
  record Extracted(List<IncidentRow> incidents, Reject reject) implements java.io.Serializable {}

  private static Iterator<Extracted> extract(Iterator<Item> docs) {
    Extractor extractor = Extraction.extractor();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return docs.hasNext();
      }

      @Override
      public Extracted next() {
        DocRow d = docs.next().doc();
        try {
          Document document = d.document();
          List<Incident> found = extractor.extract(document);
          List<IncidentRow> rows = new ArrayList<>(found.size());
          for (int k = 0; k < found.size(); k++) {
            String id = d.id() + "#" + k;
            rows.add(
                new IncidentRow(
                    id, d.id(), d.published(), ExchangeJson.toLine(found.get(k).withId(id))));
          }
          return new Extracted(rows, null);
        } catch (RuntimeException | StackOverflowError e) {
          // One bad document never stops the job: it is rejected with its id and the reason.
          return new Extracted(
              List.of(),
              new Reject(
                  d.source() + " (document " + d.id() + ")",
                  "extract",
                  e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
      }
    };
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

  /** One report incident with the incident it belongs to and why. */
  record SourceRow(
      String incidentId,
      String sourceId,
      String documentId,
      String published,
      double score,
      String reason,
      String extracted)
      implements java.io.Serializable {
    static SourceRow of(IncidentRow r, Optional<String> cluster, Optional<LinkRow> link) {
      String incident = cluster.isPresent() ? cluster.get() : r.id();
      boolean own = incident.equals(r.id());
      return new SourceRow(
          incident,
          r.id(),
          r.documentId(),
          r.published(),
          own || !link.isPresent() ? 1.0 : link.get().score(),
          own ? "the incident's own report" : link.get().reason(),
          r.json());
    }

    Row row() {
      return RowFactory.create(
          incidentId, sourceId, documentId, published, score, reason, extracted);
    }

    String json() {
      ObjectNode o = ExchangeJson.mapper().createObjectNode();
      o.put("incident_id", incidentId);
      o.put("source_id", sourceId);
      o.put("document_id", documentId);
      o.put("published", published);
      o.put("score", score);
      o.put("reason", reason);
      o.set("extracted", ExchangeJson.parse(extracted));
      return ExchangeJson.write(o);
    }
  }

  // The incident of a cluster: its smallest report's extraction with every report as a source.
  private static String incidentJson(String id, Iterable<SourceRow> members) {
    List<SourceRow> ms = new ArrayList<>();
    members.forEach(ms::add);
    ms.sort(Comparator.comparing(SourceRow::sourceId));
    SourceRow own = ms.get(0);
    ObjectNode o = (ObjectNode) ExchangeJson.parse(own.extracted());
    ArrayNode sources = o.putArray("sources");
    for (SourceRow s : ms) {
      ObjectNode n = sources.addObject();
      n.put("source_id", s.sourceId());
      n.put("document_id", s.documentId());
      n.put("published", s.published());
      n.put("reason", s.reason());
      n.put("score", s.score());
    }
    o.put("reports", ms.size());
    return ExchangeJson.write(o);
  }

  private static final StructType DOCUMENTS =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("sha256", DataTypes.StringType)
          .add("title", DataTypes.StringType)
          .add("url", DataTypes.StringType)
          .add("publisher", DataTypes.StringType)
          .add("published", DataTypes.StringType)
          .add("language", DataTypes.StringType)
          .add("content_type", DataTypes.StringType)
          .add("captured_at", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("original", DataTypes.BinaryType);

  private static final StructType SOURCES =
      new StructType()
          .add("incident_id", DataTypes.StringType)
          .add("source_id", DataTypes.StringType)
          .add("document_id", DataTypes.StringType)
          .add("published", DataTypes.StringType)
          .add("score", DataTypes.DoubleType)
          .add("reason", DataTypes.StringType)
          .add("extracted", DataTypes.StringType);

  private static final StructType INCIDENTS =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("event_type", DataTypes.StringType)
          .add("sub_event_type", DataTypes.StringType)
          .add("date_start", DataTypes.StringType)
          .add("date_end", DataTypes.StringType)
          .add("country_code", DataTypes.StringType)
          .add("place", DataTypes.StringType)
          .add("lat", DataTypes.DoubleType)
          .add("lon", DataTypes.DoubleType)
          .add("reports", DataTypes.IntegerType)
          .add("json", DataTypes.StringType);

  private static final StructType LINKS =
      new StructType()
          .add("a", DataTypes.StringType)
          .add("b", DataTypes.StringType)
          .add("score", DataTypes.DoubleType)
          .add("reason", DataTypes.StringType);

  private static final StructType REJECTS =
      new StructType()
          .add("source", DataTypes.StringType)
          .add("stage", DataTypes.StringType)
          .add("reason", DataTypes.StringType);

  private static Row documentRow(DocRow d) {
    return RowFactory.create(
        d.id(),
        d.sha256(),
        d.title(),
        d.url(),
        d.publisher(),
        d.published(),
        d.language(),
        d.contentType(),
        d.capturedAt(),
        d.text(),
        d.original());
  }

  private static Row incidentRow(String json) {
    JsonNode n = ExchangeJson.parse(json);
    JsonNode date = n.path("date");
    JsonNode loc = n.path("location");
    return RowFactory.create(
        n.path("id").asText(),
        text(n.path("event_type")),
        text(n.path("sub_event_type")),
        text(date.path("start")),
        text(date.path("end")),
        text(loc.path("country_code")),
        text(loc.path("name")),
        loc.path("lat").isNumber() ? loc.path("lat").asDouble() : null,
        loc.path("lon").isNumber() ? loc.path("lon").asDouble() : null,
        n.path("reports").asInt(),
        json);
  }

  private static String text(JsonNode n) {
    return n.isTextual() ? n.asText() : null;
  }

  private static String linkJson(LinkRow l) {
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("a", l.a());
    o.put("b", l.b());
    o.put("score", l.score());
    o.put("reason", l.reason());
    return ExchangeJson.write(o);
  }

  private static String rejectJson(Reject r) {
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("source", r.source());
    o.put("stage", r.stage());
    o.put("reason", r.reason());
    return ExchangeJson.write(o);
  }

  private static void write(
      SparkSession spark,
      Path out,
      String name,
      StructType schema,
      JavaRDD<Row> rows,
      JavaRDD<String> lines) {
    spark
        .createDataFrame(rows, schema)
        .write()
        .parquet(new Path(new Path(out, "parquet"), name).toString());
    Path jsonl = new Path(new Path(out, "jsonl"), name);
    spark.createDataset(lines.rdd(), Encoders.STRING()).write().text(jsonl.toString());
    // Part files named *.jsonl and no _SUCCESS marker: the folder is then an input that
    // `harmwatch ingest` and `extract` read as JSON Lines.
    try {
      FileSystem fs = jsonl.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (org.apache.hadoop.fs.FileStatus f : fs.listStatus(jsonl)) {
        String n = f.getPath().getName();
        if (n.equals("_SUCCESS")) {
          fs.delete(f.getPath(), false);
        } else if (n.startsWith("part-") && n.endsWith(".txt")) {
          fs.rename(f.getPath(), new Path(jsonl, n.substring(0, n.length() - 4) + ".jsonl"));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot name the part files of " + jsonl + ": " + e, e);
    }
  }

  // The output folder must be new or empty: a job never mixes its files with an older run's.
  private static void checkOut(Configuration conf, Path out) {
    try {
      FileSystem fs = out.getFileSystem(conf);
      if (fs.exists(out) && (fs.getFileStatus(out).isFile() || fs.listStatus(out).length > 0)) {
        throw new IllegalArgumentException(
            "--out " + out + " exists and is not an empty folder; choose a new one");
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("--out " + out + " cannot be checked: " + e, e);
    }
  }

  private static void writeText(Configuration conf, Path path, String text) {
    try (OutputStream o = path.getFileSystem(conf).create(path, true)) {
      o.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + path + ": " + e, e);
    }
  }
}

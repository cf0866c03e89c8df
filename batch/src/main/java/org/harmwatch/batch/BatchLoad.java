package org.harmwatch.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Incident;
import org.harmwatch.link.Linking;
import org.harmwatch.store.BulkReports;
import org.harmwatch.store.Database;
import org.harmwatch.store.DatabaseSettings;
import org.harmwatch.store.JdbcIncidentStore;
import scala.Tuple2;

/**
 * Loads a batch run's documents, reports and links into the database of a {@code serve} deployment,
 * through the store's own schema (its Flyway migrations run first) and inserts ({@link
 * BulkReports}): documents with their reports in transactions of {@value #DOCUMENTS_PER_COMMIT},
 * then the links in transactions of {@value #LINKS_PER_COMMIT}, first reports before the others.
 * Report ids become the store's ({@link JdbcIncidentStore#incidentId}: from the document's SHA-256
 * and the report's rank), so a document already stored (by {@code ingest} or an earlier load) is
 * skipped and loading twice gives the same rows. Rows stream to the driver one partition at a time.
 */
final class BatchLoad {
  /**
   * What to do next after a load, printed by {@link BatchMain}: the load writes no search index
   * (the index is {@code serve}'s, in its data folder, and locked while it runs), so the served
   * full-text search finds the loaded documents once the index is rebuilt, which {@code serve} does
   * by itself at start when the database moved on.
   */
  static final String NEXT =
      "next: restart serve (or start it) to search the loaded documents: at start it finds its"
          + " search index behind the database and rebuilds it; with serve stopped,"
          + " 'harmwatch reindex' with serve's --db options does the same now. Lists, maps and"
          + " exports show them already.";

  static final int DOCUMENTS_PER_COMMIT = 500;
  static final int LINKS_PER_COMMIT = 2000;

  /** What a load did, for the summary line. */
  record Loaded(
      int stored, int known, int takenDown, int idTaken, int started, int joined, int skipped) {
    @Override
    public String toString() {
      return String.format(
          java.util.Locale.ROOT,
          "loaded %d new documents (%d already stored, %d taken down, %d refused: id held by"
              + " another text); reports: %d start an incident, %d joined one, %d already linked or"
              + " not stored",
          stored,
          known,
          takenDown,
          idTaken,
          started,
          joined,
          skipped);
    }
  }

  private BatchLoad() {}

  static Loaded load(
      DatabaseSettings settings,
      JavaRDD<DocRow> documents,
      JavaRDD<SourceRow> sources,
      int partitions) {
    JavaPairRDD<String, String> shaOf =
        documents.mapToPair(d -> new Tuple2<>(d.id(), d.sha256())).cache();
    JavaRDD<Tuple2<DocRow, Iterable<SourceRow>>> withReports =
        documents
            .mapToPair(d -> new Tuple2<>(d.id(), d))
            .cogroup(sources.mapToPair(s -> new Tuple2<>(s.documentId(), s)), partitions)
            .values()
            .filter(t -> t._1().iterator().hasNext())
            .map(t -> new Tuple2<>(t._1().iterator().next(), t._2()));
    // (report store id, its first report's store id, reason, score) for every report.
    JavaRDD<BulkReports.Decided> decided =
        sources
            .mapToPair(s -> new Tuple2<>(s.documentId(), s))
            .join(shaOf, partitions)
            .mapToPair(
                t -> {
                  SourceRow s = t._2()._1();
                  String own = JdbcIncidentStore.incidentId(t._2()._2(), rank(s.sourceId()));
                  return new Tuple2<>(
                      documentOf(s.incidentId()),
                      new Tuple2<>(new Tuple2<>(own, s.incidentId()), s));
                })
            .join(shaOf, partitions)
            .map(
                t -> {
                  SourceRow s = t._2()._1()._2();
                  String own = t._2()._1()._1()._1();
                  String first =
                      JdbcIncidentStore.incidentId(t._2()._2(), rank(t._2()._1()._1()._2()));
                  return new BulkReports.Decided(own, first, s.reason(), s.score());
                })
            .cache();

    try (Database db = Database.open(settings)) {
      BulkReports bulk = new BulkReports(db, new Linking());
      int[] saved = new int[4];
      chunks(
          withReports.toLocalIterator(),
          DOCUMENTS_PER_COMMIT,
          chunk -> {
            List<BulkReports.Report> reports = new ArrayList<>(chunk.size());
            for (Tuple2<DocRow, Iterable<SourceRow>> t : chunk) {
              reports.add(report(t._1(), t._2()));
            }
            BulkReports.Saved s = bulk.save(reports);
            saved[0] += s.stored();
            saved[1] += s.known();
            saved[2] += s.takenDown();
            saved[3] += s.idTaken();
          });
      int[] linked = new int[3];
      Consumer<List<BulkReports.Decided>> link =
          chunk -> {
            BulkReports.Linked l = bulk.link(chunk);
            linked[0] += l.started();
            linked[1] += l.joined();
            linked[2] += l.skipped();
          };
      chunks(decided.filter(BulkReports.Decided::first).toLocalIterator(), LINKS_PER_COMMIT, link);
      chunks(decided.filter(d -> !d.first()).toLocalIterator(), LINKS_PER_COMMIT, link);
      return new Loaded(saved[0], saved[1], saved[2], saved[3], linked[0], linked[1], linked[2]);
    } finally {
      decided.unpersist(false);
      shaOf.unpersist(false);
    }
  }

  // A document and its reports in extraction order, each keeping its batch id until stored.
  private static BulkReports.Report report(DocRow d, Iterable<SourceRow> sources) {
    List<SourceRow> rows = new ArrayList<>();
    sources.forEach(rows::add);
    rows.sort(Comparator.comparingInt(s -> rank(s.sourceId())));
    List<Incident> incidents = new ArrayList<>(rows.size());
    for (SourceRow s : rows) {
      incidents.add(ExchangeJson.incidentFromJson(ExchangeJson.parse(s.extracted())));
    }
    return new BulkReports.Report(d.document(), incidents);
  }

  /** The rank k of a report id {@code DOCUMENT#k}. */
  static int rank(String reportId) {
    return Integer.parseInt(reportId.substring(reportId.lastIndexOf('#') + 1));
  }

  /** The document id of a report id {@code DOCUMENT#k}. */
  static String documentOf(String reportId) {
    return reportId.substring(0, reportId.lastIndexOf('#'));
  }

  private static <T> void chunks(Iterator<T> rows, int size, Consumer<List<T>> each) {
    List<T> chunk = new ArrayList<>(size);
    while (rows.hasNext()) {
      chunk.add(rows.next());
      if (chunk.size() == size) {
        each.accept(chunk);
        chunk = new ArrayList<>(size);
      }
    }
    if (!chunk.isEmpty()) {
      each.accept(chunk);
    }
  }
}

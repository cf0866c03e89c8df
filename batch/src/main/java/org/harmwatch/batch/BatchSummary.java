package org.harmwatch.batch;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * What a batch run did: files read, documents kept, duplicates folded, rejections, incidents from
 * reports, incidents after linking, links, candidate pairs scored, WARC records skipped, the wall
 * time and, with {@code --load-jdbc}, what the load into a database did (else null).
 */
public record BatchSummary(
    long files,
    long documents,
    long duplicates,
    long rejected,
    long reports,
    long incidents,
    long links,
    long candidatePairs,
    long warcSkipped,
    double seconds,
    String loaded) {

  /** This summary as a JSON object. */
  public ObjectNode toJson() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("files", files);
    o.put("documents", documents);
    o.put("duplicates", duplicates);
    o.put("rejected", rejected);
    o.put("report_incidents", reports);
    o.put("incidents", incidents);
    o.put("links", links);
    o.put("candidate_pairs", candidatePairs);
    o.put("warc_records_skipped", warcSkipped);
    o.put("seconds", Math.round(seconds * 10) / 10.0);
    if (loaded != null) {
      o.put("database_load", loaded);
    }
    return o;
  }

  @Override
  public String toString() {
    return String.format(
            Locale.ROOT,
            "%d files, %d documents (%d duplicates folded, %d rejected), %d incidents from reports"
                + " linked into %d incidents by %d links (%d candidate pairs); %.1f s",
            files,
            documents,
            duplicates,
            rejected,
            reports,
            incidents,
            links,
            candidatePairs,
            seconds)
        + (loaded == null ? "" : "; " + loaded);
  }
}

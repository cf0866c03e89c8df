package org.harmwatch.core.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.harmwatch.core.corroboration.FigureEstimate;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.IngestResult;

/**
 * Where documents and incidents are kept. Implementations are thread-safe. Originals are never
 * modified; a document's SHA-256 is its identity.
 */
public interface IncidentStore extends AutoCloseable {
  /**
   * Stores {@code document} and {@code incidents} atomically. Idempotent: when a document with the
   * same SHA-256 is already stored, nothing changes and the stored incidents are returned with
   * {@code created=false}. Returned incidents carry their ids.
   */
  IngestResult save(Document document, List<Incident> incidents);

  /** A document by its id. */
  Optional<Document> document(String id);

  /** A document by the SHA-256 of its original. */
  Optional<Document> documentBySha256(String sha256);

  /**
   * The takedown of the original with this SHA-256, when an admin took it down: storing it again is
   * then refused ({@link DocumentTakenDownException}). Stores without takedowns have none.
   */
  default Optional<Takedown> takedownOf(String sha256) {
    return Optional.empty();
  }

  /** An incident by its id. */
  Optional<Incident> incident(String id);

  /** The incidents extracted from a document, in order. */
  List<Incident> incidentsOfDocument(String documentId);

  /** The ids of the documents an incident comes from. */
  List<String> documentsOfIncident(String incidentId);

  /**
   * Incidents matching {@code query}, newest first; with a full-text part, best match first (when
   * the store has a search index).
   */
  Page<Incident> search(IncidentQuery query);

  /**
   * Up to {@code max} incidents matching {@code query} (its paging ignored) as summaries, in the
   * order of {@link #search}, with the total that match. This default reads whole incidents page by
   * page; stores override it with a query of the few columns.
   */
  default Page<IncidentSummary> summaries(IncidentQuery query, int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max is negative: " + max);
    }
    List<IncidentSummary> out = new java.util.ArrayList<>();
    long total = 0;
    int offset = 0;
    while (offset < max) {
      int limit = Math.min(IncidentQuery.MAX_LIMIT, max - offset);
      Page<Incident> page = search(query.page(limit, offset));
      total = page.total();
      page.items().forEach(i -> out.add(IncidentSummary.of(i)));
      offset += page.items().size();
      if (page.items().isEmpty() || offset >= total) {
        break;
      }
    }
    return new Page<>(out, total, max, 0);
  }

  /**
   * The killed figure of each incident, reconciled across its reports ({@code low <= best <=
   * high}), by id; unknown ids are left out. This default gives each incident's own figure ({@link
   * IncidentSummary#ownKilled}); stores that link reports override it.
   */
  default Map<String, FigureEstimate> killedFigures(Collection<String> incidentIds) {
    Map<String, FigureEstimate> out = new java.util.HashMap<>();
    for (String id : incidentIds) {
      incident(id)
          .ifPresent(
              i ->
                  out.put(
                      id,
                      IncidentSummary.ownKilled(
                          i.casualties() == null ? null : i.casualties().killed())));
    }
    return out;
  }

  /**
   * Which of {@code incidentIds} match {@code query} (its paging ignored), in the given order. This
   * default reads every matching summary; stores override it with a query of those ids alone.
   */
  default List<String> matching(IncidentQuery query, Collection<String> incidentIds) {
    java.util.Set<String> found = new java.util.HashSet<>();
    for (IncidentSummary s : summaries(query, Integer.MAX_VALUE).items()) {
      found.add(s.id());
    }
    return incidentIds.stream().distinct().filter(found::contains).toList();
  }

  /**
   * The incidents matching {@code query} (its paging ignored) counted by {@code by}, with the sums
   * of their reconciled killed figures; most incidents first, then by key. This default reads whole
   * incidents page by page; stores override it with one grouped query.
   */
  default List<Tally> tally(IncidentQuery query, TallyBy by) {
    java.util.Map<java.util.List<String>, long[]> sums = new java.util.HashMap<>();
    int offset = 0;
    while (true) {
      Page<Incident> page = search(query.page(IncidentQuery.MAX_LIMIT, offset));
      Map<String, FigureEstimate> killed =
          killedFigures(page.items().stream().map(Incident::id).toList());
      for (Incident i : page.items()) {
        FigureEstimate k = killed.getOrDefault(i.id(), FigureEstimate.UNKNOWN);
        for (java.util.List<String> key : Tallies.keys(i, by)) {
          long[] s = sums.computeIfAbsent(key, x -> new long[5]);
          s[0]++;
          if (k.best() != null) {
            s[1]++;
            s[2] += k.low() == null ? 0 : k.low();
            s[3] += k.best();
            s[4] += k.high() == null ? k.best() : k.high();
          }
        }
      }
      offset += page.items().size();
      if (page.items().isEmpty() || offset >= page.total()) {
        break;
      }
    }
    java.util.List<Tally> out = new java.util.ArrayList<>();
    sums.forEach(
        (key, s) -> out.add(new Tally(key.get(0), key.get(1), s[0], s[1], s[2], s[3], s[4])));
    return Tallies.sorted(out, by);
  }

  /** Number of stored documents. */
  long documentCount();

  /** Number of stored incidents. */
  long incidentCount();

  /** Which database this is, for logs (never with a password). */
  String describe();

  @Override
  void close();
}

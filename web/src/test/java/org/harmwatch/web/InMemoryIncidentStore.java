package org.harmwatch.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.DocumentRef;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.IngestResult;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.core.store.Page;

/**
 * A store in memory for the web tests, with the filter semantics of the real stores: date ranges
 * overlap, text is a case-insensitive substring of incident or document text. Thread-safe (every
 * method is synchronized).
 */
class InMemoryIncidentStore implements IncidentStore {
  private final Map<String, Document> documents = new LinkedHashMap<>();
  private final Map<String, Incident> incidents = new LinkedHashMap<>();
  private final Map<String, String> documentOfIncident = new LinkedHashMap<>();
  private int nextId = 1;

  @Override
  public synchronized IngestResult save(Document document, List<Incident> found) {
    Optional<Document> existing = documentBySha256(document.sha256());
    if (existing.isPresent()) {
      return IngestResult.of(existing.get(), false, incidentsOfDocument(existing.get().id()));
    }
    documents.put(document.id(), document);
    List<Incident> stored = new ArrayList<>();
    for (Incident incident : found) {
      String id = "inc-" + nextId++;
      Incident withId = incident.withId(id).withDocument(DocumentRef.of(document));
      incidents.put(id, withId);
      documentOfIncident.put(id, document.id());
      stored.add(withId);
    }
    return IngestResult.of(document, true, stored);
  }

  @Override
  public synchronized Optional<Document> document(String id) {
    return Optional.ofNullable(documents.get(id));
  }

  @Override
  public synchronized Optional<Document> documentBySha256(String sha256) {
    return documents.values().stream().filter(d -> d.sha256().equals(sha256)).findFirst();
  }

  @Override
  public synchronized Optional<Incident> incident(String id) {
    return Optional.ofNullable(incidents.get(id));
  }

  @Override
  public synchronized List<Incident> incidentsOfDocument(String documentId) {
    return incidents.values().stream()
        .filter(i -> documentId.equals(documentOfIncident.get(i.id())))
        .toList();
  }

  @Override
  public synchronized List<String> documentsOfIncident(String incidentId) {
    String documentId = documentOfIncident.get(incidentId);
    return documentId == null ? List.of() : List.of(documentId);
  }

  @Override
  public synchronized Page<Incident> search(IncidentQuery q) {
    List<Incident> matches =
        incidents.values().stream()
            .filter(i -> q.from() == null || !i.date().end().isBefore(q.from()))
            .filter(i -> q.to() == null || !i.date().start().isAfter(q.to()))
            .filter(
                i -> q.countryCode() == null || q.countryCode().equals(i.location().countryCode()))
            .filter(i -> q.admin1() == null || q.admin1().equalsIgnoreCase(i.location().admin1()))
            .filter(i -> q.eventType() == null || q.eventType() == i.eventType())
            .filter(i -> q.actor() == null || hasActor(i, q.actor()))
            .filter(i -> q.text() == null || mentions(i, q.text()))
            .filter(
                i ->
                    q.bbox() == null
                        || (i.location().hasCoordinates()
                            && q.bbox().contains(i.location().lat(), i.location().lon())))
            .sorted(Comparator.comparing((Incident i) -> i.date().start()).reversed())
            .toList();
    List<Incident> page = matches.stream().skip(q.offset()).limit(q.limit()).toList();
    return new Page<>(page, matches.size(), q.limit(), q.offset());
  }

  private static boolean hasActor(Incident i, String name) {
    return Stream.concat(i.perpetrators().stream(), i.targets().stream())
        .map(Actor::name)
        .anyMatch(n -> n.equalsIgnoreCase(name));
  }

  private boolean mentions(Incident i, String text) {
    String needle = text.toLowerCase(Locale.ROOT);
    Document d = documents.get(documentOfIncident.get(i.id()));
    String hay =
        (i.location().name() + " " + (d == null ? "" : d.title() + " " + d.text()))
            .toLowerCase(Locale.ROOT);
    return hay.contains(needle);
  }

  @Override
  public synchronized long documentCount() {
    return documents.size();
  }

  @Override
  public synchronized long incidentCount() {
    return incidents.size();
  }

  @Override
  public String describe() {
    return "in-memory test store";
  }

  @Override
  public void close() {
    // Nothing to release: the maps go with the object.
  }
}

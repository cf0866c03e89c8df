package org.harmwatch.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.harmwatch.core.corroboration.Corroborated;
import org.harmwatch.core.corroboration.Corroboration;
import org.harmwatch.core.corroboration.SourceReport;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.store.IncidentStore;

/**
 * Every source of an incident with its own figures and its word-level evidence: the reports linked
 * to it when a {@link Corroboration} is there, else its own document. Thread-safe: holds only
 * thread-safe stores.
 */
final class SourceEvidence {
  /** One source: its document, its report's figures and the words that support each field. */
  record Quotes(
      Document document,
      String sourceId,
      Count killed,
      Count injured,
      Count detained,
      List<FieldPhrases.FieldSpan> spans) {}

  private final IncidentStore store;
  private final Optional<Corroboration> corroboration;

  SourceEvidence(IncidentStore store, Optional<Corroboration> corroboration) {
    this.store = store;
    this.corroboration = corroboration;
  }

  /** The sources of {@code incident}, in document order; the incident's own report first. */
  List<Quotes> of(Incident incident) {
    List<Quotes> out = new ArrayList<>();
    Corroborated c =
        corroboration
            .map(k -> k.corroboration(List.of(incident.id())))
            .map(m -> m.get(incident.id()))
            .orElse(null);
    if (c == null || c.sources().isEmpty()) {
      if (incident.document() != null) {
        store.document(incident.document().id()).ifPresent(d -> out.add(own(d, incident)));
      }
      return out;
    }
    for (SourceReport s : c.sources()) {
      Optional<Document> d = store.document(s.documentId());
      if (d.isEmpty()) {
        continue;
      }
      Incident report =
          s.sourceId().equals(incident.id()) ? incident : store.incident(s.sourceId()).orElse(null);
      List<FieldPhrases.FieldSpan> spans = report == null ? List.of() : FieldPhrases.of(report);
      Quotes q = new Quotes(d.get(), s.sourceId(), s.killed(), s.injured(), s.detained(), spans);
      if (s.sourceId().equals(incident.id())) {
        out.add(0, q);
      } else {
        out.add(q);
      }
    }
    return out;
  }

  private static Quotes own(Document d, Incident i) {
    return new Quotes(
        d,
        i.id(),
        i.casualties().killed(),
        i.casualties().injured(),
        i.casualties().detained(),
        FieldPhrases.of(i));
  }
}

package org.harmwatch.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.harmwatch.core.json.ExchangeJson;

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
    return RowFactory.create(incidentId, sourceId, documentId, published, score, reason, extracted);
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

  /** The incident of a cluster: its smallest report's extraction with every report as a source. */
  static String incidentJson(String id, Iterable<SourceRow> members) {
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
}

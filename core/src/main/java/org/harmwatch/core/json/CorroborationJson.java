package org.harmwatch.core.json;

import static org.harmwatch.core.json.JsonValues.str;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.harmwatch.core.corroboration.Corroborated;
import org.harmwatch.core.corroboration.FigureEstimate;
import org.harmwatch.core.corroboration.FigureSources;
import org.harmwatch.core.corroboration.SourceReport;
import org.harmwatch.core.model.Count;

/**
 * How {@link ExchangeJson} adds an incident's corroboration (sources, reconciled figures) to its
 * JSON.
 */
final class CorroborationJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CorroborationJson() {}

  /**
   * Adds an incident's corroboration to its JSON {@code o}: {@code "sources"} (each report's own
   * figures and wording, with the link's reason and score), {@code low}/{@code best}/{@code high}
   * in each of {@code casualties.killed/injured/detained}, {@code "independent_sources"}, {@code
   * "first_reported"} and {@code "last_reported"}; and {@code "merged_into"} when the incident was
   * folded into another. Returns {@code o}.
   */
  static ObjectNode add(ObjectNode o, Corroborated c) {
    ArrayNode sources = o.putArray("sources");
    for (SourceReport s : c.sources()) {
      ObjectNode n = sources.addObject();
      n.put("document_id", s.documentId());
      n.put("source_id", s.sourceId());
      n.put("published", str(s.published()));
      n.set("killed", rangeJson(s.killed()));
      n.set("injured", rangeJson(s.injured()));
      n.set("detained", rangeJson(s.detained()));
      n.put("date_text", s.dateText());
      n.put("place_text", s.placeText());
      n.put("reason", s.reason());
      n.put("score", s.score());
    }
    JsonNode cas = o.get("casualties");
    ObjectNode casualties = cas instanceof ObjectNode on ? on : o.putObject("casualties");
    java.util.Map<String, String> documentOf = new java.util.HashMap<>();
    c.sources().forEach(s -> documentOf.put(s.sourceId(), s.documentId()));
    estimate(casualties, "killed", c.killed(), c.killedFrom(), documentOf);
    estimate(casualties, "injured", c.injured(), c.injuredFrom(), documentOf);
    estimate(casualties, "detained", c.detained(), c.detainedFrom(), documentOf);
    o.put("independent_sources", c.independentSources());
    o.put("first_reported", str(c.firstReported()));
    o.put("last_reported", str(c.lastReported()));
    String id = o.path("id").asText(null);
    if (id != null && !id.equals(c.incidentId())) {
      o.put("merged_into", c.incidentId());
    }
    return o;
  }

  private static JsonNode rangeJson(Count c) {
    if (c == null) {
      return NODES.nullNode();
    }
    ObjectNode o = NODES.objectNode();
    o.put("min", c.min());
    o.put("max", c.max());
    return o;
  }

  private static void estimate(
      ObjectNode casualties,
      String field,
      FigureEstimate e,
      FigureSources from,
      java.util.Map<String, String> documentOf) {
    JsonNode current = casualties.get(field);
    if (!(current instanceof ObjectNode) && e.low() == null && e.high() == null) {
      return;
    }
    ObjectNode o;
    if (current instanceof ObjectNode on) {
      o = on;
    } else {
      o = casualties.putObject(field);
      o.putNull("min");
      o.putNull("max");
      o.putNull("text");
    }
    o.put("low", e.low());
    o.put("best", e.best());
    o.put("high", e.high());
    // The documents each reconciled value comes from, so a reader sees who says so.
    ObjectNode sources = o.putObject("from");
    documents(sources.putArray("low"), from.low(), documentOf);
    documents(sources.putArray("best"), from.best(), documentOf);
    documents(sources.putArray("high"), from.high(), documentOf);
  }

  private static void documents(
      ArrayNode out, List<String> sourceIds, java.util.Map<String, String> documentOf) {
    sourceIds.stream()
        .map(id -> documentOf.getOrDefault(id, id))
        .distinct()
        .sorted()
        .forEach(out::add);
  }
}

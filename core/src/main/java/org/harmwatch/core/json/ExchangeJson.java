package org.harmwatch.core.json;

import static org.harmwatch.core.json.JsonValues.optDate;
import static org.harmwatch.core.json.JsonValues.optText;
import static org.harmwatch.core.json.JsonValues.str;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.harmwatch.core.corroboration.Corroborated;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Location;

/**
 * The exchange format of {@code shared/spec/incident-schema.md}: incidents and documents to and
 * from JSON, field names in snake_case. Every writer of incidents (CLI, REST API, exports) goes
 * through this class so the format has one definition. Thread-safe.
 */
public final class ExchangeJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ExchangeJson() {}

  /** The shared mapper, for callers that need to parse or print JSON trees. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One incident as a JSON object. Unknown values are written as null. */
  public static ObjectNode toJson(Incident incident) {
    return IncidentJsonWriter.toJson(incident);
  }

  /**
   * Adds an incident's corroboration to its JSON {@code o}: {@code "sources"} (each report's own
   * figures and wording, with the link's reason and score), {@code low}/{@code best}/{@code high}
   * in each of {@code casualties.killed/injured/detained}, {@code "independent_sources"}, {@code
   * "first_reported"} and {@code "last_reported"}; and {@code "merged_into"} when the incident was
   * folded into another. Returns {@code o}.
   */
  public static ObjectNode addCorroboration(ObjectNode o, Corroborated c) {
    return CorroborationJson.add(o, c);
  }

  /**
   * Reads an incident in the exchange format, leniently: actors may be objects or plain canonical
   * names (as in gold files); evidence given as plain strings keeps its text with offsets 0.
   */
  public static Incident incidentFromJson(JsonNode n) {
    return IncidentJsonReader.incident(n);
  }

  /** A location as the exchange format writes it (JSON null for none). */
  public static JsonNode locationJson(Location l) {
    return IncidentJsonWriter.locationJson(l);
  }

  /** One incident as a single line of JSON (no trailing newline). */
  public static String toLine(Incident incident) {
    return write(toJson(incident));
  }

  /** Any JSON tree as compact text. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON tree", e);
    }
  }

  /** Parses one line of JSON; the message names the problem. */
  public static JsonNode parse(String line) {
    try {
      JsonNode node = MAPPER.readTree(line);
      if (node == null || node.isMissingNode()) {
        throw new ExchangeFormatException("empty JSON input");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new ExchangeFormatException("not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a document in the input format. Only {@code text} is required; {@code id} defaults to the
   * SHA-256 of the text.
   */
  public static Document documentFromJson(JsonNode n) {
    if (!n.isObject()) {
      throw new ExchangeFormatException("a document must be a JSON object");
    }
    JsonNode text = n.get("text");
    if (text == null || !text.isTextual()) {
      throw new ExchangeFormatException("document has no \"text\" string");
    }
    if (text.asText().isBlank()) {
      throw new ExchangeFormatException("document \"text\" is blank");
    }
    return new Document(
        optText(n, "id"),
        null,
        optText(n, "title"),
        optText(n, "url"),
        optText(n, "publisher"),
        optDate(n, "published"),
        optText(n, "language"),
        text.asText(),
        "text/plain",
        text.asText().getBytes(StandardCharsets.UTF_8),
        null);
  }

  /** A document as JSON in the input format (without the original bytes). */
  public static ObjectNode toJson(Document d) {
    ObjectNode o = NODES.objectNode();
    o.put("id", d.id());
    o.put("sha256", d.sha256());
    o.put("title", d.title());
    o.put("url", d.url());
    o.put("publisher", d.publisher());
    o.put("published", str(d.published()));
    o.put("language", d.language());
    o.put("content_type", d.contentType());
    o.put("captured_at", d.capturedAt() == null ? null : d.capturedAt().toString());
    o.put("text", d.text());
    return o;
  }
}

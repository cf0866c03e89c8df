package org.harmwatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Incident;

/**
 * An incident as the scorer sees it: the record, plus the exchange-format figures the record does
 * not carry yet ({@code casualties.civilians_killed}, new in the spec), read from its JSON.
 *
 * <p>Immutable and thread-safe.
 */
public record Scored(Incident incident, Count civiliansKilled) {

  /** Checks the incident. */
  public Scored {
    Objects.requireNonNull(incident, "incident");
  }

  /**
   * A predicted incident; its civilians_killed is read from its exchange JSON, so the scorer needs
   * no change when the record gains the field and writes it.
   */
  public static Scored of(Incident incident) {
    return new Scored(
        incident, count(ExchangeJson.toJson(incident).path("casualties").get("civilians_killed")));
  }

  /** An incident with the civilians_killed of its JSON object {@code json} (null when none). */
  public static Scored of(Incident incident, JsonNode json) {
    return new Scored(
        incident, json == null ? null : count(json.path("casualties").get("civilians_killed")));
  }

  /** A count object {@code {min, max}} (null, missing or without both bounds gives null). */
  static Count count(JsonNode n) {
    if (n == null || !n.isObject()) {
      return null;
    }
    Integer min = n.hasNonNull("min") ? n.get("min").asInt() : null;
    Integer max = n.hasNonNull("max") ? n.get("max").asInt() : null;
    if (min == null && max == null) {
      return null;
    }
    try {
      return new Count(min, max, null);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad casualties.civilians_killed: " + e.getMessage(), e);
    }
  }
}

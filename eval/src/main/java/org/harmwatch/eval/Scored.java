package org.harmwatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Incident;

/**
 * An incident as the scorer sees it: the record and its {@code casualties.civilians_killed},
 * without the words it was read from (for gold incidents read from their JSON line).
 *
 * <p>Immutable and thread-safe.
 */
public record Scored(Incident incident, Count civiliansKilled) {

  /** Checks the incident. */
  public Scored {
    Objects.requireNonNull(incident, "incident");
  }

  /** A predicted incident, with the civilians_killed its casualties carry. */
  public static Scored of(Incident incident) {
    Count c = incident.casualties().civiliansKilled();
    return new Scored(
        incident,
        c == null || (c.min() == null && c.max() == null)
            ? null
            : new Count(c.min(), c.max(), null));
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

package org.harmwatch.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.harmwatch.core.model.Incident;

/**
 * Fields a module adds to every incident JSON the API returns (e.g. {@code "review"}, {@code
 * "sources"}). Called once per page with the incidents and their JSON objects in the same order, so
 * a module can read what it needs for the whole page at once. Implementations are thread-safe.
 */
@FunctionalInterface
public interface IncidentFields {
  /** Adds this module's fields to {@code json.get(n)}, the JSON of {@code incidents.get(n)}. */
  void add(List<Incident> incidents, List<ObjectNode> json);
}

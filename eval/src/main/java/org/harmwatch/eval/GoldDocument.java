package org.harmwatch.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.harmwatch.core.model.Incident;

/**
 * One document of a gold file: its id, publication date, the incidents it reports and, for each
 * incident, the key of the real-world event it belongs to (null when the gold gives none).
 *
 * <p>Immutable and thread-safe.
 */
public record GoldDocument(
    String docId, LocalDate published, List<Incident> incidents, List<String> eventKeys) {

  /**
   * Checks the id and copies the lists; {@code eventKeys} may be null or shorter (padded with
   * null).
   */
  public GoldDocument {
    Objects.requireNonNull(docId, "docId");
    incidents = incidents == null ? List.of() : List.copyOf(incidents);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < incidents.size(); i++) {
      keys.add(eventKeys != null && i < eventKeys.size() ? eventKeys.get(i) : null);
    }
    if (eventKeys != null && eventKeys.size() > incidents.size()) {
      throw new IllegalArgumentException(
          "more event keys (" + eventKeys.size() + ") than incidents (" + incidents.size() + ")");
    }
    eventKeys = Collections.unmodifiableList(keys);
  }

  /** A gold document without event keys. */
  public static GoldDocument of(String docId, LocalDate published, List<Incident> incidents) {
    return new GoldDocument(docId, published, incidents, null);
  }

  /** The event key of incident {@code index}, or null. */
  public String eventKey(int index) {
    return eventKeys.get(index);
  }
}

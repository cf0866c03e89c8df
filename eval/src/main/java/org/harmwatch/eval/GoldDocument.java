package org.harmwatch.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Incident;

/**
 * One document of a gold file: its id, publication date, the incidents it reports and, for each
 * incident, the key of the real-world event it belongs to and its {@code civilians_killed} (null
 * when the gold gives none), and where the line is ({@code file:line}, null for gold built in
 * code).
 *
 * <p>Immutable and thread-safe.
 */
public record GoldDocument(
    String docId,
    LocalDate published,
    List<Incident> incidents,
    List<String> eventKeys,
    List<Count> civiliansKilled,
    String source) {

  /**
   * Checks the id and copies the lists; {@code eventKeys} and {@code civiliansKilled} may be null
   * or shorter (padded with null), never longer than the incidents.
   */
  public GoldDocument {
    Objects.requireNonNull(docId, "docId");
    incidents = incidents == null ? List.of() : List.copyOf(incidents);
    eventKeys = padded("event keys", eventKeys, incidents.size());
    civiliansKilled = padded("civilians_killed", civiliansKilled, incidents.size());
  }

  /** A gold document with event keys, without civilians_killed or source. */
  public GoldDocument(
      String docId, LocalDate published, List<Incident> incidents, List<String> eventKeys) {
    this(docId, published, incidents, eventKeys, null, null);
  }

  /** A gold document without event keys. */
  public static GoldDocument of(String docId, LocalDate published, List<Incident> incidents) {
    return new GoldDocument(docId, published, incidents, null);
  }

  /** The event key of incident {@code index}, or null. */
  public String eventKey(int index) {
    return eventKeys.get(index);
  }

  /** Incident {@code index} as the scorer sees it. */
  public Scored scored(int index) {
    return new Scored(incidents.get(index), civiliansKilled.get(index));
  }

  /** This document with other incidents (as many as before), e.g. with evidence texts filled. */
  public GoldDocument withIncidents(List<Incident> replaced) {
    if (replaced.size() != incidents.size()) {
      throw new IllegalArgumentException(
          replaced.size() + " incidents to replace " + incidents.size());
    }
    return new GoldDocument(docId, published, replaced, eventKeys, civiliansKilled, source);
  }

  /** {@code source} followed by ": ", or "" when there is none (for error messages). */
  public String where() {
    return source == null ? "" : source + ": ";
  }

  private static <T> List<T> padded(String what, List<T> values, int size) {
    if (values != null && values.size() > size) {
      throw new IllegalArgumentException(
          "more " + what + " (" + values.size() + ") than incidents (" + size + ")");
    }
    List<T> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(values != null && i < values.size() ? values.get(i) : null);
    }
    return Collections.unmodifiableList(out);
  }
}

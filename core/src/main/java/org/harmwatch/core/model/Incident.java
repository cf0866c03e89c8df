package org.harmwatch.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One event of violence, as extracted from one document or as reviewed: what happened, when, where,
 * who did it to whom, how many were harmed, with what, who says so and the sentences that show it.
 *
 * <p>{@code id} is null until the incident is stored. Unknown values are null, never guessed.
 */
public record Incident(
    String id,
    DocumentRef document,
    EventType eventType,
    SubEventType subEventType,
    IncidentDate date,
    Location location,
    List<Actor> perpetrators,
    List<Actor> targets,
    Casualties casualties,
    List<String> weapons,
    List<String> reportedBy,
    List<Evidence> evidence,
    double confidence,
    Provenance provenance) {

  public Incident {
    if (subEventType != null && eventType != null && subEventType.eventType() != eventType) {
      throw new IllegalArgumentException(
          "sub_event_type " + subEventType.code() + " does not belong to " + eventType.code());
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
    }
    perpetrators = perpetrators == null ? List.of() : List.copyOf(perpetrators);
    targets = targets == null ? List.of() : List.copyOf(targets);
    casualties = casualties == null ? Casualties.NONE : casualties;
    weapons = weapons == null ? List.of() : List.copyOf(weapons);
    reportedBy = reportedBy == null ? List.of() : List.copyOf(reportedBy);
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /** This incident with another id. */
  public Incident withId(String newId) {
    return new Incident(
        newId,
        document,
        eventType,
        subEventType,
        date,
        location,
        perpetrators,
        targets,
        casualties,
        weapons,
        reportedBy,
        evidence,
        confidence,
        provenance);
  }

  /** This incident with {@code newEvidence} instead of its own; every other field kept. */
  public Incident withEvidence(List<Evidence> newEvidence) {
    return new Incident(
        id,
        document,
        eventType,
        subEventType,
        date,
        location,
        perpetrators,
        targets,
        casualties,
        weapons,
        reportedBy,
        newEvidence,
        confidence,
        provenance);
  }

  /** This incident with another document reference. */
  public Incident withDocument(DocumentRef ref) {
    Objects.requireNonNull(ref, "ref");
    return new Incident(
        id,
        ref,
        eventType,
        subEventType,
        date,
        location,
        perpetrators,
        targets,
        casualties,
        weapons,
        reportedBy,
        evidence,
        confidence,
        provenance);
  }
}

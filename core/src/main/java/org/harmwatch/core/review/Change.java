package org.harmwatch.core.review;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded change to an incident: who did what, when, to which field, from which value to
 * which, and why. Values are JSON texts in the exchange format (e.g. {@code
 * "{\"min\":3,\"max\":5}"} for a count, {@code "\"confirmed\""} for a grade), or null when there
 * was none.
 *
 * @param seq the change's number, increasing in the order changes were stored (0 before storing)
 * @param incidentId the incident changed
 * @param at when
 * @param user who (a user name, or {@code "system"} for automatic runs)
 * @param kind what kind of change
 * @param field the spec field changed (e.g. {@code "casualties.killed"}), or null for
 *     whole-incident changes such as a merge
 * @param oldValue JSON of the value before, or null
 * @param newValue JSON of the value after, or null
 * @param reason why, as the analyst wrote it
 */
public record Change(
    long seq,
    String incidentId,
    Instant at,
    String user,
    ChangeKind kind,
    String field,
    String oldValue,
    String newValue,
    String reason) {

  public Change {
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(kind, "kind");
  }
}

package org.harmwatch.core.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.harmwatch.core.model.Incident;

/**
 * The analysts' changes to stored incidents, each recorded in the incident's history in the same
 * transaction as the change itself. Implementations are thread-safe.
 *
 * <p>Every method that changes something takes the acting {@code user} and a non-blank {@code
 * reason}, and throws {@link java.util.NoSuchElementException} for an unknown incident id and
 * {@link IllegalArgumentException} naming the bad value for a bad field, value or empty reason.
 */
public interface ReviewStore {
  /**
   * Sets one spec field of an incident (e.g. {@code "casualties.killed"}, {@code "date"}, {@code
   * "location"}, {@code "event_type"}, {@code "perpetrators"}) to {@code jsonValue}, a JSON text in
   * the exchange format, and returns the incident as it now is.
   */
  Incident correct(String incidentId, String field, String jsonValue, String user, String reason);

  /** Marks an incident checked, taking it out of the review queue. */
  void verify(String incidentId, String user, String reason);

  /** Grades an incident. */
  void grade(String incidentId, Grade grade, String user, String reason);

  /** Deletes an incident: hidden from lists and searches, kept with its history. */
  void delete(String incidentId, String user, String reason);

  /** The review status of an incident. */
  ReviewStatus status(String incidentId);

  /** The grade of an incident, empty when ungraded. */
  Optional<Grade> grade(String incidentId);

  /** Every change to an incident, oldest first. */
  List<Change> history(String incidentId);

  /** The incident as it was at {@code time}, empty when it did not exist yet. */
  Optional<Incident> asOf(String incidentId, Instant time);
}

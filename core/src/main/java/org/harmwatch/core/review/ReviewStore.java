package org.harmwatch.core.review;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Span;
import org.harmwatch.core.store.Page;

/**
 * The analysts' changes to stored incidents, each recorded in the incident's history in the same
 * transaction as the change itself. Implementations are thread-safe.
 *
 * <p>Every method that changes something takes the acting {@code user} and a non-blank {@code
 * reason}, and throws {@link java.util.NoSuchElementException} for an unknown incident id and
 * {@link IllegalArgumentException} naming the bad value for a bad field, value or empty reason.
 */
public interface ReviewStore {
  /** The spec fields {@link #correct} takes, by their exchange-format names. */
  List<String> CORRECTABLE_FIELDS =
      List.of(
          "event_type",
          "sub_event_type",
          "date",
          "location",
          "perpetrators",
          "targets",
          "casualties.killed",
          "casualties.injured",
          "casualties.detained",
          "casualties.missing",
          "casualties.civilians_killed",
          "casualties.children_killed",
          "casualties.women_killed",
          "weapons",
          "reported_by");

  /**
   * Sets one spec field of an incident (e.g. {@code "casualties.killed"}, {@code "date"}, {@code
   * "location"}, {@code "event_type"}, {@code "perpetrators"}) to {@code jsonValue}, a JSON text in
   * the exchange format, and returns the incident as it now is.
   */
  Incident correct(String incidentId, String field, String jsonValue, String user, String reason);

  /** The history field of evidence changes: old and new values are whole evidence lists. */
  String EVIDENCE_FIELD = "evidence";

  /**
   * As {@link #correct(String, String, String, String, String)}, and when {@code evidence} is not
   * empty, those spans of the incident's document become the field's evidence, replacing the
   * evidence it cited before (the old sentences stay evidence of their other fields). The evidence
   * change is recorded in the history under {@link #EVIDENCE_FIELD} with the same reason.
   *
   * @throws IllegalArgumentException also when a span is empty or not inside the document text
   */
  default Incident correct(
      String incidentId,
      String field,
      String jsonValue,
      List<Span> evidence,
      String user,
      String reason) {
    if (evidence != null && !evidence.isEmpty()) {
      throw new UnsupportedOperationException("this store keeps no corrected evidence");
    }
    return correct(incidentId, field, jsonValue, user, reason);
  }

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

  /**
   * The incident as it was at {@code time}, empty when it did not exist yet. It is rebuilt from the
   * current state by undoing, newest first, every change recorded after {@code time}: a change to a
   * field puts back its old value; a whole-incident change (field null) whose old value is an
   * incident object in the exchange format puts back that incident; other whole-incident changes
   * (e.g. links) leave the fields alone.
   */
  Optional<Incident> asOf(String incidentId, Instant time);

  /** The review state of an incident at {@code time}, empty when it did not exist yet. */
  Optional<ReviewState> stateAsOf(String incidentId, Instant time);

  /**
   * The review states of the given incidents, by id; unknown ids are left out. One call for a whole
   * page, so lists do not ask once per incident.
   */
  Map<String, ReviewState> states(Collection<String> incidentIds);

  /** Incidents waiting for review (status new), oldest stored first. */
  Page<Incident> queue(int limit, int offset);
}

package org.harmwatch.store;

import static org.harmwatch.core.review.ReviewStore.EVIDENCE_FIELD;
import static org.harmwatch.store.JdbcReviewStore.GRADE_FIELD;
import static org.harmwatch.store.JdbcReviewStore.STATUS_FIELD;
import static org.harmwatch.store.ReviewRows.read;
import static org.harmwatch.store.ReviewRows.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.review.Change;
import org.harmwatch.core.review.ChangeKind;
import org.harmwatch.core.review.Grade;
import org.harmwatch.core.review.ReviewState;
import org.harmwatch.core.review.ReviewStatus;

/**
 * The past versions of an incident: its fields and review state as they were at one time, rebuilt
 * from its current row by undoing, newest first, the changes of {@link HistoryLog} made after that
 * time. Thread-safe.
 */
final class ReviewVersions {
  private final DataSource ds;

  ReviewVersions(DataSource ds) {
    this.ds = ds;
  }

  /** An incident and its review state at one time. */
  record Version(Incident incident, ReviewState state) {}

  Optional<Version> version(String incidentId, Instant time) {
    try (Connection c = ds.getConnection()) {
      Instant created;
      ReviewState state;
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT created_at, review_status, grade FROM incidents WHERE id = ?")) {
        ps.setString(1, incidentId);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          created = rs.getTimestamp(1).toInstant();
          state = state(rs.getString(2), rs.getString(3));
        }
      }
      if (time.isBefore(created)) {
        return Optional.empty();
      }
      Incident incident = read(c, incidentId);
      List<Change> changes = HistoryLog.list(c, incidentId);
      for (int n = changes.size() - 1; n >= 0; n--) {
        Change change = changes.get(n);
        if (!change.at().isAfter(time)) {
          break;
        }
        if (change.kind() == ChangeKind.CREATED) {
          return Optional.empty();
        }
        String field = change.field();
        JsonNode old =
            change.oldValue() == null
                ? NullNode.getInstance()
                : ExchangeJson.parse(change.oldValue());
        if (STATUS_FIELD.equals(field)) {
          state =
              new ReviewState(
                  old.isNull() ? ReviewStatus.NEW : ReviewStatus.fromCode(old.asText()),
                  state.grade());
        } else if (GRADE_FIELD.equals(field)) {
          state =
              new ReviewState(state.status(), old.isNull() ? null : Grade.fromCode(old.asText()));
        } else if (field == null) {
          if (old.isObject()) {
            // A whole-incident change (e.g. a merge) that kept the incident it replaced.
            incident = ExchangeJson.incidentFromJson(old).withId(incidentId);
          }
        } else if (EVIDENCE_FIELD.equals(field)) {
          incident = EvidenceEdit.withEvidence(incident, old);
        } else if (IncidentField.isField(field)) {
          incident = IncidentField.of(field).apply(incident, old);
        }
        // Other fields (added by other modules, e.g. links) are not spec fields of the incident.
      }
      return Optional.of(new Version(incident, state));
    } catch (SQLException e) {
      throw new StoreException("cannot rebuild " + incidentId + " as of " + time, e);
    }
  }
}

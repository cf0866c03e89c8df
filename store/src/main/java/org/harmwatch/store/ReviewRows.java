package org.harmwatch.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.NoSuchElementException;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.review.Grade;
import org.harmwatch.core.review.ReviewState;
import org.harmwatch.core.review.ReviewStatus;

/** How the review side reads one incident row: its review state, its incident, its existence. */
final class ReviewRows {
  private ReviewRows() {}

  static ReviewState state(String status, String grade) {
    return new ReviewState(
        ReviewStatus.fromCode(status), grade == null ? null : Grade.fromCode(grade));
  }

  static Incident read(Connection c, String incidentId) throws SQLException {
    List<Incident> found =
        IncidentRows.incidents(
            c,
            "SELECT "
                + JdbcIncidentStore.INCIDENT_COLUMNS
                + " FROM incidents i JOIN documents d ON d.id = i.document_id WHERE i.id = ?",
            List.of(incidentId));
    if (found.isEmpty()) {
      throw new NoSuchElementException("no incident '" + incidentId + "'");
    }
    return found.get(0);
  }

  static boolean exists(Connection c, String incidentId) throws SQLException {
    return RowExists.in(c, "incidents", "id = ?", incidentId);
  }
}

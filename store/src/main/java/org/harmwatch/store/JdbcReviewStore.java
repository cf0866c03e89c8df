package org.harmwatch.store;

import static org.harmwatch.store.ReviewRows.exists;
import static org.harmwatch.store.ReviewRows.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import javax.sql.DataSource;
import org.harmwatch.core.json.ExchangeFormatException;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Span;
import org.harmwatch.core.review.Change;
import org.harmwatch.core.review.ChangeKind;
import org.harmwatch.core.review.Grade;
import org.harmwatch.core.review.ReviewState;
import org.harmwatch.core.review.ReviewStatus;
import org.harmwatch.core.review.ReviewStore;
import org.harmwatch.core.store.Page;

/**
 * The {@link ReviewStore} on the database of a {@link JdbcIncidentStore}. Every change locks the
 * incident's row ({@code SELECT ... FOR UPDATE}), reads the current value, writes the new one and
 * appends the change to {@link HistoryLog}, all in one transaction: concurrent changes to one
 * incident are applied one after the other, and each history entry's old value is exactly the value
 * it replaced. Documents are never touched. Thread-safe.
 *
 * <p>History entries of review changes use the fields {@code review.status} and {@code
 * review.grade} (the paths of the {@code "review"} object in the API's incident JSON); corrections
 * use the spec field names of {@link IncidentField}.
 */
public final class JdbcReviewStore implements ReviewStore {
  /** The history field of review status changes. */
  public static final String STATUS_FIELD = "review.status";

  /** The history field of grade changes. */
  public static final String GRADE_FIELD = "review.grade";

  private static final int MAX_REASON = 4000;

  private final DataSource ds;
  private final List<ChangeListener> listeners;
  private final ReviewVersions versions;

  /** Called after a change is committed, e.g. to update a search index. Thread-safe. */
  public interface ChangeListener {
    /** {@code incidentId} changed; {@code now} is its state after the change. */
    void changed(String incidentId, Incident now, ReviewState state);
  }

  public JdbcReviewStore(Database database) {
    this(database, List.of());
  }

  /** A store that tells {@code listeners} of every committed change. */
  public JdbcReviewStore(Database database, List<ChangeListener> listeners) {
    this.ds = database.dataSource();
    this.listeners = List.copyOf(listeners);
    this.versions = new ReviewVersions(ds);
  }

  @Override
  public Incident correct(
      String incidentId, String field, String jsonValue, String user, String reason) {
    return correct(incidentId, field, jsonValue, List.of(), user, reason);
  }

  @Override
  public Incident correct(
      String incidentId,
      String field,
      String jsonValue,
      List<Span> evidence,
      String user,
      String reason) {
    List<Span> spans = evidence == null ? List.of() : List.copyOf(evidence);
    IncidentField f = IncidentField.of(field);
    check(user, reason);
    JsonNode value;
    try {
      value = jsonValue == null ? NullNode.getInstance() : ExchangeJson.parse(jsonValue);
    } catch (ExchangeFormatException e) {
      throw new IllegalArgumentException(
          "value for " + field + " is not JSON: " + e.getMessage(), e);
    }
    JsonNode newValue = value;
    Incident[] after = new Incident[1];
    ReviewState state =
        inTransaction(
            incidentId,
            c -> {
              ReviewState s = lockChangeable(c, incidentId);
              Incident current = read(c, incidentId);
              Incident updated = f.apply(current, newValue);
              f.write(c, incidentId, updated);
              HistoryLog.record(
                  c,
                  new Change(
                      0,
                      incidentId,
                      JdbcIncidentStore.now(),
                      user,
                      ChangeKind.EDITED,
                      f.code(),
                      jsonOrNull(f.value(current)),
                      jsonOrNull(f.value(updated)),
                      reason));
              if (!spans.isEmpty()) {
                updated = EvidenceEdit.apply(c, updated, f.code(), spans, user, reason);
              }
              after[0] = updated;
              return s;
            });
    notifyListeners(incidentId, after[0], state);
    return after[0];
  }

  @Override
  public void verify(String incidentId, String user, String reason) {
    changeState(incidentId, user, reason, ChangeKind.VERIFIED, ReviewStatus.VERIFIED, null);
  }

  @Override
  public void grade(String incidentId, Grade grade, String user, String reason) {
    if (grade == null) {
      throw new IllegalArgumentException("grade is null");
    }
    changeState(incidentId, user, reason, ChangeKind.GRADED, null, grade);
  }

  @Override
  public void delete(String incidentId, String user, String reason) {
    changeState(incidentId, user, reason, ChangeKind.DELETED, ReviewStatus.DELETED, null);
  }

  private void changeState(
      String incidentId,
      String user,
      String reason,
      ChangeKind kind,
      ReviewStatus status,
      Grade grade) {
    check(user, reason);
    ReviewState after =
        inTransaction(
            incidentId,
            c -> {
              ReviewState before = lockChangeable(c, incidentId);
              Instant now = JdbcIncidentStore.now();
              if (status != null) {
                try (PreparedStatement ps =
                    c.prepareStatement("UPDATE incidents SET review_status = ? WHERE id = ?")) {
                  ps.setString(1, status.code());
                  ps.setString(2, incidentId);
                  ps.executeUpdate();
                }
                HistoryLog.record(
                    c,
                    new Change(
                        0,
                        incidentId,
                        now,
                        user,
                        kind,
                        STATUS_FIELD,
                        quote(before.status().code()),
                        quote(status.code()),
                        reason));
                return new ReviewState(status, before.grade());
              }
              try (PreparedStatement ps =
                  c.prepareStatement("UPDATE incidents SET grade = ? WHERE id = ?")) {
                ps.setString(1, grade.code());
                ps.setString(2, incidentId);
                ps.executeUpdate();
              }
              HistoryLog.record(
                  c,
                  new Change(
                      0,
                      incidentId,
                      now,
                      user,
                      kind,
                      GRADE_FIELD,
                      before.grade() == null ? null : quote(before.grade().code()),
                      quote(grade.code()),
                      reason));
              return new ReviewState(before.status(), grade);
            });
    if (!listeners.isEmpty()) {
      Incident now = inTransaction(incidentId, c -> read(c, incidentId));
      notifyListeners(incidentId, now, after);
    }
  }

  @Override
  public ReviewStatus status(String incidentId) {
    return state(incidentId).status();
  }

  @Override
  public Optional<Grade> grade(String incidentId) {
    return Optional.ofNullable(state(incidentId).grade());
  }

  private ReviewState state(String incidentId) {
    ReviewState s = states(List.of(incidentId)).get(incidentId);
    if (s == null) {
      throw new NoSuchElementException("no incident '" + incidentId + "'");
    }
    return s;
  }

  @Override
  public Map<String, ReviewState> states(Collection<String> incidentIds) {
    Map<String, ReviewState> out = new LinkedHashMap<>();
    if (incidentIds.isEmpty()) {
      return out;
    }
    List<Object> ids = new ArrayList<>(incidentIds);
    String in = "(" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")";
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, review_status, grade FROM incidents WHERE id IN " + in)) {
      IncidentRows.bind(ps, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), ReviewRows.state(rs.getString(2), rs.getString(3)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read review states", e);
    }
    return out;
  }

  @Override
  public List<Change> history(String incidentId) {
    try (Connection c = ds.getConnection()) {
      List<Change> changes = HistoryLog.list(c, incidentId);
      if (changes.isEmpty() && !exists(c, incidentId)) {
        throw new NoSuchElementException("no incident '" + incidentId + "'");
      }
      return changes;
    } catch (SQLException e) {
      throw new StoreException("cannot read the history of " + incidentId, e);
    }
  }

  @Override
  public Optional<Incident> asOf(String incidentId, Instant time) {
    return versions.version(incidentId, time).map(ReviewVersions.Version::incident);
  }

  @Override
  public Optional<ReviewState> stateAsOf(String incidentId, Instant time) {
    return versions.version(incidentId, time).map(ReviewVersions.Version::state);
  }

  @Override
  public Page<Incident> queue(int limit, int offset) {
    if (limit < 1 || limit > 1000 || offset < 0) {
      throw new IllegalArgumentException(
          "bad page: limit " + limit + " (1..1000), offset " + offset + " (>= 0)");
    }
    String where = " WHERE i.review_status = '" + ReviewStatus.NEW.code() + "'";
    try (Connection c = ds.getConnection()) {
      long total;
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM incidents i" + where);
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        total = rs.getLong(1);
      }
      List<Incident> items =
          IncidentRows.incidents(
              c,
              "SELECT "
                  + JdbcIncidentStore.INCIDENT_COLUMNS
                  + " FROM incidents i JOIN documents d ON d.id = i.document_id"
                  + where
                  + " ORDER BY i.created_at, i.id LIMIT ? OFFSET ?",
              List.of(limit, offset));
      return new Page<>(items, total, limit, offset);
    } catch (SQLException e) {
      throw new StoreException("cannot read the review queue", e);
    }
  }

  // Locks the incident's row for this transaction; refuses changes to deleted incidents.
  private static ReviewState lockChangeable(Connection c, String incidentId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT review_status, grade FROM incidents WHERE id = ? FOR UPDATE")) {
      ps.setString(1, incidentId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new NoSuchElementException("no incident '" + incidentId + "'");
        }
        ReviewState s = ReviewRows.state(rs.getString(1), rs.getString(2));
        if (s.status() == ReviewStatus.DELETED) {
          throw new IllegalArgumentException(
              "incident '" + incidentId + "' is deleted and can no longer be changed");
        }
        return s;
      }
    }
  }

  private static void check(String user, String reason) {
    if (user == null || user.isBlank()) {
      throw new IllegalArgumentException("user is blank: every change needs who made it");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason is blank: every change needs a reason");
    }
    if (reason.length() > MAX_REASON) {
      throw new IllegalArgumentException(
          "reason is longer than " + MAX_REASON + " characters (" + reason.length() + ")");
    }
  }

  private static String quote(String code) {
    return ExchangeJson.write(ExchangeJson.mapper().getNodeFactory().textNode(code));
  }

  private static String jsonOrNull(JsonNode n) {
    return n.isNull() ? null : ExchangeJson.write(n);
  }

  private void notifyListeners(String incidentId, Incident now, ReviewState state) {
    for (ChangeListener l : listeners) {
      l.changed(incidentId, now, state);
    }
  }

  private <T> T inTransaction(String incidentId, TransactionWork<T> work) {
    return TransactionWork.changing(
        ds, Writes.Table.INCIDENTS, "cannot change incident " + incidentId, work);
  }
}

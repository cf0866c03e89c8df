package org.harmwatch.store;

import static org.harmwatch.store.CorroborationRows.changeable;
import static org.harmwatch.store.CorroborationRows.lockRow;
import static org.harmwatch.store.CorroborationRows.members;
import static org.harmwatch.store.JdbcCorroboration.SOURCES_FIELD;
import static org.harmwatch.store.SourceLinks.addDocument;
import static org.harmwatch.store.SourceLinks.decide;
import static org.harmwatch.store.SourceLinks.ensureLinked;
import static org.harmwatch.store.SourceLinks.moveSource;
import static org.harmwatch.store.SourceLinks.pruneDocument;
import static org.harmwatch.store.SourceLinks.repoint;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.review.Change;
import org.harmwatch.core.review.ChangeKind;
import org.harmwatch.store.CorroborationRows.Member;
import org.harmwatch.store.CorroborationRows.Row;

/**
 * The hand decisions of {@link JdbcCorroboration}: an analyst's merge of two incidents and split of
 * documents off an incident, each recorded as decisions on pairs of reports that relinking keeps.
 *
 * <p>Not serialised on its own: {@link JdbcCorroboration} calls it under its linking lock.
 */
final class HandDecisions {
  private final DataSource ds;
  private final CorroborationFigures figures;

  HandDecisions(DataSource ds, CorroborationFigures figures) {
    this.ds = Objects.requireNonNull(ds, "ds");
    this.figures = Objects.requireNonNull(figures, "figures");
  }

  /** Rejects a change without a user, without a reason or with a reason over 4000 characters. */
  static void check(String user, String reason) {
    if (user == null || user.isBlank()) {
      throw new IllegalArgumentException("user is blank: every change needs who made it");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason is blank: every change needs a reason");
    }
    if (reason.length() > 4000) {
      throw new IllegalArgumentException(
          "reason is longer than 4000 characters (" + reason.length() + ")");
    }
  }

  /**
   * Merges incident {@code otherId} (or the incident it is merged into) into {@code incidentId}.
   */
  void merge(String incidentId, String otherId, String user, String reason) {
    inTransaction(
        incidentId,
        c -> {
          Instant now = JdbcIncidentStore.now();
          unmerged(c, incidentId, "merge into");
          Row given = changeable(c, otherId);
          String other = given.mergedInto() == null ? otherId : given.mergedInto();
          if (other.equals(incidentId)) {
            throw new IllegalArgumentException(
                "incidents '" + incidentId + "' and '" + otherId + "' are already one incident");
          }
          Row gone = other.equals(otherId) ? given : changeable(c, other);
          ensureLinked(c, incidentId, now);
          ensureLinked(c, other, now);
          List<Member> kept = members(c, incidentId);
          List<Member> moved = members(c, other);
          String why = "merged by " + user + ": " + reason;
          ArrayNode documents = ExchangeJson.mapper().createArrayNode();
          for (Member m : moved) {
            moveSource(c, m.sourceId(), incidentId, why, 1.0, user, now);
            Row r = m.sourceId().equals(other) ? gone : lockRow(c, m.sourceId());
            repoint(c, r, incidentId, ChangeKind.MERGED, user, reason, now);
            addDocument(c, incidentId, m.documentId());
            documents.add(m.documentId());
          }
          decideAll(c, true, kept, moved, incidentId, user, reason, now);
          recordMove(c, incidentId, ChangeKind.MERGED, other, documents, user, reason, now);
          figures.refreshFigures(c, List.of(incidentId, other));
          return null;
        });
  }

  /** Splits the reports of {@code documentIds} off {@code incidentId}; returns the new incident. */
  String split(String incidentId, List<String> documentIds, String user, String reason) {
    String[] created = new String[1];
    inTransaction(
        incidentId,
        c -> {
          Instant now = JdbcIncidentStore.now();
          Row keep = unmerged(c, incidentId, "split");
          ensureLinked(c, incidentId, now);
          List<Member> all = members(c, incidentId);
          java.util.Set<String> docs = new java.util.TreeSet<>();
          all.forEach(m -> docs.add(m.documentId()));
          for (String d : documentIds) {
            if (!docs.contains(d)) {
              throw new IllegalArgumentException(
                  "document '" + d + "' is not a source of incident '" + incidentId + "'");
            }
          }
          List<Member> out =
              all.stream().filter(m -> documentIds.contains(m.documentId())).toList();
          List<Member> stay =
              all.stream().filter(m -> !documentIds.contains(m.documentId())).toList();
          if (stay.isEmpty()) {
            throw new IllegalArgumentException(
                "splitting "
                    + documentIds
                    + " would take every source of incident '"
                    + incidentId
                    + "'");
          }
          if (out.stream().anyMatch(m -> m.sourceId().equals(incidentId))) {
            throw new IllegalArgumentException(
                "document '"
                    + keep.documentId()
                    + "' holds the report of incident '"
                    + incidentId
                    + "' itself; split off the other documents instead");
          }
          String fresh = out.get(0).sourceId(); // members are sorted by id
          created[0] = fresh;
          String why = "split off " + incidentId + " by " + user + ": " + reason;
          ArrayNode documents = ExchangeJson.mapper().createArrayNode();
          for (Member m : out) {
            moveSource(c, m.sourceId(), fresh, why, 1.0, user, now);
            Row r = lockRow(c, m.sourceId());
            repoint(
                c,
                r,
                m.sourceId().equals(fresh) ? null : fresh,
                ChangeKind.SPLIT,
                user,
                reason,
                now);
            addDocument(c, fresh, m.documentId());
            pruneDocument(c, incidentId, m.documentId());
            documents.add(m.documentId());
          }
          decideAll(c, false, stay, out, null, user, reason, now);
          recordMove(c, incidentId, ChangeKind.SPLIT, fresh, documents, user, reason, now);
          figures.refreshFigures(c, List.of(incidentId, fresh));
          return null;
        });
    return created[0];
  }

  // The incident a merge or split changes, which must not itself be merged into another: the
  // analyst is told to {@code action} that one instead.
  private static Row unmerged(Connection c, String incidentId, String action) throws SQLException {
    Row r = changeable(c, incidentId);
    if (r.mergedInto() != null) {
      throw new IllegalArgumentException(
          "incident '"
              + incidentId
              + "' is merged into '"
              + r.mergedInto()
              + "'; "
              + action
              + " that incident instead");
    }
    return r;
  }

  // A hand decision between every report that stays and every one that moves: the same event
  // (merged into {@code into}) or not, so that relinking keeps what the analyst decided.
  private static void decideAll(
      Connection c,
      boolean sameEvent,
      List<Member> stay,
      List<Member> moved,
      String into,
      String user,
      String reason,
      Instant now)
      throws SQLException {
    for (Member a : stay) {
      for (Member b : moved) {
        decide(c, sameEvent, a.sourceId(), b.sourceId(), into, user, reason, now);
      }
    }
  }

  // The incident's history line of a merge (the other incident and the documents it brought, as
  // the new value) or of a split (the incident created and the documents it took, as the old).
  private static void recordMove(
      Connection c,
      String incidentId,
      ChangeKind kind,
      String otherId,
      ArrayNode documents,
      String user,
      String reason,
      Instant now)
      throws SQLException {
    boolean merged = kind == ChangeKind.MERGED;
    ObjectNode moved = ExchangeJson.mapper().createObjectNode();
    moved.put(merged ? "other_id" : "created_id", otherId);
    moved.set("documents", documents);
    String json = ExchangeJson.write(moved);
    HistoryLog.record(
        c,
        new Change(
            0,
            incidentId,
            now,
            user,
            kind,
            SOURCES_FIELD,
            merged ? null : json,
            merged ? json : null,
            reason));
  }

  private <T> T inTransaction(String what, TransactionWork<T> work) {
    return TransactionWork.changing(
        ds, Writes.Table.INCIDENTS, "cannot link incident " + what, work);
  }
}

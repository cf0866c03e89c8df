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
          Row keep = changeable(c, incidentId);
          if (keep.mergedInto() != null) {
            throw new IllegalArgumentException(
                "incident '"
                    + incidentId
                    + "' is merged into '"
                    + keep.mergedInto()
                    + "'; merge into that incident instead");
          }
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
          for (Member a : kept) {
            for (Member b : moved) {
              decide(c, true, a.sourceId(), b.sourceId(), incidentId, user, reason, now);
            }
          }
          ObjectNode merged = ExchangeJson.mapper().createObjectNode();
          merged.put("other_id", other);
          merged.set("documents", documents);
          HistoryLog.record(
              c,
              new Change(
                  0,
                  incidentId,
                  now,
                  user,
                  ChangeKind.MERGED,
                  SOURCES_FIELD,
                  null,
                  ExchangeJson.write(merged),
                  reason));
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
          Row keep = changeable(c, incidentId);
          if (keep.mergedInto() != null) {
            throw new IllegalArgumentException(
                "incident '"
                    + incidentId
                    + "' is merged into '"
                    + keep.mergedInto()
                    + "'; split that incident instead");
          }
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
            moveSource(
                c, m.sourceId(), fresh, m.sourceId().equals(fresh) ? why : why, 1.0, user, now);
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
          for (Member a : stay) {
            for (Member b : out) {
              decide(c, false, a.sourceId(), b.sourceId(), null, user, reason, now);
            }
          }
          ObjectNode split = ExchangeJson.mapper().createObjectNode();
          split.put("created_id", fresh);
          split.set("documents", documents);
          HistoryLog.record(
              c,
              new Change(
                  0,
                  incidentId,
                  now,
                  user,
                  ChangeKind.SPLIT,
                  SOURCES_FIELD,
                  ExchangeJson.write(split),
                  null,
                  reason));
          figures.refreshFigures(c, List.of(incidentId, fresh));
          return null;
        });
    return created[0];
  }

  private <T> T inTransaction(String what, TransactionWork<T> work) {
    return TransactionWork.changing(
        ds, Writes.Table.INCIDENTS, "cannot link incident " + what, work);
  }
}

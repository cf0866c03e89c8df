package org.harmwatch.store;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.harmwatch.core.review.ReviewStatus;
import org.harmwatch.core.store.IncidentQuery;

/**
 * The WHERE clause and arguments an incident query makes for the {@link IncidentSearch}, with its
 * full-text hits when a search index is kept. Thread-safe.
 */
final class QueryConditions {
  private final TextIndexer indexer;

  /** The conditions of queries; with a non-null {@code indexer}, text queries use its index. */
  QueryConditions(TextIndexer indexer) {
    this.indexer = indexer;
  }

  /** The WHERE clause and arguments of a query, and its full-text hits (null without text). */
  record Filter(String where, List<Object> args, List<String> hits, boolean none) {}

  /**
   * The filter of {@code q}; with {@code hitsInWhere} false the full-text hits are only returned,
   * not made a condition of the WHERE clause.
   */
  Filter filter(IncidentQuery q, boolean hitsInWhere) {
    StringBuilder where = new StringBuilder(" WHERE 1=1");
    List<Object> args = new ArrayList<>();
    if (q.from() != null) {
      where.append(" AND i.date_end >= ?");
      args.add(Date.valueOf(q.from()));
    }
    if (q.to() != null) {
      where.append(" AND i.date_start <= ?");
      args.add(Date.valueOf(q.to()));
    }
    if (q.countryCode() != null) {
      where.append(" AND i.country_code = ?");
      args.add(q.countryCode().toUpperCase(Locale.ROOT));
    }
    if (q.admin1() != null) {
      where.append(" AND i.admin1_key = ?");
      args.add(JdbcIncidentStore.key(q.admin1()));
    }
    if (q.eventType() != null) {
      where.append(" AND i.event_type = ?");
      args.add(q.eventType().code());
    }
    if (q.actor() != null) {
      where.append(
          " AND EXISTS (SELECT 1 FROM incident_actors a WHERE a.incident_id = i.id"
              + " AND a.name_key LIKE ?)");
      args.add("%" + likeEscape(JdbcIncidentStore.key(q.actor())) + "%");
    }
    if (q.status() == null) {
      where.append(" AND i.review_status NOT IN (?, ?)");
      args.add(ReviewStatus.DELETED.code());
      args.add(ReviewStatus.MERGED.code());
    } else {
      where.append(" AND i.review_status = ?");
      args.add(q.status().code());
    }
    if (q.grade() != null) {
      where.append(" AND i.grade = ?");
      args.add(q.grade().code());
    }
    if (q.killedMin() != null) {
      where.append(" AND i.killed_best >= ?");
      args.add(q.killedMin());
    }
    if (q.killedMax() != null) {
      where.append(" AND i.killed_best <= ?");
      args.add(q.killedMax());
    }
    List<String> hits = null;
    if (q.text() != null && !q.text().isBlank()) {
      if (indexer != null) {
        hits = indexer.index().incidentIds(q.text(), JdbcIncidentStore.MAX_TEXT_HITS);
        if (hits.isEmpty()) {
          return new Filter(where.toString(), args, hits, true);
        }
        if (hitsInWhere) {
          where.append(" AND i.id = ANY(?)");
          args.add(hits.toArray(new String[0]));
        }
      } else {
        String like = "%" + likeEscape(q.text().toLowerCase(Locale.ROOT)) + "%";
        where.append(
            " AND (LOWER(i.location_name) LIKE ? OR LOWER(d.title) LIKE ?"
                + " OR EXISTS (SELECT 1 FROM incident_evidence e WHERE e.incident_id = i.id"
                + " AND LOWER(e.evidence_text) LIKE ?))");
        args.add(like);
        args.add(like);
        args.add(like);
      }
    }
    if (q.bbox() != null) {
      where.append(" AND i.lat BETWEEN ? AND ? AND i.lon BETWEEN ? AND ?");
      args.add(q.bbox().south());
      args.add(q.bbox().north());
      args.add(q.bbox().west());
      args.add(q.bbox().east());
    }
    return new Filter(where.toString(), args, hits, false);
  }

  private static String likeEscape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}

package org.harmwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.core.store.SensitiveSpan;
import org.harmwatch.core.store.SensitiveSpanStore;
import org.harmwatch.core.text.WithheldMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SensitiveSpanStore} on a JDBC database (table {@code sensitive_spans}). After a span
 * is stored or removed, every document whose title or text holds its text is put again in the
 * search index (a {@link WithholdingIndex}, which masks), with its incidents, and the index files
 * are rewritten so that the replaced text is gone from disk too. Thread-safe.
 */
public final class JdbcSensitiveSpans implements SensitiveSpanStore {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcSensitiveSpans.class);
  private static final Set<String> KINDS = Set.of("person", "phone", "other");
  private static final Set<String> ORIGINS = Set.of(SensitiveSpan.PROPOSED, SensitiveSpan.MARKED);

  private final DataSource ds;
  private final WithheldStrings withheld;
  private final IncidentStore store;
  private final TextIndexer indexer;
  private final Clock clock;

  /**
   * Spans in {@code database}; {@code indexer} (null for none) keeps the search index of {@code
   * store} masked.
   */
  public JdbcSensitiveSpans(
      Database database,
      WithheldStrings withheld,
      IncidentStore store,
      TextIndexer indexer,
      Clock clock) {
    this.ds = Objects.requireNonNull(database, "database").dataSource();
    this.withheld = Objects.requireNonNull(withheld, "withheld");
    this.store = Objects.requireNonNull(store, "store");
    this.indexer = indexer;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public List<SensitiveSpan> spans(String documentId) {
    return TransactionWork.onConnection(
        ds,
        "cannot read the sensitive spans of " + documentId,
        c -> {
          List<SensitiveSpan> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT * FROM sensitive_spans WHERE document_id = ?"
                      + " ORDER BY start_offset, end_offset")) {
            ps.setString(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(row(rs));
              }
            }
          }
          return out;
        });
  }

  @Override
  public SensitiveSpan mark(
      String documentId, int start, int end, String kind, String origin, String user) {
    Objects.requireNonNull(user, "user");
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("kind must be person, phone or other, was '" + kind + "'");
    }
    if (!ORIGINS.contains(origin)) {
      throw new IllegalArgumentException("origin must be proposed or marked, was '" + origin + "'");
    }
    Document d =
        store
            .document(documentId)
            .orElseThrow(() -> new NoSuchElementException("no document '" + documentId + "'"));
    String text = checkedText(d.text(), start, end);
    boolean wasInStep = indexer != null && indexer.inStep();
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    SensitiveSpan span =
        TransactionWork.changing(
            ds,
            Writes.Table.SENSITIVE_SPANS,
            "cannot store a sensitive span of " + documentId,
            c -> {
              for (SensitiveSpan s : spansOn(c, documentId)) {
                if (s.start() == start && s.end() == end) {
                  return s;
                }
              }
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO sensitive_spans (document_id, start_offset, end_offset, kind,"
                          + " span_text, origin, marked_by, marked_at) VALUES (?,?,?,?,?,?,?,?)",
                      new String[] {"id"})) {
                ps.setString(1, documentId);
                ps.setInt(2, start);
                ps.setInt(3, end);
                ps.setString(4, kind);
                ps.setString(5, text);
                ps.setString(6, origin);
                ps.setString(7, user);
                ps.setTimestamp(8, Timestamp.from(at));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                  keys.next();
                  return new SensitiveSpan(
                      keys.getLong(1), documentId, start, end, kind, text, origin, user, at);
                }
              }
            });
    reindex(text, wasInStep);
    return span;
  }

  @Override
  public boolean remove(String documentId, long id) {
    boolean wasInStep = indexer != null && indexer.inStep();
    String text =
        TransactionWork.changing(
            ds,
            Writes.Table.SENSITIVE_SPANS,
            "cannot remove sensitive span " + id,
            c -> {
              String found = null;
              for (SensitiveSpan s : spansOn(c, documentId)) {
                if (s.id() == id) {
                  found = s.text();
                }
              }
              if (found != null) {
                try (PreparedStatement ps =
                    c.prepareStatement("DELETE FROM sensitive_spans WHERE id = ?")) {
                  ps.setLong(1, id);
                  ps.executeUpdate();
                }
              }
              return found;
            });
    if (text == null) {
      return false;
    }
    reindex(text, wasInStep);
    return true;
  }

  @Override
  public WithheldMask mask() {
    return withheld.mask();
  }

  // Whole words only: the mask matches whole words, so a span cut inside a word would escape it.
  static String checkedText(String text, int start, int end) {
    if (start < 0 || end <= start || end > text.length()) {
      throw new IllegalArgumentException(
          "the span [" + start + ", " + end + ") is not inside the text (0-" + text.length() + ")");
    }
    if (end - start > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a sensitive span is at most " + MAX_LENGTH + " characters, was " + (end - start));
    }
    String s = text.substring(start, end);
    if (s.isBlank() || !s.equals(s.strip())) {
      throw new IllegalArgumentException("a sensitive span must not start or end with a space");
    }
    if ((start > 0 && word(text.charAt(start - 1)) && word(text.charAt(start)))
        || (end < text.length() && word(text.charAt(end)) && word(text.charAt(end - 1)))) {
      throw new IllegalArgumentException(
          "a sensitive span must start and end at word boundaries: '" + s + "' cuts a word");
    }
    return s;
  }

  private static boolean word(char c) {
    return Character.isLetterOrDigit(c);
  }

  // Every document holding the text is put again, masked as the table is now.
  private void reindex(String text, boolean wasInStep) {
    if (indexer == null) {
      return;
    }
    try {
      WithheldMask only = WithheldMask.of(List.of(text));
      for (String id : documentsHolding(only)) {
        store
            .document(id)
            .ifPresent(
                d -> {
                  indexer.index().putDocument(d);
                  for (Incident i : store.incidentsOfDocument(id)) {
                    indexer.index().putIncident(i, d.language());
                  }
                });
      }
      indexer.index().purge();
      if (wasInStep) {
        indexer.index().markSynced(indexer.databaseState());
      }
    } catch (RuntimeException e) {
      // The span is stored; the index, now behind the database, is rebuilt (masked) at next start.
      LOG.error("cannot re-index the documents holding a sensitive span", e);
    }
  }

  private List<String> documentsHolding(WithheldMask only) {
    return TransactionWork.onConnection(
        ds,
        "cannot find the documents holding a sensitive span",
        c -> {
          List<String> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement("SELECT id, title, text_content FROM documents")) {
            ps.setFetchSize(200);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                if (only.occursIn(rs.getString(2)) || only.occursIn(rs.getString(3))) {
                  out.add(rs.getString(1));
                }
              }
            }
          }
          return out;
        });
  }

  private static List<SensitiveSpan> spansOn(Connection c, String documentId) throws SQLException {
    List<SensitiveSpan> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT * FROM sensitive_spans WHERE document_id = ?")) {
      ps.setString(1, documentId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(row(rs));
        }
      }
    }
    return out;
  }

  private static SensitiveSpan row(ResultSet rs) throws SQLException {
    return new SensitiveSpan(
        rs.getLong("id"),
        rs.getString("document_id"),
        rs.getInt("start_offset"),
        rs.getInt("end_offset"),
        rs.getString("kind"),
        rs.getString("span_text"),
        rs.getString("origin"),
        rs.getString("marked_by"),
        rs.getTimestamp("marked_at").toInstant());
  }
}

package org.harmwatch.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.harmwatch.core.corroboration.FigureEstimate;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.IngestResult;
import org.harmwatch.core.store.DocumentTakenDownException;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.core.store.IncidentSummary;
import org.harmwatch.core.store.Page;
import org.harmwatch.core.store.Takedown;
import org.harmwatch.core.store.Tally;
import org.harmwatch.core.store.TallyBy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link IncidentStore} on a JDBC database (H2 or PostgreSQL, same schema). A document and its
 * incidents are saved in one transaction; the document's SHA-256 is its identity, and incident ids
 * are derived from it, so a save repeated after a crash changes nothing. Thread-safe.
 */
public final class JdbcIncidentStore implements IncidentStore {
  /** The user name of automatic changes in the history. */
  public static final String SYSTEM_USER = "system";

  static final String INCIDENT_COLUMNS = "i.*, d.title AS doc_title, d.published AS doc_published";

  /** The most full-text hits a list query intersects with its structured filters. */
  public static final int MAX_TEXT_HITS = 10_000;

  private static final Logger LOG = LoggerFactory.getLogger(JdbcIncidentStore.class);

  private final Database database;
  private final DataSource ds;
  private final TextIndexer indexer;
  private final IncidentSearch search;

  /** A store without a search index: text queries match words as substrings, without stemming. */
  public JdbcIncidentStore(Database database) {
    this(database, null);
  }

  /**
   * A store that keeps {@code indexer}'s index in step with what it saves and answers text queries
   * with it (relevance first); a null indexer means none.
   */
  public JdbcIncidentStore(Database database, TextIndexer indexer) {
    this(database, indexer, System::nanoTime);
  }

  /** As {@link #JdbcIncidentStore(Database, TextIndexer)}, list totals aged by {@code nanoTime}. */
  JdbcIncidentStore(
      Database database, TextIndexer indexer, java.util.function.LongSupplier nanoTime) {
    this.database = database;
    this.ds = database.dataSource();
    this.search = new IncidentSearch(ds, indexer, new ListTotals(database.writes(), nanoTime));
    this.indexer = indexer;
  }

  /** The deterministic id of the {@code ordinal}-th incident of the document with this hash. */
  public static String incidentId(String documentSha256, int ordinal) {
    String h =
        Document.sha256Hex((documentSha256 + "#" + ordinal).getBytes(StandardCharsets.UTF_8));
    return "inc-" + h.substring(0, 20);
  }

  @Override
  public IngestResult save(Document document, List<Incident> incidents) {
    takedownOf(document.sha256())
        .ifPresent(
            t -> {
              throw new DocumentTakenDownException(t);
            });
    Optional<Document> existing = documentBySha256(document.sha256());
    if (existing.isPresent()) {
      return IngestResult.of(existing.get(), false, incidentsOfDocument(existing.get().id()));
    }
    List<Incident> stored = new ArrayList<>();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try {
        IncidentInserts.insertDocument(c, document);
        for (int n = 0; n < incidents.size(); n++) {
          stored.add(IncidentInserts.insertIncident(c, document, n, incidents.get(n)));
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        if (!isUniqueViolation(e)) {
          throw e;
        }
        // Another writer stored the same original first, or the id is taken by another text.
        Optional<Document> winner = documentBySha256(document.sha256());
        if (winner.isPresent()) {
          return IngestResult.of(winner.get(), false, incidentsOfDocument(winner.get().id()));
        }
        throw new IllegalArgumentException(
            "document id '" + document.id() + "' is already used by a document with another text");
      } finally {
        c.setAutoCommit(true);
        database.writes().wrote(Writes.Table.INCIDENTS);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot save document " + document.id(), e);
    }
    if (indexer != null) {
      try {
        indexer.stored(document, stored);
      } catch (RuntimeException e) {
        // The database holds the document; the index, now behind, is rebuilt at the next start.
        LOG.error("cannot index document {}; the search index will be rebuilt", document.id(), e);
      }
    }
    return IngestResult.of(document, true, stored);
  }

  private static boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  /**
   * The low, best and high of a report told by itself alone ({@link IncidentSummary#ownKilled}):
   * the reconciliation of one report, which the corroboration store replaces once reports are
   * linked.
   */
  static Integer[] ownFigures(Count c) {
    return IncidentInserts.ownFigures(c);
  }

  /**
   * The current time at the precision both databases keep (microseconds), so that a time read back
   * equals the time written.
   */
  static Instant now() {
    return IncidentInserts.now();
  }

  static void addActors(PreparedStatement ps, String id, String role, List<Actor> actors)
      throws SQLException {
    IncidentInserts.addActors(ps, id, role, actors);
  }

  static void addValues(PreparedStatement ps, String id, String kind, List<String> values)
      throws SQLException {
    IncidentInserts.addValues(ps, id, kind, values);
  }

  @Override
  public Optional<Takedown> takedownOf(String sha256) {
    return TransactionWork.onConnection(
        ds, "cannot read the takedown of " + sha256, c -> JdbcTakedowns.find(c, "sha256", sha256));
  }

  @Override
  public Optional<Document> document(String id) {
    return oneDocument("SELECT * FROM documents WHERE id = ?", id);
  }

  @Override
  public Optional<Document> documentBySha256(String sha256) {
    return oneDocument("SELECT * FROM documents WHERE sha256 = ?", sha256);
  }

  private Optional<Document> oneDocument(String sql, String value) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, value);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Date published = rs.getDate("published");
        return Optional.of(
            new Document(
                rs.getString("id"),
                rs.getString("sha256"),
                rs.getString("title"),
                rs.getString("url"),
                rs.getString("publisher"),
                published == null ? null : published.toLocalDate(),
                rs.getString("language"),
                rs.getString("text_content"),
                rs.getString("content_type"),
                rs.getBytes("original"),
                rs.getTimestamp("captured_at").toInstant()));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read document " + value, e);
    }
  }

  @Override
  public Optional<Incident> incident(String id) {
    List<Incident> found =
        incidents(
            "SELECT "
                + INCIDENT_COLUMNS
                + " FROM incidents i JOIN documents d"
                + " ON d.id = i.document_id WHERE i.id = ?",
            List.of(id));
    return found.stream().findFirst();
  }

  @Override
  public List<Incident> incidentsOfDocument(String documentId) {
    return incidents(
        "SELECT "
            + INCIDENT_COLUMNS
            + " FROM incidents i JOIN documents d"
            + " ON d.id = i.document_id WHERE i.document_id = ? ORDER BY i.ordinal",
        List.of(documentId));
  }

  @Override
  public List<String> documentsOfIncident(String incidentId) {
    List<String> out = new ArrayList<>();
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT document_id FROM incident_documents WHERE incident_id = ?"
                    + " ORDER BY document_id")) {
      ps.setString(1, incidentId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read documents of incident " + incidentId, e);
    }
    return out;
  }

  @Override
  public Page<Incident> search(IncidentQuery q) {
    return search.search(q);
  }

  /**
   * Summaries in one query of the few columns they need, newest first; with a full-text part, the
   * relevance order of {@link #search} (read page by page).
   */
  @Override
  public Page<IncidentSummary> summaries(IncidentQuery q, int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max is negative: " + max);
    }
    if (q.text() == null || q.text().isBlank()) {
      return search.summaries(q, max);
    }
    Page<IncidentSummary> found = IncidentStore.super.summaries(q, max);
    Map<String, FigureEstimate> killed =
        killedFigures(found.items().stream().map(IncidentSummary::id).toList());
    return new Page<>(
        found.items().stream()
            .map(s -> s.withKilled(killed.getOrDefault(s.id(), FigureEstimate.UNKNOWN)))
            .toList(),
        found.total(),
        found.limit(),
        found.offset());
  }

  @Override
  public List<String> matching(IncidentQuery q, Collection<String> incidentIds) {
    return search.matching(q, incidentIds);
  }

  @Override
  public List<Tally> tally(IncidentQuery q, TallyBy by) {
    return search.tally(q, by);
  }

  @Override
  public Map<String, FigureEstimate> killedFigures(Collection<String> incidentIds) {
    return search.killedFigures(incidentIds);
  }

  private List<Incident> incidents(String sql, List<Object> args) {
    try (Connection c = ds.getConnection()) {
      return IncidentRows.incidents(c, sql, args);
    } catch (SQLException e) {
      throw new StoreException("cannot read incidents", e);
    }
  }

  /** The incidents {@code sql} selects (with {@link #INCIDENT_COLUMNS}), read on {@code c}. */
  @Override
  public long documentCount() {
    return count("SELECT COUNT(*) FROM documents");
  }

  @Override
  public long incidentCount() {
    return count("SELECT COUNT(*) FROM incidents");
  }

  private long count(String sql) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot count: " + sql, e);
    }
  }

  @Override
  public String describe() {
    return database.settings().describe();
  }

  @Override
  public void close() {
    database.close();
  }

  /** The comparison key of a name: lower case, accents removed, spaces folded. */
  static String key(String s) {
    if (s == null) {
      return null;
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-']+", " ").strip();
  }
}

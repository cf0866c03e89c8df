package org.harmwatch.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.harmwatch.core.corroboration.FigureEstimate;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.DocumentRef;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.model.Provenance;
import org.harmwatch.core.model.SubEventType;
import org.harmwatch.core.pipeline.IngestResult;
import org.harmwatch.core.review.Change;
import org.harmwatch.core.review.ChangeKind;
import org.harmwatch.core.review.ReviewStatus;
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

  /** A store without a search index: text queries match words as substrings, without stemming. */
  public JdbcIncidentStore(Database database) {
    this(database, null);
  }

  /**
   * A store that keeps {@code indexer}'s index in step with what it saves and answers text queries
   * with it (relevance first); a null indexer means none.
   */
  public JdbcIncidentStore(Database database, TextIndexer indexer) {
    this.database = database;
    this.ds = database.dataSource();
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
        insertDocument(c, document);
        for (int n = 0; n < incidents.size(); n++) {
          stored.add(insertIncident(c, document, n, incidents.get(n)));
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

  private static void insertDocument(Connection c, Document d) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO documents (id, sha256, title, url, publisher, published, language,"
                + " content_type, text_content, original, captured_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
      ps.setString(1, d.id());
      ps.setString(2, d.sha256());
      ps.setString(3, d.title());
      ps.setString(4, d.url());
      ps.setString(5, d.publisher());
      ps.setObject(6, d.published() == null ? null : Date.valueOf(d.published()), Types.DATE);
      ps.setString(7, d.language());
      ps.setString(8, d.contentType());
      ps.setString(9, d.text());
      ps.setBytes(10, d.original());
      ps.setTimestamp(11, Timestamp.from(d.capturedAt() == null ? now() : d.capturedAt()));
      ps.executeUpdate();
    }
  }

  /**
   * The low, best and high of a report told by itself alone ({@link IncidentSummary#ownKilled}):
   * the reconciliation of one report, which the corroboration store replaces once reports are
   * linked.
   */
  static Integer[] ownFigures(Count c) {
    FigureEstimate e = IncidentSummary.ownKilled(c);
    return new Integer[] {e.low(), e.best(), e.high()};
  }

  // Returns the incident as stored: with its id and a reference to its document.
  private static Incident insertIncident(Connection c, Document d, int ordinal, Incident i)
      throws SQLException {
    String id = incidentId(d.sha256(), ordinal);
    Instant now = now();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO incidents (id, document_id, ordinal, event_type, sub_event_type,"
                + " date_start, date_end, date_precision, date_text, location_name, country_code,"
                + " admin1, admin1_key, admin2, lat, lon, location_precision, geonames_id,"
                + " location_text, killed_known, killed_min, killed_max, killed_text,"
                + " injured_known, injured_min, injured_max, injured_text, detained_known,"
                + " detained_min, detained_max, detained_text, missing_known, missing_min,"
                + " missing_max, missing_text, civilians_killed_known, civilians_killed_min,"
                + " civilians_killed_max, civilians_killed_text, children_killed, women_killed,"
                + " confidence,"
                + " extractor_version, gazetteer_version, actors_version, created_at,"
                + " killed_low, killed_best, killed_high) VALUES"
                + " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                + "?,?,?,?,?,?,?)")) {
      int p = 1;
      ps.setString(p++, id);
      ps.setString(p++, d.id());
      ps.setInt(p++, ordinal);
      ps.setString(p++, i.eventType() == null ? null : i.eventType().code());
      ps.setString(p++, i.subEventType() == null ? null : i.subEventType().code());
      IncidentDate date = i.date();
      ps.setObject(p++, date == null ? null : Date.valueOf(date.start()), Types.DATE);
      ps.setObject(p++, date == null ? null : Date.valueOf(date.end()), Types.DATE);
      ps.setString(p++, date == null ? null : date.precision().code());
      ps.setString(p++, date == null ? null : date.text());
      Location l = i.location();
      ps.setString(p++, l == null ? null : l.name());
      ps.setString(p++, l == null ? null : l.countryCode());
      ps.setString(p++, l == null ? null : l.admin1());
      ps.setString(p++, l == null ? null : key(l.admin1()));
      ps.setString(p++, l == null ? null : l.admin2());
      ps.setObject(p++, l == null ? null : l.lat(), Types.DOUBLE);
      ps.setObject(p++, l == null ? null : l.lon(), Types.DOUBLE);
      ps.setString(p++, l == null ? null : l.precision().code());
      ps.setObject(p++, l == null ? null : l.geonamesId(), Types.BIGINT);
      ps.setString(p++, l == null ? null : l.text());
      Casualties cas = i.casualties();
      for (Count count :
          Arrays.asList(
              cas.killed(), cas.injured(), cas.detained(), cas.missing(), cas.civiliansKilled())) {
        ps.setBoolean(p++, count != null);
        ps.setObject(p++, count == null ? null : count.min(), Types.INTEGER);
        ps.setObject(p++, count == null ? null : count.max(), Types.INTEGER);
        ps.setString(p++, count == null ? null : count.text());
      }
      ps.setObject(p++, cas.childrenKilled(), Types.INTEGER);
      ps.setObject(p++, cas.womenKilled(), Types.INTEGER);
      ps.setDouble(p++, i.confidence());
      Provenance prov = i.provenance();
      ps.setString(p++, prov == null ? null : prov.extractorVersion());
      ps.setString(p++, prov == null ? null : prov.gazetteerVersion());
      ps.setString(p++, prov == null ? null : prov.actorsVersion());
      ps.setTimestamp(p++, Timestamp.from(now));
      Integer[] own = ownFigures(cas.killed());
      ps.setObject(p++, own[0], Types.INTEGER);
      ps.setObject(p++, own[1], Types.INTEGER);
      ps.setObject(p, own[2], Types.INTEGER);
      ps.executeUpdate();
    }
    HistoryLog.record(
        c,
        new Change(
            0,
            id,
            now,
            SYSTEM_USER,
            ChangeKind.CREATED,
            null,
            null,
            null,
            "extracted from document " + d.id()));
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO incident_documents (incident_id, document_id) VALUES (?,?)")) {
      ps.setString(1, id);
      ps.setString(2, d.id());
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO incident_actors (incident_id, role, ordinal, name, name_key, actor_type,"
                + " actor_text) VALUES (?,?,?,?,?,?,?)")) {
      addActors(ps, id, "perpetrator", i.perpetrators());
      addActors(ps, id, "target", i.targets());
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO incident_values (incident_id, kind, ordinal, item) VALUES (?,?,?,?)")) {
      addValues(ps, id, "weapon", i.weapons());
      addValues(ps, id, "reporter", i.reportedBy());
      ps.executeBatch();
    }
    EvidenceEdit.insert(c, id, i.evidence());
    return i.withId(id).withDocument(DocumentRef.of(d));
  }

  /**
   * The current time at the precision both databases keep (microseconds), so that a time read back
   * equals the time written.
   */
  static Instant now() {
    return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  static void addActors(PreparedStatement ps, String id, String role, List<Actor> actors)
      throws SQLException {
    int n = 0;
    for (Actor a : actors) {
      ps.setString(1, id);
      ps.setString(2, role);
      ps.setInt(3, n++);
      ps.setString(4, a.name());
      ps.setString(5, key(a.name()));
      ps.setString(6, a.type().code());
      ps.setString(7, a.text());
      ps.addBatch();
    }
  }

  static void addValues(PreparedStatement ps, String id, String kind, List<String> values)
      throws SQLException {
    int n = 0;
    for (String v : values) {
      ps.setString(1, id);
      ps.setString(2, kind);
      ps.setInt(3, n++);
      ps.setString(4, v);
      ps.addBatch();
    }
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

  /** The WHERE clause and arguments of a query, and its full-text hits (null without text). */
  private record Filter(String where, List<Object> args, List<String> hits, boolean none) {}

  private Filter filter(IncidentQuery q) {
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
      args.add(key(q.admin1()));
    }
    if (q.eventType() != null) {
      where.append(" AND i.event_type = ?");
      args.add(q.eventType().code());
    }
    if (q.actor() != null) {
      where.append(
          " AND EXISTS (SELECT 1 FROM incident_actors a WHERE a.incident_id = i.id"
              + " AND a.name_key LIKE ?)");
      args.add("%" + likeEscape(key(q.actor())) + "%");
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
        hits = indexer.index().incidentIds(q.text(), MAX_TEXT_HITS);
        if (hits.isEmpty()) {
          return new Filter(where.toString(), args, hits, true);
        }
        where.append(" AND i.id = ANY(?)");
        args.add(hits.toArray(new String[0]));
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

  @Override
  public Page<Incident> search(IncidentQuery q) {
    Filter f = filter(q);
    if (f.none()) {
      return new Page<>(List.of(), 0, q.limit(), q.offset());
    }
    String where = f.where();
    List<Object> args = f.args();
    List<String> hits = f.hits();
    String from = " FROM incidents i JOIN documents d ON d.id = i.document_id" + where;
    // Counting needs the documents only for the substring search of titles; without the join a
    // count is answered from the incidents' indexes alone.
    boolean titles = hits == null && q.text() != null && !q.text().isBlank();
    String countFrom = titles ? from : " FROM incidents i" + where;
    if (hits != null) {
      return byRelevance(q, hits, countFrom, args);
    }
    long total;
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + countFrom)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        total = rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count incidents for " + q, e);
    }
    // The page's ids first, from the incidents' indexes alone; then only those rows are read whole
    // and joined with their documents (not every match before the sort cuts the page).
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(q.limit());
    pageArgs.add(q.offset());
    List<String> ids = new ArrayList<>();
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT i.id"
                    + countFrom
                    + " ORDER BY i.date_start DESC NULLS LAST, i.id LIMIT ? OFFSET ?")) {
      bind(ps, pageArgs);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot list incidents for " + q, e);
    }
    List<Incident> items = byIds(ids);
    return new Page<>(items, total, q.limit(), q.offset());
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
    Filter f = filter(q);
    if (f.none()) {
      return new Page<>(List.of(), 0, max, 0);
    }
    if (f.hits() != null || q.text() != null && !q.text().isBlank()) {
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
    long total;
    List<IncidentSummary> out = new ArrayList<>();
    try (Connection c = ds.getConnection()) {
      try (PreparedStatement ps =
          c.prepareStatement("SELECT COUNT(*) FROM incidents i" + f.where())) {
        bind(ps, f.args());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
      List<Object> args = new ArrayList<>(f.args());
      args.add(max);
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT i.id, i.date_start, i.date_end, i.event_type, i.killed_low, i.killed_best,"
                  + " i.killed_high,"
                  + " i.lat, i.lon, i.location_precision, i.country_code, i.admin1,"
                  + " i.location_name, d.title"
                  + " FROM incidents i JOIN documents d ON d.id = i.document_id"
                  + f.where()
                  + " ORDER BY i.date_start DESC NULLS LAST, i.id LIMIT ?")) {
        bind(ps, args);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Date start = rs.getDate(2);
            Date end = rs.getDate(3);
            out.add(
                new IncidentSummary(
                    rs.getString(1),
                    start == null ? null : start.toLocalDate(),
                    end == null ? null : end.toLocalDate(),
                    rs.getString(4),
                    (Integer) rs.getObject(5, Integer.class),
                    (Integer) rs.getObject(6, Integer.class),
                    (Integer) rs.getObject(7, Integer.class),
                    (Double) rs.getObject(8, Double.class),
                    (Double) rs.getObject(9, Double.class),
                    rs.getString(10),
                    rs.getString(11),
                    rs.getString(12),
                    rs.getString(13),
                    rs.getString(14)));
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot summarise incidents for " + q, e);
    }
    return new Page<>(out, total, max, 0);
  }

  @Override
  public List<String> matching(IncidentQuery q, Collection<String> incidentIds) {
    List<String> ids = incidentIds.stream().distinct().toList();
    Filter f = filter(q);
    if (ids.isEmpty() || f.none()) {
      return List.of();
    }
    List<Object> args = new ArrayList<>(f.args());
    args.add(ids.toArray(new String[0]));
    java.util.Set<String> found = new java.util.HashSet<>();
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT i.id FROM incidents i JOIN documents d ON d.id = i.document_id"
                    + f.where()
                    + " AND i.id = ANY(?)")) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot match " + ids.size() + " incident(s) with " + q, e);
    }
    return ids.stream().filter(found::contains).toList();
  }

  @Override
  public List<Tally> tally(IncidentQuery q, TallyBy by) {
    Filter f = filter(q);
    if (f.none()) {
      return List.of();
    }
    try (Connection c = ds.getConnection()) {
      return IncidentTallies.run(
          c,
          by,
          " FROM incidents i JOIN documents d ON d.id = i.document_id" + f.where(),
          f.args());
    } catch (SQLException e) {
      throw new StoreException("cannot summarise incidents by " + by.code() + " for " + q, e);
    }
  }

  @Override
  public Map<String, FigureEstimate> killedFigures(Collection<String> incidentIds) {
    Map<String, FigureEstimate> out = new HashMap<>();
    List<String> ids = new ArrayList<>(new java.util.LinkedHashSet<>(incidentIds));
    try (Connection c = ds.getConnection()) {
      for (int from = 0; from < ids.size(); from += 1000) {
        List<String> part = ids.subList(from, Math.min(ids.size(), from + 1000));
        try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, killed_low, killed_best, killed_high FROM incidents WHERE id = ANY(?)")) {
          bind(ps, List.of((Object) part.toArray(new String[0])));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.put(
                  rs.getString(1),
                  new FigureEstimate(
                      rs.getObject(2, Integer.class),
                      rs.getObject(3, Integer.class),
                      rs.getObject(4, Integer.class)));
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the figures of " + ids.size() + " incident(s)", e);
    }
    return out;
  }

  // The page of the full-text hits that pass the structured filters, best hit first.
  private Page<Incident> byRelevance(
      IncidentQuery q, List<String> hits, String from, List<Object> args) {
    java.util.Set<String> passing = new java.util.HashSet<>();
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT i.id" + from)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          passing.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot filter incidents for " + q, e);
    }
    List<String> ranked = hits.stream().filter(passing::contains).toList();
    int end = (int) Math.min(ranked.size(), (long) q.offset() + q.limit());
    List<String> page = q.offset() >= ranked.size() ? List.of() : ranked.subList(q.offset(), end);
    if (page.isEmpty()) {
      return new Page<>(List.of(), ranked.size(), q.limit(), q.offset());
    }
    List<Incident> items = byIds(page);
    return new Page<>(items, ranked.size(), q.limit(), q.offset());
  }

  // The incidents with these ids, in the order of the ids.
  private List<Incident> byIds(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, Incident> byId = new java.util.HashMap<>();
    for (Incident i :
        incidents(
            "SELECT "
                + INCIDENT_COLUMNS
                + " FROM incidents i JOIN documents d ON d.id = i.document_id"
                + " WHERE i.id = ANY(?)",
            List.of((Object) ids.toArray(new String[0])))) {
      byId.put(i.id(), i);
    }
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  private List<Incident> incidents(String sql, List<Object> args) {
    try (Connection c = ds.getConnection()) {
      return incidents(c, sql, args);
    } catch (SQLException e) {
      throw new StoreException("cannot read incidents", e);
    }
  }

  /** The incidents {@code sql} selects (with {@link #INCIDENT_COLUMNS}), read on {@code c}. */
  static List<Incident> incidents(Connection c, String sql, List<Object> args) throws SQLException {
    Map<String, IncidentRow> rows = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          IncidentRow row = IncidentRow.read(rs);
          rows.put(row.id, row);
        }
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    loadChildren(c, rows);
    return rows.values().stream().map(IncidentRow::toIncident).toList();
  }

  private static void loadChildren(Connection c, Map<String, IncidentRow> rows)
      throws SQLException {
    String in = "(" + String.join(",", java.util.Collections.nCopies(rows.size(), "?")) + ")";
    List<Object> ids = new ArrayList<>(rows.keySet());
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT * FROM incident_actors WHERE incident_id IN "
                + in
                + " ORDER BY incident_id, role, ordinal")) {
      bind(ps, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          IncidentRow row = rows.get(rs.getString("incident_id"));
          Actor a =
              new Actor(
                  rs.getString("name"),
                  ActorType.fromCode(rs.getString("actor_type")),
                  rs.getString("actor_text"));
          (rs.getString("role").equals("perpetrator") ? row.perpetrators : row.targets).add(a);
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT * FROM incident_values WHERE incident_id IN "
                + in
                + " ORDER BY incident_id, kind, ordinal")) {
      bind(ps, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          IncidentRow row = rows.get(rs.getString("incident_id"));
          (rs.getString("kind").equals("weapon") ? row.weapons : row.reporters)
              .add(rs.getString("item"));
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT * FROM incident_evidence WHERE incident_id IN "
                + in
                + " ORDER BY incident_id, ordinal")) {
      bind(ps, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          IncidentRow row = rows.get(rs.getString("incident_id"));
          String fields = rs.getString("fields");
          row.evidence.add(
              new Evidence(
                  rs.getInt("start_offset"),
                  rs.getInt("end_offset"),
                  rs.getString("evidence_text"),
                  fields.isEmpty() ? List.of() : List.of(fields.split(","))));
        }
      }
    }
  }

  static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
    for (int n = 0; n < args.size(); n++) {
      if (args.get(n) instanceof String[] values) {
        ps.setArray(n + 1, ps.getConnection().createArrayOf("VARCHAR", values));
      } else {
        ps.setObject(n + 1, args.get(n));
      }
    }
  }

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

  private static String likeEscape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** One incident row while its child rows are being read. */
  private static final class IncidentRow {
    final String id;
    final Incident base;
    final List<Actor> perpetrators = new ArrayList<>();
    final List<Actor> targets = new ArrayList<>();
    final List<String> weapons = new ArrayList<>();
    final List<String> reporters = new ArrayList<>();
    final List<Evidence> evidence = new ArrayList<>();

    private IncidentRow(String id, Incident base) {
      this.id = id;
      this.base = base;
    }

    static IncidentRow read(ResultSet rs) throws SQLException {
      String id = rs.getString("id");
      Date docPublished = rs.getDate("doc_published");
      DocumentRef doc =
          new DocumentRef(
              rs.getString("document_id"),
              rs.getString("doc_title"),
              docPublished == null ? null : docPublished.toLocalDate());
      String et = rs.getString("event_type");
      String st = rs.getString("sub_event_type");
      Date ds = rs.getDate("date_start");
      IncidentDate date =
          ds == null
              ? null
              : new IncidentDate(
                  ds.toLocalDate(),
                  rs.getDate("date_end").toLocalDate(),
                  DatePrecision.fromCode(rs.getString("date_precision")),
                  rs.getString("date_text"));
      String lp = rs.getString("location_precision");
      Location loc =
          lp == null
              ? null
              : new Location(
                  rs.getString("location_name"),
                  rs.getString("country_code"),
                  rs.getString("admin1"),
                  rs.getString("admin2"),
                  (Double) rs.getObject("lat", Double.class),
                  (Double) rs.getObject("lon", Double.class),
                  LocationPrecision.fromCode(lp),
                  (Long) rs.getObject("geonames_id", Long.class),
                  rs.getString("location_text"));
      Casualties cas =
          new Casualties(
              count(rs, "killed"),
              count(rs, "injured"),
              count(rs, "detained"),
              count(rs, "missing"),
              count(rs, "civilians_killed"),
              rs.getObject("children_killed", Integer.class),
              rs.getObject("women_killed", Integer.class));
      Provenance prov =
          new Provenance(
              rs.getString("extractor_version"),
              rs.getString("gazetteer_version"),
              rs.getString("actors_version"));
      Incident base =
          new Incident(
              id,
              doc,
              et == null ? null : EventType.fromCode(et),
              st == null ? null : SubEventType.fromCode(st),
              date,
              loc,
              List.of(),
              List.of(),
              cas,
              List.of(),
              List.of(),
              List.of(),
              rs.getDouble("confidence"),
              prov.extractorVersion() == null
                      && prov.gazetteerVersion() == null
                      && prov.actorsVersion() == null
                  ? null
                  : prov);
      return new IncidentRow(id, base);
    }

    private static Count count(ResultSet rs, String name) throws SQLException {
      if (!rs.getBoolean(name + "_known")) {
        return null;
      }
      return new Count(
          rs.getObject(name + "_min", Integer.class),
          rs.getObject(name + "_max", Integer.class),
          rs.getString(name + "_text"));
    }

    Incident toIncident() {
      Incident b = base;
      return new Incident(
          b.id(),
          b.document(),
          b.eventType(),
          b.subEventType(),
          b.date(),
          b.location(),
          perpetrators,
          targets,
          b.casualties(),
          weapons,
          reporters,
          evidence,
          b.confidence(),
          b.provenance());
    }
  }
}

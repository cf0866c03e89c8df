package org.harmwatch.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.review.ReviewState;
import org.harmwatch.core.store.TextSearch;

/**
 * Keeps a {@link TextSearch} in step with the database: rebuilds it from every document and
 * incident, tells whether it is behind, and re-indexes incidents that analysts change (it is the
 * review store's {@link JdbcReviewStore.ChangeListener}). Thread-safe.
 *
 * <p>"In step" is decided by a fingerprint of the database (document and incident counts, the last
 * history entry, which database) that the index records when it is declared synced. A process that
 * ends without declaring it (a crash, {@code kill -9}) leaves the old fingerprint, so the next
 * start sees the database moved on and rebuilds.
 */
public final class TextIndexer implements JdbcReviewStore.ChangeListener {
  /** Called as a rebuild goes on with the entries done and the total. */
  public interface Progress {
    /** {@code done} of {@code total} entries are indexed. */
    void indexed(long done, long total);
  }

  private static final int BATCH = 500;

  private final Database database;
  private final DataSource ds;
  private final TextSearch index;

  public TextIndexer(Database database, TextSearch index) {
    this.database = Objects.requireNonNull(database, "database");
    this.ds = database.dataSource();
    this.index = Objects.requireNonNull(index, "index");
  }

  /** The index kept in step. */
  public TextSearch index() {
    return index;
  }

  /** The fingerprint of the database as it is now. */
  public String databaseState() {
    try (Connection c = ds.getConnection()) {
      return "documents="
          + count(c, "SELECT COUNT(*) FROM documents")
          + ";incidents="
          + count(c, "SELECT COUNT(*) FROM incidents")
          + ";history="
          + count(c, "SELECT COALESCE(MAX(seq), 0) FROM incident_history")
          + ";withheld="
          + WithheldStrings.version(c)
          + ";db="
          + database.settings().describe();
    } catch (SQLException e) {
      throw new StoreException("cannot read the state of " + database.settings().describe(), e);
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Whether the index was declared in step with the database as it is now. */
  public boolean inStep() {
    return index.syncedWith().equals(databaseState());
  }

  /** Rebuilds the index when it is not in step; returns whether it did. */
  public boolean ensureInStep(Progress progress) {
    if (inStep()) {
      return false;
    }
    rebuild(progress);
    return true;
  }

  /**
   * Empties the index and fills it again from every document and incident, then declares it in
   * step. Returns the number of entries indexed.
   */
  public long rebuild(Progress progress) {
    String before = databaseState();
    index.clear();
    long total;
    long done = 0;
    try (Connection c = ds.getConnection()) {
      total =
          count(c, "SELECT COUNT(*) FROM documents") + count(c, "SELECT COUNT(*) FROM incidents");
      progress.indexed(0, total);
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT id, sha256, title, published, language, text_content, content_type"
                  + " FROM documents ORDER BY id")) {
        ps.setFetchSize(BATCH);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Date published = rs.getDate("published");
            index.putDocument(
                new Document(
                    rs.getString("id"),
                    rs.getString("sha256"),
                    rs.getString("title"),
                    null,
                    null,
                    published == null ? null : published.toLocalDate(),
                    rs.getString("language"),
                    rs.getString("text_content"),
                    rs.getString("content_type"),
                    new byte[0],
                    null));
            if (++done % BATCH == 0) {
              progress.indexed(done, total);
            }
          }
        }
      }
      String after = "";
      while (true) {
        Map<String, String> languages = languages(c, after);
        if (languages.isEmpty()) {
          break;
        }
        List<Object> args = new ArrayList<>(List.of(after, BATCH));
        List<Incident> batch =
            IncidentRows.incidents(
                c,
                "SELECT "
                    + JdbcIncidentStore.INCIDENT_COLUMNS
                    + " FROM incidents i JOIN documents d ON d.id = i.document_id"
                    + " WHERE i.id > ? ORDER BY i.id LIMIT ?",
                args);
        for (Incident incident : batch) {
          index.putIncident(incident, languages.get(incident.id()));
          after = incident.id();
        }
        done += batch.size();
        progress.indexed(done, total);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the database to rebuild the search index", e);
    }
    progress.indexed(done, total);
    String now = databaseState();
    // Writes during the rebuild may have been missed: declare the index in step only if none came.
    index.markSynced(now.equals(before) ? now : "");
    return done;
  }

  private static Map<String, String> languages(Connection c, String after) throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT i.id, d.language FROM incidents i JOIN documents d ON d.id = i.document_id"
                + " WHERE i.id > ? ORDER BY i.id LIMIT ?")) {
      ps.setString(1, after);
      ps.setInt(2, BATCH);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return out;
  }

  /** Indexes a document and its incidents just stored. */
  public void stored(Document document, List<Incident> incidents) {
    index.putDocument(document);
    for (Incident incident : incidents) {
      index.putIncident(incident, document.language());
    }
  }

  @Override
  public void changed(String incidentId, Incident now, ReviewState state) {
    index.putIncident(now, language(now));
  }

  private String language(Incident incident) {
    if (incident.document() == null) {
      return null;
    }
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT language FROM documents WHERE id = ?")) {
      ps.setString(1, incident.document().id());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the language of " + incident.document().id(), e);
    }
  }

  /**
   * Declares the index in step when it holds as many documents and incidents as the database (so no
   * other process wrote meanwhile); call at the end of a run, before closing the index.
   */
  public void finish() {
    String state = databaseState();
    boolean same =
        state.startsWith(
            "documents=" + index.documentCount() + ";incidents=" + index.incidentCount() + ";");
    index.markSynced(same ? state : "");
  }
}

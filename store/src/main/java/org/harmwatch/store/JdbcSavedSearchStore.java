package org.harmwatch.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.harmwatch.core.alert.SavedSearch;
import org.harmwatch.core.alert.SavedSearchStore;
import org.harmwatch.core.alert.SearchHit;

/**
 * The {@link SavedSearchStore} over the tables of migration V21, on H2 or PostgreSQL. Thread-safe:
 * each call takes its own pooled connection. Does not own the database; its opener closes it.
 */
public final class JdbcSavedSearchStore implements SavedSearchStore {
  private static final String COLUMNS = "id, username, name, query, created_at";

  private final javax.sql.DataSource ds;

  public JdbcSavedSearchStore(Database database) {
    this.ds = Objects.requireNonNull(database, "database").dataSource();
  }

  @Override
  public SavedSearch create(String username, String name, String query, Instant now) {
    return TransactionWork.inOne(
        ds,
        "cannot save search '" + name + "' of " + username,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT id FROM saved_searches WHERE username = ? AND name = ?")) {
            ps.setString(1, username);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
              if (rs.next()) {
                throw new IllegalArgumentException(
                    "you already have a saved search named '" + name + "'");
              }
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO saved_searches (username, name, query, created_at)"
                      + " VALUES (?,?,?,?)",
                  new String[] {"id"})) {
            ps.setString(1, username);
            ps.setString(2, name);
            ps.setString(3, query);
            ps.setTimestamp(4, micros(now));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
              keys.next();
              return new SavedSearch(
                  keys.getLong(1), username, name, query, now.truncatedTo(ChronoUnit.MICROS));
            }
          }
        });
  }

  @Override
  public List<SavedSearch> searches(String username) {
    return with(
        "read saved searches of " + username,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT " + COLUMNS + " FROM saved_searches WHERE username = ? ORDER BY name")) {
            ps.setString(1, username);
            return read(ps);
          }
        });
  }

  @Override
  public List<SavedSearch> all() {
    return with(
        "read saved searches",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT " + COLUMNS + " FROM saved_searches ORDER BY id")) {
            return read(ps);
          }
        });
  }

  @Override
  public boolean delete(String username, long id) {
    return TransactionWork.inOne(
        ds,
        "cannot delete saved search " + id,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM saved_search_hits WHERE search_id IN"
                      + " (SELECT id FROM saved_searches WHERE id = ? AND username = ?)")) {
            ps.setLong(1, id);
            ps.setString(2, username);
            ps.executeUpdate();
          }
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM saved_searches WHERE id = ? AND username = ?")) {
            ps.setLong(1, id);
            ps.setString(2, username);
            return ps.executeUpdate() == 1;
          }
        });
  }

  @Override
  public List<String> recordHits(long searchId, Collection<String> incidentIds, Instant found) {
    return TransactionWork.inOne(
        ds,
        "cannot record hits of saved search " + searchId,
        c -> {
          List<String> recorded = new ArrayList<>();
          for (String id : new LinkedHashSet<>(incidentIds)) {
            if (RowExists.in(
                c, "saved_search_hits", "search_id = ? AND incident_id = ?", searchId, id)) {
              continue;
            }
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO saved_search_hits (search_id, incident_id, found_at)"
                        + " VALUES (?,?,?)")) {
              ps.setLong(1, searchId);
              ps.setString(2, id);
              ps.setTimestamp(3, micros(found));
              ps.executeUpdate();
            }
            recorded.add(id);
          }
          return recorded;
        });
  }

  @Override
  public List<SearchHit> hitsSince(String username, Instant since) {
    return with(
        "read new hits of " + username,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT s.id, s.name, h.incident_id, h.found_at FROM saved_search_hits h"
                      + " JOIN saved_searches s ON s.id = h.search_id WHERE s.username = ?"
                      + (since == null ? "" : " AND h.found_at > ?")
                      + " ORDER BY h.found_at DESC, s.name, h.incident_id")) {
            ps.setString(1, username);
            if (since != null) {
              ps.setTimestamp(2, micros(since));
            }
            List<SearchHit> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new SearchHit(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()));
              }
            }
            return out;
          }
        });
  }

  @Override
  public Optional<Instant> lastVisit(String username) {
    return with(
        "read last visit of " + username,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT visited_at FROM search_visits WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
            }
          }
        });
  }

  @Override
  public void visited(String username, Instant at) {
    upsert("search_visits", "visited_at", username, micros(at));
  }

  @Override
  public Optional<String> webhook(String username) {
    return with(
        "read webhook of " + username,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT url FROM user_webhooks WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public void setWebhook(String username, String url) {
    if (url == null) {
      with(
          "remove webhook of " + username,
          c -> {
            try (PreparedStatement ps =
                c.prepareStatement("DELETE FROM user_webhooks WHERE username = ?")) {
              ps.setString(1, username);
              return ps.executeUpdate();
            }
          });
      return;
    }
    upsert("user_webhooks", "url", username, url);
  }

  // UPDATE, then INSERT when no row was there: one spelling for H2 and PostgreSQL.
  private void upsert(String table, String column, String username, Object value) {
    TransactionWork.inOne(
        ds,
        "cannot write " + table + " of " + username,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE " + table + " SET " + column + " = ? WHERE username = ?")) {
            ps.setObject(1, value);
            ps.setString(2, username);
            if (ps.executeUpdate() == 1) {
              return null;
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO " + table + " (username, " + column + ") VALUES (?,?)")) {
            ps.setString(1, username);
            ps.setObject(2, value);
            ps.executeUpdate();
          }
          return null;
        });
  }

  // Both databases keep microseconds; rounding there could move an instant past a later one.
  private static Timestamp micros(Instant t) {
    return Timestamp.from(t.truncatedTo(ChronoUnit.MICROS));
  }

  private <T> T with(String what, TransactionWork<T> work) {
    return TransactionWork.onConnection(ds, "cannot " + what, work);
  }

  private static List<SavedSearch> read(PreparedStatement ps) throws SQLException {
    List<SavedSearch> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new SavedSearch(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getTimestamp(5).toInstant()));
      }
    }
    return out;
  }
}

package org.harmwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.harmwatch.core.account.Account;
import org.harmwatch.core.account.AccountStore;
import org.harmwatch.core.account.ApiToken;
import org.harmwatch.core.account.DocumentView;
import org.harmwatch.core.account.QueuedDocument;
import org.harmwatch.core.account.ReadChannel;
import org.harmwatch.core.account.Role;
import org.harmwatch.core.account.Session;

/**
 * The {@link AccountStore} over the tables of migration V4, on H2 or PostgreSQL. Thread-safe: each
 * call takes its own pooled connection. Does not own the database; its opener closes it.
 */
public final class JdbcAccountStore implements AccountStore {
  /** User names: letters, digits, dot, dash, underscore, at sign; 1 to 100 characters. */
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

  /** A token's public id: the first hex characters of its hash. */
  private static final Pattern TOKEN_ID = Pattern.compile("[0-9a-f]{" + ApiToken.ID_LENGTH + "}");

  private final DataSource ds;

  public JdbcAccountStore(Database database) {
    this.ds = Objects.requireNonNull(database, "database").dataSource();
  }

  private <T> T with(String what, TransactionWork<T> work) {
    return TransactionWork.onConnection(ds, "cannot " + what, work);
  }

  @Override
  public long userCount() {
    return with(
        "count users",
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM users");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  @Override
  public Account createUser(
      String username, String passwordHash, Role role, Instant at, boolean mustChangePassword) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException(
          "user name must be 1-100 letters, digits or . _ @ -, was '" + username + "'");
    }
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(role, "role");
    if (user(username).isPresent()) {
      throw new IllegalArgumentException("user '" + username + "' already exists");
    }
    return with(
        "create user " + username,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO users (username, password_hash, role, created_at,"
                      + " must_change_password) VALUES (?,?,?,?,?)")) {
            ps.setString(1, username);
            ps.setString(2, passwordHash);
            ps.setString(3, role.code());
            ps.setTimestamp(4, Timestamp.from(at));
            ps.setBoolean(5, mustChangePassword);
            ps.executeUpdate();
          }
          return new Account(username, role, at, false, mustChangePassword);
        });
  }

  @Override
  public Optional<Account> user(String username) {
    return with(
        "read user",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT username, role, created_at, disabled, must_change_password FROM users"
                      + " WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(account(rs)) : Optional.<Account>empty();
            }
          }
        });
  }

  @Override
  public List<Account> users() {
    return with(
        "list users",
        c -> {
          List<Account> out = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT username, role, created_at, disabled, must_change_password FROM users"
                          + " ORDER BY username");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(account(rs));
            }
          }
          return out;
        });
  }

  @Override
  public Optional<String> passwordHash(String username) {
    return with(
        "read password hash",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT password_hash FROM users WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
          }
        });
  }

  @Override
  public void createSession(String idHash, String username, String csrfToken, Instant expires) {
    with(
        "create session",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO sessions (id_hash, username, csrf_token, expires_at) VALUES (?,?,?,?)")) {
            ps.setString(1, idHash);
            ps.setString(2, username);
            ps.setString(3, csrfToken);
            ps.setTimestamp(4, Timestamp.from(expires));
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public Optional<Session> session(String idHash, Instant now) {
    return with(
        "read session",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT u.username, u.role, u.created_at, u.disabled, u.must_change_password,"
                      + " s.csrf_token, s.expires_at"
                      + " FROM sessions s JOIN users u ON u.username = s.username"
                      + " WHERE s.id_hash = ? AND s.expires_at > ? AND u.disabled = ?")) {
            ps.setString(1, idHash);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setBoolean(3, false);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.<Session>empty();
              }
              return Optional.of(
                  new Session(
                      account(rs),
                      rs.getString("csrf_token"),
                      rs.getTimestamp("expires_at").toInstant()));
            }
          }
        });
  }

  @Override
  public void deleteSession(String idHash) {
    update("end session", "DELETE FROM sessions WHERE id_hash = ?", idHash);
  }

  @Override
  public int deleteExpiredSessions(Instant now) {
    return with(
        "remove expired sessions",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM sessions WHERE expires_at <= ?")) {
            ps.setTimestamp(1, Timestamp.from(now));
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public boolean setPasswordHash(String username, String passwordHash, String keepSessionIdHash) {
    Objects.requireNonNull(passwordHash, "passwordHash");
    return TransactionWork.inOne(
        ds,
        "cannot change a password",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE users SET password_hash = ?, must_change_password = ?"
                      + " WHERE username = ?")) {
            ps.setString(1, passwordHash);
            ps.setBoolean(2, false);
            ps.setString(3, username);
            if (ps.executeUpdate() != 1) {
              return false;
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM sessions WHERE username = ? AND id_hash <> ?")) {
            ps.setString(1, username);
            // No id hash is empty, so "" keeps no session.
            ps.setString(2, keepSessionIdHash == null ? "" : keepSessionIdHash);
            ps.executeUpdate();
          }
          return true;
        });
  }

  @Override
  public List<ApiToken> tokens(String username) {
    return with(
        "list API tokens",
        c -> {
          List<ApiToken> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT token_hash, label, created_at FROM api_tokens WHERE username = ?"
                      + " ORDER BY created_at, token_hash")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new ApiToken(
                        rs.getString(1).substring(0, ApiToken.ID_LENGTH),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant()));
              }
            }
          }
          return out;
        });
  }

  @Override
  public boolean deleteToken(String username, String id) {
    if (id == null || !TOKEN_ID.matcher(id).matches()) {
      return false;
    }
    return with(
        "revoke an API token",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM api_tokens WHERE username = ? AND token_hash LIKE ?")) {
            ps.setString(1, username);
            ps.setString(2, id + "%");
            return ps.executeUpdate() > 0;
          }
        });
  }

  @Override
  public void createToken(String tokenHash, String username, String label, Instant at) {
    with(
        "create API token",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO api_tokens (token_hash, username, label, created_at) VALUES (?,?,?,?)")) {
            ps.setString(1, tokenHash);
            ps.setString(2, username);
            ps.setString(3, label);
            ps.setTimestamp(4, Timestamp.from(at));
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public Optional<Account> tokenOwner(String tokenHash) {
    return with(
        "read API token",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT u.username, u.role, u.created_at, u.disabled, u.must_change_password"
                      + " FROM api_tokens t JOIN users u ON u.username = t.username"
                      + " WHERE t.token_hash = ? AND u.disabled = ?")) {
            ps.setString(1, tokenHash);
            ps.setBoolean(2, false);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(account(rs)) : Optional.<Account>empty();
            }
          }
        });
  }

  @Override
  public List<QueuedDocument> readingQueue(String username) {
    return with(
        "read the reading queue",
        c -> {
          List<QueuedDocument> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT document_id, added_at FROM reading_queue WHERE username = ?"
                      + " ORDER BY added_at, document_id")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new QueuedDocument(
                        rs.getString("document_id"), rs.getTimestamp("added_at").toInstant()));
              }
            }
          }
          return out;
        });
  }

  @Override
  public boolean enqueue(String username, String documentId, Instant at) {
    return with(
        "add to the reading queue",
        c -> {
          if (RowExists.in(
              c, "reading_queue", "username = ? AND document_id = ?", username, documentId)) {
            return false;
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO reading_queue (username, document_id, added_at) VALUES (?,?,?)")) {
            ps.setString(1, username);
            ps.setString(2, documentId);
            ps.setTimestamp(3, Timestamp.from(at));
            ps.executeUpdate();
            return true;
          } catch (SQLException e) {
            // Two clicks racing: the primary key already holds it, which is what was asked.
            if ("23505".equals(e.getSQLState())) {
              return false;
            }
            throw e;
          }
        });
  }

  @Override
  public boolean dequeue(String username, String documentId) {
    return update(
            "remove from the reading queue",
            "DELETE FROM reading_queue WHERE username = ? AND document_id = ?",
            username,
            documentId)
        > 0;
  }

  @Override
  public void recordReads(
      Collection<String> documentIds,
      String username,
      ReadChannel channel,
      String address,
      Instant at) {
    TransactionWork.inOne(
        ds,
        "cannot record reads of " + documentIds.size() + " document(s)",
        c -> AccessLogTable.record(c, documentIds, username, channel, address, at));
  }

  @Override
  public List<DocumentView> views(String documentId) {
    return with("read document views", c -> AccessLogTable.ofDocument(c, documentId));
  }

  @Override
  public long accessLog(Instant from, Instant to, Consumer<DocumentView> out) {
    return with("read the access log", c -> AccessLogTable.between(c, from, to, out));
  }

  private int update(String what, String sql, String... params) {
    return with(
        what,
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
              ps.setString(i + 1, params[i]);
            }
            return ps.executeUpdate();
          }
        });
  }

  private static Account account(ResultSet rs) throws SQLException {
    return new Account(
        rs.getString("username"),
        Role.fromCode(rs.getString("role")),
        rs.getTimestamp("created_at").toInstant(),
        rs.getBoolean("disabled"),
        rs.getBoolean("must_change_password"));
  }

  @Override
  public boolean resetPassword(String username, String passwordHash) {
    Objects.requireNonNull(passwordHash, "passwordHash");
    return TransactionWork.inOne(
        ds,
        "cannot reset a password",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE users SET password_hash = ?, must_change_password = ?"
                      + " WHERE username = ?")) {
            ps.setString(1, passwordHash);
            ps.setBoolean(2, true);
            ps.setString(3, username);
            if (ps.executeUpdate() != 1) {
              return false;
            }
          }
          endSessions(c, username);
          return true;
        });
  }

  @Override
  public boolean setRole(String username, Role role) {
    Objects.requireNonNull(role, "role");
    return update(
            "change a role", "UPDATE users SET role = ? WHERE username = ?", role.code(), username)
        == 1;
  }

  @Override
  public boolean setDisabled(String username, boolean disabled) {
    return TransactionWork.inOne(
        ds,
        "cannot disable or enable a user",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE users SET disabled = ? WHERE username = ?")) {
            ps.setBoolean(1, disabled);
            ps.setString(2, username);
            if (ps.executeUpdate() != 1) {
              return false;
            }
          }
          if (disabled) {
            endSessions(c, username);
          }
          return true;
        });
  }

  private static void endSessions(Connection c, String username) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE username = ?")) {
      ps.setString(1, username);
      ps.executeUpdate();
    }
  }
}

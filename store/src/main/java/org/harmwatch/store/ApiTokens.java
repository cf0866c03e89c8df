package org.harmwatch.store;

import static org.harmwatch.store.AccountRows.account;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.harmwatch.core.account.Account;
import org.harmwatch.core.account.ApiToken;

/**
 * The API tokens of the users (table {@code api_tokens}): kept by hash, listed and revoked by the
 * public id that starts the hash. Thread-safe: each call takes its own pooled connection.
 */
final class ApiTokens {
  /** A token's public id: the first hex characters of its hash. */
  private static final Pattern TOKEN_ID = Pattern.compile("[0-9a-f]{" + ApiToken.ID_LENGTH + "}");

  private final DataSource ds;

  ApiTokens(DataSource ds) {
    this.ds = ds;
  }

  private <T> T with(String what, TransactionWork<T> work) {
    return TransactionWork.onConnection(ds, "cannot " + what, work);
  }

  List<ApiToken> of(String username) {
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

  boolean delete(String username, String id) {
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

  void create(String tokenHash, String username, String label, Instant at) {
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

  Optional<Account> owner(String tokenHash) {
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
}

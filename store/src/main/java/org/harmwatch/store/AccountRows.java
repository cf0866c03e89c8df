package org.harmwatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.harmwatch.core.account.Account;
import org.harmwatch.core.account.Role;

/** How an {@link Account} is read from a row that holds the columns of table {@code users}. */
final class AccountRows {
  private AccountRows() {}

  static Account account(ResultSet rs) throws SQLException {
    return new Account(
        rs.getString("username"),
        Role.fromCode(rs.getString("role")),
        rs.getTimestamp("created_at").toInstant(),
        rs.getBoolean("disabled"),
        rs.getBoolean("must_change_password"));
  }
}

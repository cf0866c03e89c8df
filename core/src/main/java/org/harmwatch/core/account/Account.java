package org.harmwatch.core.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A user of the web app: a unique name, a role, when it was created, whether an admin disabled it
 * and whether it must choose a new password before anything else.
 *
 * @param username the unique name
 * @param role what the user may do
 * @param created when the user was created
 * @param disabled true when an admin disabled the user: no login, session or token works
 * @param mustChangePassword true until the user replaces a one-time password (the bootstrap
 *     admin's, one set by an admin)
 */
public record Account(
    String username, Role role, Instant created, boolean disabled, boolean mustChangePassword) {
  public Account {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(created, "created");
  }

  /** An enabled user with a password of their own. */
  public Account(String username, Role role, Instant created) {
    this(username, role, created, false, false);
  }
}

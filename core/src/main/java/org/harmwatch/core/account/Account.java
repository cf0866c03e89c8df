package org.harmwatch.core.account;

import java.time.Instant;
import java.util.Objects;

/** A user of the web app: a unique name, a role and when it was created. */
public record Account(String username, Role role, Instant created) {
  public Account {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(created, "created");
  }
}

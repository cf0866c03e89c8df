package org.harmwatch.core.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.harmwatch.core.account.Role;

/**
 * Who may read a restricted document: the named users and the users of the named roles (a role is
 * the group), and always admins; who restricted it and when.
 */
public record Restriction(
    String documentId, Set<String> users, Set<Role> roles, String restrictedBy, Instant at) {
  public Restriction {
    Objects.requireNonNull(documentId, "documentId");
    users = Set.copyOf(new TreeSet<>(users));
    roles = Set.copyOf(roles);
    Objects.requireNonNull(restrictedBy, "restrictedBy");
    Objects.requireNonNull(at, "at");
  }

  /** Whether {@code user} with {@code role} (both null when anonymous) may read the document. */
  public boolean allows(String user, Role role) {
    return role == Role.ADMIN
        || (user != null && users.contains(user))
        || (role != null && roles.contains(role));
  }
}

package org.harmwatch.web;

import io.javalin.security.RouteRole;
import java.util.Set;
import org.harmwatch.core.account.Role;

/**
 * Who may call a route: declared on every {@link ApiRoute} and checked in one place by {@link
 * WebServer} against the matched route, so that no path variant (trailing slash, case, encoding)
 * reaches a handler its caller may not use. A matched route without an access level is refused.
 */
public enum Access implements RouteRole {
  /** Anybody, logged in or not (login, health, the OpenAPI file). */
  ANYONE,
  /** Any logged-in user: reading, and a user's own session, tokens and reading queue. */
  VIEWER,
  /** Analysts and admins: changing incidents and documents, reading the access log. */
  ANALYST,
  /** Admins only: managing users. */
  ADMIN;

  /** Whether a caller with {@code role} (null when anonymous) may use a route of this level. */
  public boolean allows(Role role) {
    return switch (this) {
      case ANYONE -> true;
      case VIEWER -> role != null;
      case ANALYST -> role != null && role.canChangeData();
      case ADMIN -> role == Role.ADMIN;
    };
  }

  /**
   * The refusal for a caller with {@code role} (null when anonymous) of a matched route declaring
   * {@code declared}; null when the call is allowed. A route declaring no level, or several, is
   * refused to everybody: access is denied unless a route says otherwise.
   */
  static ApiException refusal(Set<? extends RouteRole> declared, Role role) {
    if (declared.size() != 1 || !(declared.iterator().next() instanceof Access access)) {
      return ApiException.forbidden("this route declares no access level; refused");
    }
    if (access.allows(role)) {
      return null;
    }
    if (role == null) {
      return ApiException.unauthorized("log in or send an API token");
    }
    return ApiException.forbidden(
        switch (access) {
          case ADMIN -> "only an admin may do this (you are " + role.code() + ")";
          case ANALYST -> "a " + role.code() + " cannot change data or read the access log";
          default -> "not allowed for a " + role.code();
        });
  }
}

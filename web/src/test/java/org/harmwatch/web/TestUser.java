package org.harmwatch.web;

import io.javalin.http.Handler;
import java.util.List;
import org.harmwatch.core.account.Role;

/**
 * A module that sets the acting user and role from test headers, as the accounts module does from a
 * session: the API tests' stand-in for logging in.
 */
final class TestUser implements ApiModule {
  /** The request header that names the acting user. */
  static final String HEADER = "X-Test-User";

  /**
   * The request header that gives the named user's role (viewer, analyst, admin); admin if none.
   */
  static final String ROLE_HEADER = "X-Test-Role";

  @Override
  public List<ApiRoute> routes() {
    return List.of();
  }

  @Override
  public List<Handler> before() {
    return List.of(
        ctx -> {
          String name = ctx.header(HEADER);
          if (name != null) {
            ctx.attribute(RequestUser.ATTRIBUTE, name);
            String role = ctx.header(ROLE_HEADER);
            ctx.attribute(
                RequestUser.ROLE_ATTRIBUTE, role == null ? Role.ADMIN : Role.fromCode(role));
          }
        });
  }
}

package org.harmwatch.web;

import io.javalin.http.Handler;
import java.util.List;

/**
 * A module that sets the acting user from a test header, as the accounts module does from a
 * session: the API tests' stand-in for logging in.
 */
final class TestUser implements ApiModule {
  /** The request header that names the acting user. */
  static final String HEADER = "X-Test-User";

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
          }
        });
  }
}

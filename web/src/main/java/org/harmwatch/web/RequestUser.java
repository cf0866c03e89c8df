package org.harmwatch.web;

import io.javalin.http.Context;

/**
 * The user a request acts for. An authentication module's {@link ApiModule#before()} handler sets
 * {@link #ATTRIBUTE} on the request; handlers that change data ask {@link #require(Context)}.
 */
public final class RequestUser {
  /** The request attribute holding the acting user's name. */
  public static final String ATTRIBUTE = "harmwatch.user";

  /**
   * The request attribute holding the acting user's {@link org.harmwatch.core.account.Role}; set
   * with {@link #ATTRIBUTE} by the authentication module. Without it a request is anonymous.
   */
  public static final String ROLE_ATTRIBUTE = "harmwatch.role";

  private RequestUser() {}

  /**
   * The acting user's name.
   *
   * @throws ApiException 401 when no user is authenticated for this request
   */
  public static String require(Context ctx) {
    Object user = ctx.attribute(ATTRIBUTE);
    if (user instanceof String name && !name.isBlank()) {
      return name;
    }
    throw ApiException.unauthorized("log in or send an API token to change data");
  }
}

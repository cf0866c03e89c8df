package org.harmwatch.web;

import io.javalin.http.Handler;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One API route: an HTTP method, a Javalin path (e.g. {@code /api/incidents/{id}}) and its handler.
 */
public record ApiRoute(String method, String path, Handler handler) {
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

  public ApiRoute {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(handler, "handler");
    method = method.toUpperCase(Locale.ROOT);
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException("unsupported HTTP method " + method + " for " + path);
    }
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("route path must start with '/': " + path);
    }
  }

  /** A GET route. */
  public static ApiRoute get(String path, Handler handler) {
    return new ApiRoute("GET", path, handler);
  }

  /** A POST route. */
  public static ApiRoute post(String path, Handler handler) {
    return new ApiRoute("POST", path, handler);
  }
}

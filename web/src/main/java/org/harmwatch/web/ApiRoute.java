package org.harmwatch.web;

import io.javalin.http.Handler;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One API route: an HTTP method, a Javalin path (e.g. {@code /api/incidents/{id}}), who may call it
 * and its handler. {@link WebServer} checks {@code access} before the handler runs.
 */
public record ApiRoute(String method, String path, Access access, Handler handler) {
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

  public ApiRoute {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    if (access == null) {
      throw new NullPointerException("no access level declared for " + method + " " + path);
    }
    Objects.requireNonNull(handler, "handler");
    method = method.toUpperCase(Locale.ROOT);
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException("unsupported HTTP method " + method + " for " + path);
    }
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("route path must start with '/': " + path);
    }
    if (path.length() > 1 && path.endsWith("/")) {
      throw new IllegalArgumentException("route path must not end with '/': " + path);
    }
  }

  /** A GET route. */
  public static ApiRoute get(String path, Access access, Handler handler) {
    return new ApiRoute("GET", path, access, handler);
  }

  /** A POST route. */
  public static ApiRoute post(String path, Access access, Handler handler) {
    return new ApiRoute("POST", path, access, handler);
  }

  /** "METHOD path", e.g. "GET /api/incidents/{id}". */
  public String key() {
    return method + " " + path;
  }
}

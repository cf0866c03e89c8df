package org.harmwatch.web;

import io.javalin.http.Handler;
import java.util.List;

/**
 * A part of the web app that brings its own routes (history, corroboration, accounts, ...). The app
 * wires modules into {@link WebServer}; each module gets its services by constructor.
 */
public interface ApiModule {
  /** The module's routes; more specific paths first. */
  List<ApiRoute> routes();

  /**
   * Handlers run before every request, in module order (e.g. authentication, which sets {@link
   * RequestUser#ATTRIBUTE}). None by default.
   */
  default List<Handler> before() {
    return List.of();
  }

  /**
   * Handlers run after the route is matched and its access checked, before the route's handler, in
   * module order (e.g. the access log, keyed by the matched route). None by default.
   */
  default List<Handler> beforeMatched() {
    return List.of();
  }

  /** Fields this module adds to every incident JSON the API returns. None by default. */
  default List<IncidentFields> incidentFields() {
    return List.of();
  }
}

package org.harmwatch.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.harmwatch.core.account.Role;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.pipeline.IngestService;
import org.harmwatch.core.store.DocumentTakenDownException;
import org.harmwatch.core.store.IncidentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of harmwatch: the REST API under {@code /api} and the map page at {@code /}.
 *
 * <p>Create it with a store and an ingest service, then {@link #start(int)} and {@link #stop()}; it
 * may be started again after a stop. Thread-safe: start and stop are synchronized, and requests are
 * served concurrently by Jetty's threads over the thread-safe store and ingest service. The routes
 * are listed by {@link #apiRoutes()} and described in {@code /api/openapi.yaml}.
 */
public final class WebServer {
  /** Host the app binds to by default: every interface. */
  public static final String DEFAULT_HOST = "0.0.0.0";

  /** The largest request body accepted, in bytes (10 MB). */
  public static final long MAX_BODY_BYTES = 10L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  private final IncidentStore store;
  private final String host;
  private final List<ApiRoute> routes;
  private final List<Handler> before;
  private final List<Handler> beforeMatched;
  private final IngestQueue queue;
  private final ReadGate readGate = ReadGate.standard();
  private Javalin app;

  /** A server for {@code store} and {@code ingest} bound to {@link #DEFAULT_HOST}. */
  public WebServer(IncidentStore store, IngestService ingest) {
    this(store, ingest, DEFAULT_HOST);
  }

  /** A server for {@code store} and {@code ingest} bound to {@code host} (e.g. "127.0.0.1"). */
  public WebServer(IncidentStore store, IngestService ingest, String host) {
    this(store, ingest, host, List.of());
  }

  /**
   * A server for {@code store} and {@code ingest} bound to {@code host}, with the routes and
   * before-handlers of {@code modules} besides the core API. Module routes are matched before the
   * core ones, in module order; a module route with a core route's method and path replaces it.
   *
   * @throws IllegalArgumentException when two modules declare the same method and path
   */
  public WebServer(
      IncidentStore store, IngestService ingest, String host, List<? extends ApiModule> modules) {
    this(store, ingest, host, modules, DocumentLimit.standard());
  }

  /**
   * As {@link #WebServer(IncidentStore, IngestService, String, List)}, refusing documents whose
   * text is above {@code limit} (413) before extraction.
   */
  public WebServer(
      IncidentStore store,
      IngestService ingest,
      String host,
      List<? extends ApiModule> modules,
      DocumentLimit limit) {
    this(store, ingest, host, modules, limit, IngestQueue.standard());
  }

  /**
   * As {@link #WebServer(IncidentStore, IngestService, String, List, DocumentLimit)}, extracting
   * posted documents through {@code queue} (refused with 503 when it is full); {@link #stop}
   * finishes the documents it accepted.
   */
  public WebServer(
      IncidentStore store,
      IngestService ingest,
      String host,
      List<? extends ApiModule> modules,
      DocumentLimit limit,
      IngestQueue queue) {
    this.store = Objects.requireNonNull(store, "store");
    Objects.requireNonNull(ingest, "ingest");
    this.host = Objects.requireNonNull(host, "host");
    List<ApiRoute> all = new ArrayList<>();
    List<Handler> handlers = new ArrayList<>();
    List<Handler> matched = new ArrayList<>();
    List<IncidentFields> fields = new ArrayList<>();
    for (ApiModule m : modules) {
      all.addAll(m.routes());
      handlers.addAll(m.before());
      matched.addAll(m.beforeMatched());
      fields.addAll(m.incidentFields());
    }
    IncidentJson incidentJson = new IncidentJson(fields);
    handlers.add(0, ctx -> ctx.attribute(IncidentJson.ATTRIBUTE, incidentJson));
    IncidentApi incidents = new IncidentApi(store);
    this.queue = Objects.requireNonNull(queue, "queue");
    DocumentApi documents = new DocumentApi(store, ingest, MAX_BODY_BYTES, limit, queue);
    DocumentUpload upload = new DocumentUpload(documents, MAX_BODY_BYTES);
    String openApi = resource("/openapi.yaml");
    Set<String> taken = new HashSet<>();
    for (ApiRoute r : all) {
      if (!taken.add(r.key())) {
        throw new IllegalArgumentException("two modules declare " + r.method() + " " + r.path());
      }
    }
    // Specific paths come before the parameterised ones that could also match them. A module
    // route with the same method and path as a core one replaces it (e.g. GET by id with as_of).
    List<ApiRoute> core =
        List.of(
            ApiRoute.get("/api/health", Access.ANYONE, this::health),
            ApiRoute.get("/api/openapi.yaml", Access.ANYONE, ctx -> sendYaml(ctx, openApi)),
            ApiRoute.get("/api/incidents", Access.VIEWER, incidents::list),
            ApiRoute.get("/api/incidents.geojson", Access.VIEWER, incidents::geojson),
            ApiRoute.get("/api/incidents/{id}", Access.VIEWER, incidents::get),
            ApiRoute.post("/api/documents/upload", Access.ANALYST, upload::post),
            ApiRoute.get("/api/documents/{id}", Access.VIEWER, documents::get),
            ApiRoute.get("/api/documents/{id}/original", Access.VIEWER, documents::original),
            ApiRoute.post("/api/documents", Access.ANALYST, documents::post));
    for (ApiRoute r : core) {
      if (!taken.contains(r.key())) {
        all.add(r);
      }
    }
    this.routes = List.copyOf(all);
    this.before = List.copyOf(handlers);
    this.beforeMatched = List.copyOf(matched);
  }

  /**
   * Starts listening on {@code port} (0 picks a free one) and returns the bound port.
   *
   * @throws IllegalStateException if already started
   */
  public synchronized int start(int port) {
    if (app != null) {
      throw new IllegalStateException("server already started");
    }
    Javalin created = Javalin.create(this::configure);
    created.start(host, port);
    app = created;
    int bound = created.port();
    String shownHost = DEFAULT_HOST.equals(host) ? "localhost" : host;
    LOG.info("harmwatch web listening on http://{}:{}/ (bound to {})", shownHost, bound, host);
    return bound;
  }

  /**
   * Stops the server, then waits until every document it accepted is ingested; does nothing when it
   * is not running.
   */
  public synchronized void stop() {
    if (app != null) {
      try {
        app.stop();
      } finally {
        queue.close();
      }
      app = null;
      LOG.info("harmwatch web stopped");
    }
  }

  /** The API routes as "METHOD path" (e.g. "GET /api/incidents/{id}"), in registration order. */
  public List<String> apiRoutes() {
    return routes.stream().map(ApiRoute::key).toList();
  }

  /** Who may call each API route, by "METHOD path", in registration order. */
  public Map<String, Access> routeAccess() {
    Map<String, Access> out = new LinkedHashMap<>();
    for (ApiRoute r : routes) {
      out.put(r.key(), r.access());
    }
    return out;
  }

  private void configure(JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    // Javalin enforces this when a handler reads the body; DocumentApi also checks it first.
    config.http.maxRequestSize = MAX_BODY_BYTES;
    // One spelling per route: "/api/users/" is not "/api/users" (it answers 404), so no path
    // variant can differ from the route whose declared access is checked.
    config.router.ignoreTrailingSlashes = false;
    config.router.treatMultipleSlashesAsSingleSlash = false;
    config.router.caseInsensitiveRoutes = false;
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/";
          files.directory = "/public";
          files.location = Location.CLASSPATH;
          files.mimeTypes.add("application/geo+json", "geojson");
        });
    config.staticFiles.enableWebjars();
    config.jetty.modifyServletContextHandler(
        h ->
            h.addFilter(
                new org.eclipse.jetty.ee10.servlet.FilterHolder(readGate),
                "/api/*",
                java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST)));
    config.routes.before(RequestGuards::securityHeaders);
    config.routes.before(RequestGuards::checkOrigin);
    for (Handler h : before) {
      config.routes.before(h);
    }
    // The one access check: the matched route's declared level against the caller's role.
    config.routes.beforeMatched(RequestGuards::checkAccess);
    for (Handler h : beforeMatched) {
      config.routes.beforeMatched(h);
    }
    for (ApiRoute r : routes) {
      switch (r.method()) {
        case "GET" -> config.routes.get(r.path(), r.handler(), r.access());
        case "POST" -> config.routes.post(r.path(), r.handler(), r.access());
        case "PUT" -> config.routes.put(r.path(), r.handler(), r.access());
        case "PATCH" -> config.routes.patch(r.path(), r.handler(), r.access());
        case "DELETE" -> config.routes.delete(r.path(), r.handler(), r.access());
        default -> throw new IllegalStateException("unsupported method " + r.method());
      }
    }
    // Registered last so that every real route wins; unknown API paths answer JSON, not HTML.
    Handler unknown =
        ctx -> {
          String path = ctx.path();
          String hint = path.length() > 1 && path.endsWith("/") ? " (drop the trailing '/')" : "";
          throw ApiException.notFound("no API route " + ctx.method().name() + " " + path + hint);
        };
    // Anonymous callers learn nothing of which paths exist: 401 before 404.
    config.routes.get("/api/*", unknown, Access.VIEWER);
    config.routes.post("/api/*", unknown, Access.VIEWER);
    config.routes.put("/api/*", unknown, Access.VIEWER);
    config.routes.patch("/api/*", unknown, Access.VIEWER);
    config.routes.delete("/api/*", unknown, Access.VIEWER);
    config.routes.exception(ApiException.class, ErrorResponses::apiError);
    config.routes.exception(
        DocumentTakenDownException.class,
        (e, ctx) -> ErrorResponses.apiError(ApiException.takenDown(e.getMessage()), ctx));
    config.routes.exception(HttpResponseException.class, ErrorResponses::httpError);
    config.routes.exception(Exception.class, ErrorResponses::internalError);
  }

  // Liveness for anybody; what the server holds and where only for admins.
  private void health(Context ctx) {
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("status", "ok");
    if (ctx.attribute(RequestUser.ROLE_ATTRIBUTE) == Role.ADMIN) {
      o.put("documents", store.documentCount());
      o.put("incidents", store.incidentCount());
      o.put("database", store.describe());
    }
    Json.send(ctx, 200, o);
  }

  private static void sendYaml(Context ctx, String yaml) {
    ctx.status(200).contentType("application/yaml; charset=utf-8").result(yaml);
  }

  /** The text of the classpath resource {@code name}, which must be there. */
  static String resource(String name) {
    try (InputStream in = WebServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }
}

package org.harmwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.router.Endpoint;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.store.Takedown;
import org.harmwatch.core.store.Takedowns;

/**
 * Taking documents down: an admin purges a document's text and original (and the quotes of its
 * incidents), leaving a tombstone that anybody logged in can see. Reading a taken-down document's
 * text or original answers 410 with the tombstone in words. Register before {@link ReadingApi}, so
 * that a refused read is not logged as a read. Thread-safe: holds only a thread-safe service.
 */
public final class TakedownApi implements ApiModule {
  private static final String CAPTURES = "/api/documents/{id}/captures";

  /**
   * The routes that return a document's text, original or captures: refused once it is taken down.
   */
  static final Set<String> TEXT_ROUTES =
      java.util.stream.Stream.concat(
              ReadingApi.DOCUMENT_READS.stream(), java.util.stream.Stream.of(CAPTURES))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private final Takedowns takedowns;

  public TakedownApi(Takedowns takedowns) {
    this.takedowns = Objects.requireNonNull(takedowns, "takedowns");
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/api/takedowns", Access.ADMIN, this::list),
        ApiRoute.get("/api/documents/{id}/takedown", Access.VIEWER, this::get),
        ApiRoute.post("/api/documents/{id}/takedown", Access.ADMIN, this::post));
  }

  @Override
  public List<Handler> beforeMatched() {
    return List.of(this::refuseTakenDown);
  }

  // Keyed by the matched route, like the access log, so that no spelling of the path escapes.
  private void refuseTakenDown(Context ctx) {
    Endpoint route = ctx.endpoints().matchedHttpEndpoint();
    if (route == null || !route.method.name().equals("GET") || !TEXT_ROUTES.contains(route.path)) {
      return;
    }
    takedowns
        .ofDocument(ctx.pathParam("id"))
        .ifPresent(
            t -> {
              throw ApiException.gone(t.describe());
            });
  }

  /** {@code GET /api/takedowns}: every tombstone, newest first. */
  private void list(Context ctx) {
    ArrayNode out = ExchangeJson.mapper().createArrayNode();
    takedowns.all().forEach(t -> out.add(json(t)));
    Json.send(ctx, 200, out);
  }

  /** {@code GET /api/documents/{id}/takedown}: the tombstone, or 404 when it was not taken down. */
  private void get(Context ctx) {
    String id = ctx.pathParam("id");
    Takedown t =
        takedowns
            .ofDocument(id)
            .orElseThrow(() -> ApiException.notFound("document '" + id + "' was not taken down"));
    Json.send(ctx, 200, json(t));
  }

  /** {@code POST /api/documents/{id}/takedown {"reason"}}: takes the document down; 201. */
  private void post(Context ctx) {
    String user = RequestUser.require(ctx);
    String id = ctx.pathParam("id");
    JsonNode body = JsonBody.object(ctx);
    String reason = JsonBody.optionalText(body, "reason");
    if (reason == null || reason.isBlank()) {
      throw ApiException.badParameter("reason", "say why the document is taken down (reason)");
    }
    if (reason.length() > Takedown.MAX_REASON) {
      throw ApiException.badParameter(
          "reason", "reason is longer than " + Takedown.MAX_REASON + " characters");
    }
    Takedowns.Result result;
    try {
      result = takedowns.takeDown(id, reason, user);
    } catch (NoSuchElementException e) {
      throw ApiException.notFound(e.getMessage());
    } catch (IllegalStateException e) {
      throw ApiException.conflict(e.getMessage());
    }
    ObjectNode o = json(result.takedown());
    ArrayNode purged = o.putArray("purged_incidents");
    result.purgedIncidents().forEach(purged::add);
    ArrayNode deleted = o.putArray("deleted_incidents");
    result.deletedIncidents().forEach(deleted::add);
    Json.send(ctx, 201, o);
  }

  /** The tombstone as JSON. */
  static ObjectNode json(Takedown t) {
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("document_id", t.documentId());
    o.put("sha256", t.sha256());
    o.put("captured_at", t.capturedAt() == null ? null : t.capturedAt().toString());
    o.put("reason", t.reason());
    o.put("taken_by", t.takenBy());
    o.put("taken_at", t.takenAt().toString());
    return o;
  }
}

package org.harmwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.router.Endpoint;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.harmwatch.core.account.Role;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.store.DocumentRestrictions;
import org.harmwatch.core.store.Restriction;

/**
 * Restricted documents: an admin restricts a document to named users and roles ({@code PUT
 * /api/documents/{id}/restriction}); everybody else is refused every route of the document (its
 * text, original, access log, sensitive spans) and sees its incidents without their evidence and
 * quoted words ({@link DocumentAccess}). Must be registered before {@link ReadingApi}, so that a
 * refused read is not logged as a read. Thread-safe.
 */
public final class RestrictionApi implements ApiModule {
  private static final String PATH = "/api/documents/{id}/restriction";
  private static final int MAX_USERS = 200;

  private final DocumentRestrictions restrictions;
  private final DocumentAccess access;

  public RestrictionApi(DocumentRestrictions restrictions) {
    this.restrictions = Objects.requireNonNull(restrictions, "restrictions");
    this.access = new DocumentAccess(restrictions);
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get(PATH, Access.ADMIN, this::get),
        new ApiRoute("PUT", PATH, Access.ADMIN, this::put),
        new ApiRoute("DELETE", PATH, Access.ADMIN, this::delete));
  }

  @Override
  public List<Handler> before() {
    return List.of(ctx -> ctx.attribute(DocumentAccess.ATTRIBUTE, access));
  }

  // Keyed by the matched route, so no spelling of a document's path escapes.
  @Override
  public List<Handler> beforeMatched() {
    return List.of(this::guard);
  }

  private void guard(Context ctx) {
    Endpoint route = ctx.endpoints().matchedHttpEndpoint();
    if (route == null
        || !route.path.startsWith("/api/documents/{id}")
        || route.path.equals(PATH)
        || route.path.endsWith("/takedown")) {
      return;
    }
    DocumentAccess.requireReadable(ctx, ctx.pathParam("id"));
  }

  /** {@code GET /api/documents/{id}/restriction}: who may read it; 404 when unrestricted. */
  private void get(Context ctx) {
    String id = ctx.pathParam("id");
    Restriction r =
        restrictions
            .of(id)
            .orElseThrow(() -> ApiException.notFound("document '" + id + "' is not restricted"));
    Json.send(ctx, 200, json(r));
  }

  /** {@code PUT /api/documents/{id}/restriction {"users":[...],"roles":[...]}}: 200. */
  private void put(Context ctx) {
    String by = RequestUser.require(ctx);
    String id = ctx.pathParam("id");
    JsonNode body = JsonBody.object(ctx);
    Set<String> users = new TreeSet<>();
    for (JsonNode u : array(body, "users")) {
      if (!u.isTextual() || u.asText().isBlank() || u.asText().length() > 100) {
        throw ApiException.badParameter("users", "users must be user names (1-100 characters)");
      }
      users.add(u.asText().strip());
    }
    if (users.size() > MAX_USERS) {
      throw ApiException.badParameter("users", "at most " + MAX_USERS + " users");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (JsonNode r : array(body, "roles")) {
      try {
        roles.add(Role.fromCode(r.asText(null)));
      } catch (IllegalArgumentException e) {
        throw ApiException.badParameter("roles", e.getMessage());
      }
    }
    Restriction r;
    try {
      r = restrictions.restrict(id, users, roles, by);
    } catch (NoSuchElementException e) {
      throw ApiException.notFound(e.getMessage());
    }
    Json.send(ctx, 200, json(r));
  }

  /** {@code DELETE /api/documents/{id}/restriction}: 204, or 404 when it was not restricted. */
  private void delete(Context ctx) {
    String id = ctx.pathParam("id");
    if (!restrictions.lift(id)) {
      throw ApiException.notFound("document '" + id + "' is not restricted");
    }
    ctx.status(204);
  }

  private static Iterable<JsonNode> array(JsonNode body, String name) {
    JsonNode n = body.get(name);
    if (n == null || n.isNull()) {
      return List.of();
    }
    if (!n.isArray()) {
      throw ApiException.badParameter(name, name + " must be an array");
    }
    return n;
  }

  private static ObjectNode json(Restriction r) {
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("document_id", r.documentId());
    ArrayNode users = o.putArray("users");
    new TreeSet<>(r.users()).forEach(users::add);
    ArrayNode roles = o.putArray("roles");
    r.roles().stream().sorted().map(Role::code).forEach(roles::add);
    o.put("restricted_by", r.restrictedBy());
    o.put("restricted_at", r.at().toString());
    return o;
  }
}

package org.harmwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Supplier;
import org.harmwatch.core.corroboration.Corroborated;
import org.harmwatch.core.corroboration.Corroboration;
import org.harmwatch.core.corroboration.RelatedIncident;
import org.harmwatch.core.corroboration.SplitResult;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.store.IncidentStore;

/**
 * The corroboration endpoints: related incidents, and the analysts' merge, link, split and unlink.
 * Adds {@code "sources"} and the reconciled casualties to every incident the API returns ({@link
 * ExchangeJson#addCorroboration}). Every change needs an acting user ({@link RequestUser}) and a
 * non-blank {@code reason}; roles and CSRF are checked centrally by the accounts module.
 * Thread-safe because it holds only thread-safe services.
 */
public final class CorroborationApi implements ApiModule {
  private final Corroboration corroboration;
  private final IncidentApi incidents;

  public CorroborationApi(Corroboration corroboration, IncidentStore store) {
    this.corroboration = Objects.requireNonNull(corroboration, "corroboration");
    this.incidents = new IncidentApi(Objects.requireNonNull(store, "store"));
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/api/incidents/{id}/related", Access.VIEWER, this::related),
        ApiRoute.post("/api/incidents/{id}/merge", Access.ANALYST, this::merge),
        ApiRoute.post("/api/incidents/{id}/link", Access.ANALYST, this::merge),
        ApiRoute.post("/api/incidents/{id}/split", Access.ANALYST, this::split),
        ApiRoute.post("/api/incidents/{id}/unlink", Access.ANALYST, this::unlink));
  }

  @Override
  public List<IncidentFields> incidentFields() {
    return List.of(this::addSources);
  }

  private void addSources(List<Incident> page, List<ObjectNode> json) {
    Map<String, Corroborated> found =
        corroboration.corroboration(
            page.stream().map(Incident::id).filter(Objects::nonNull).toList());
    for (int n = 0; n < page.size(); n++) {
      Corroborated c = found.get(page.get(n).id());
      if (c != null) {
        ExchangeJson.addCorroboration(json.get(n), c);
      }
    }
  }

  /** {@code GET /api/incidents/{id}/related[?limit=10]}: near incidents not linked to it. */
  private void related(Context ctx) {
    String id = ctx.pathParam("id");
    int limit = QueryParameters.integer(ctx, "limit", 10, 1, 100);
    List<RelatedIncident> found = known(id, () -> corroboration.related(id, limit));
    ArrayNode a = ExchangeJson.mapper().createArrayNode();
    for (RelatedIncident r : found) {
      Incident i = r.incident();
      ObjectNode o = a.addObject();
      o.put("id", i.id());
      o.put("score", r.score());
      o.put("reason", r.reason());
      o.put("event_type", i.eventType() == null ? null : i.eventType().code());
      o.put("sub_event_type", i.subEventType() == null ? null : i.subEventType().code());
      ObjectNode full = ExchangeJson.toJson(i);
      o.set("date", full.get("date"));
      o.put("place", i.location() == null ? null : i.location().name());
      o.set("location", full.get("location"));
    }
    Json.send(ctx, 200, a);
  }

  /** {@code POST /api/incidents/{id}/merge} (and its alias {@code link}). */
  private void merge(Context ctx) {
    String user = RequestUser.require(ctx);
    String id = ctx.pathParam("id");
    JsonNode body = JsonBody.object(ctx);
    String reason = reason(body);
    String other = JsonBody.text(body, "other_id");
    Incident merged = change(id, () -> corroboration.merge(id, other, user, reason));
    Json.send(ctx, 200, incidents.withDocuments(IncidentJson.of(ctx).write(merged), merged));
  }

  /** {@code POST /api/incidents/{id}/split}: {@code {"kept": ..., "created": ...}}. */
  private void split(Context ctx) {
    String user = RequestUser.require(ctx);
    String id = ctx.pathParam("id");
    JsonNode body = JsonBody.object(ctx);
    String reason = reason(body);
    JsonNode docs = body.get("document_ids");
    if (docs == null || !docs.isArray() || docs.isEmpty()) {
      throw ApiException.badParameter(
          "document_ids", "\"document_ids\" must be a non-empty array of document ids");
    }
    List<String> documentIds = new ArrayList<>();
    for (JsonNode d : docs) {
      if (!d.isTextual()) {
        throw ApiException.badParameter("document_ids", "document ids are strings, not " + d);
      }
      documentIds.add(d.asText());
    }
    sendSplit(ctx, change(id, () -> corroboration.split(id, documentIds, user, reason)));
  }

  /** {@code POST /api/incidents/{id}/unlink}: splits one document off. */
  private void unlink(Context ctx) {
    String user = RequestUser.require(ctx);
    String id = ctx.pathParam("id");
    JsonNode body = JsonBody.object(ctx);
    String reason = reason(body);
    String document = JsonBody.text(body, "document_id");
    sendSplit(ctx, change(id, () -> corroboration.split(id, List.of(document), user, reason)));
  }

  private void sendSplit(Context ctx, SplitResult r) {
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    IncidentJson json = IncidentJson.of(ctx);
    o.set("kept", incidents.withDocuments(json.write(r.kept()), r.kept()));
    o.set("created", incidents.withDocuments(json.write(r.created()), r.created()));
    Json.send(ctx, 200, o);
  }

  // 404 for an unknown incident, 409 for a change the incidents' state refuses.
  private static <T> T change(String id, Supplier<T> action) {
    try {
      return action.get();
    } catch (NoSuchElementException e) {
      throw ApiException.notFound(
          e.getMessage() == null ? "no incident '" + id + "'" : e.getMessage());
    } catch (IllegalArgumentException e) {
      throw ApiException.conflict(e.getMessage());
    }
  }

  private static <T> T known(String id, Supplier<T> action) {
    try {
      return action.get();
    } catch (NoSuchElementException e) {
      throw ApiException.notFound("no incident '" + id + "'");
    }
  }

  private static String reason(JsonNode body) {
    JsonNode r = body.get("reason");
    if (r == null || !r.isTextual() || r.asText().isBlank()) {
      throw ApiException.badParameter("reason", "every change needs a non-blank \"reason\"");
    }
    if (r.asText().length() > 4000) {
      throw ApiException.badParameter("reason", "reason is longer than 4000 characters");
    }
    return r.asText().strip();
  }
}

package org.harmwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Supplier;
import org.harmwatch.core.json.ExchangeFormatException;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Span;
import org.harmwatch.core.review.Change;
import org.harmwatch.core.review.Grade;
import org.harmwatch.core.review.ReviewState;
import org.harmwatch.core.review.ReviewStatus;
import org.harmwatch.core.review.ReviewStore;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.core.store.Page;

/**
 * The history and review endpoints: corrections, verification, grades, deletion, the history of an
 * incident, an incident as of a past time, and the review queue. Adds the {@code "review"} object
 * to every incident the API returns. Every change needs an acting user ({@link RequestUser}) and a
 * non-blank {@code reason}. Thread-safe because it holds only thread-safe stores.
 */
public final class ReviewApi implements ApiModule {
  private static final int MAX_BODY = 1024 * 1024;

  private final ReviewStore review;
  private final IncidentApi incidents;

  public ReviewApi(ReviewStore review, IncidentStore store) {
    this.review = Objects.requireNonNull(review, "review");
    this.incidents = new IncidentApi(Objects.requireNonNull(store, "store"));
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/api/review/queue", Access.VIEWER, this::queue),
        ApiRoute.get("/api/incidents/{id}/history", Access.VIEWER, this::history),
        ApiRoute.post("/api/incidents/{id}/verify", Access.ANALYST, this::verify),
        ApiRoute.post("/api/incidents/{id}/grade", Access.ANALYST, this::grade),
        ApiRoute.post("/api/incidents/{id}/delete", Access.ANALYST, this::delete),
        new ApiRoute("PATCH", "/api/incidents/{id}", Access.ANALYST, this::correct),
        ApiRoute.get("/api/incidents/{id}", Access.VIEWER, this::get));
  }

  @Override
  public List<IncidentFields> incidentFields() {
    return List.of(this::addReview);
  }

  private void addReview(List<Incident> page, List<ObjectNode> json) {
    Map<String, ReviewState> states =
        review.states(page.stream().map(Incident::id).filter(Objects::nonNull).toList());
    for (int n = 0; n < page.size(); n++) {
      ReviewState s = states.get(page.get(n).id());
      if (s != null) {
        json.get(n).set("review", reviewJson(s));
      }
    }
  }

  private static ObjectNode reviewJson(ReviewState s) {
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("status", s.status().code());
    o.put("grade", s.grade() == null ? null : s.grade().code());
    return o;
  }

  /** {@code GET /api/incidents/{id}[?as_of=instant]}: the incident now, or as it was then. */
  private void get(Context ctx) {
    String asOfValue = QueryParameters.value(ctx, "as_of");
    if (asOfValue == null) {
      incidents.get(ctx);
      return;
    }
    Instant asOf;
    try {
      asOf = Instant.parse(asOfValue);
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(
          "as_of",
          "as_of must be an ISO instant like 2026-11-20T10:00:00Z, was '" + asOfValue + "'");
    }
    String id = ctx.pathParam("id");
    Incident then =
        review
            .asOf(id, asOf)
            .orElseThrow(() -> ApiException.notFound("no incident '" + id + "' at " + asOf));
    ReviewState state = review.stateAsOf(id, asOf).orElse(ReviewState.NEW);
    ObjectNode o = incidents.withDocuments(IncidentJson.of(ctx).write(then), then);
    o.set("review", reviewJson(state));
    o.put("as_of", asOf.toString());
    Json.send(ctx, 200, o);
  }

  /** {@code GET /api/incidents/{id}/history}: every change, oldest first. */
  private void history(Context ctx) {
    String id = ctx.pathParam("id");
    List<Change> changes = known(id, () -> review.history(id));
    ArrayNode a = ExchangeJson.mapper().createArrayNode();
    for (Change c : changes) {
      ObjectNode o = a.addObject();
      o.put("seq", c.seq());
      o.put("at", c.at().toString());
      o.put("user", c.user());
      o.put("kind", c.kind().code());
      o.put("field", c.field());
      o.set("old_value", value(c.oldValue()));
      o.set("new_value", value(c.newValue()));
      o.put("reason", c.reason());
    }
    Json.send(ctx, 200, a);
  }

  private static JsonNode value(String json) {
    return json == null ? NullNode.getInstance() : ExchangeJson.parse(json);
  }

  /** {@code PATCH /api/incidents/{id}}: corrects one field. */
  private void correct(Context ctx) {
    String user = RequestUser.require(ctx);
    String id = ctx.pathParam("id");
    JsonNode body = body(ctx);
    String reason = reason(body);
    JsonNode field = body.get("field");
    if (field == null || !field.isTextual()) {
      throw ApiException.badParameter("field", "\"field\" must be one of " + fields());
    }
    if (!ReviewStore.CORRECTABLE_FIELDS.contains(field.asText())) {
      throw ApiException.badParameter(
          "field", "field '" + field.asText() + "' cannot be corrected; use one of " + fields());
    }
    if (!body.has("value")) {
      throw ApiException.badParameter("value", "\"value\" is missing (null clears the field)");
    }
    String value = ExchangeJson.write(body.get("value"));
    List<Span> evidence = evidence(body.get("evidence"));
    changeable(id);
    Incident after;
    try {
      after = known(id, () -> review.correct(id, field.asText(), value, evidence, user, reason));
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("value", e.getMessage());
    }
    Json.send(ctx, 200, incidents.withDocuments(IncidentJson.of(ctx).write(after), after));
  }

  // The words chosen as the field's new evidence: [{"start": s, "end": e}, ...] in the document.
  private static List<Span> evidence(JsonNode n) {
    if (n == null || n.isNull()) {
      return List.of();
    }
    if (!n.isArray() || n.size() > 20) {
      throw ApiException.badParameter(
          "evidence", "\"evidence\" is an array of at most 20 {\"start\", \"end\"} offsets");
    }
    List<Span> out = new java.util.ArrayList<>();
    for (JsonNode e : n) {
      JsonNode s = e.get("start");
      JsonNode t = e.get("end");
      if (s == null
          || t == null
          || !s.canConvertToInt()
          || !t.canConvertToInt()
          || !s.isIntegralNumber()
          || !t.isIntegralNumber()
          || s.asInt() < 0
          || t.asInt() <= s.asInt()) {
        throw ApiException.badParameter(
            "evidence", "each evidence needs whole-number offsets 0 <= start < end, was " + e);
      }
      out.add(new Span(s.asInt(), t.asInt(), e.path("text").asText("")));
    }
    return out;
  }

  private static String fields() {
    return String.join(", ", ReviewStore.CORRECTABLE_FIELDS);
  }

  /** {@code POST /api/incidents/{id}/verify}. */
  private void verify(Context ctx) {
    String user = RequestUser.require(ctx);
    String id = ctx.pathParam("id");
    String reason = reason(body(ctx));
    changeable(id);
    change(id, () -> review.verify(id, user, reason));
    incidents.get(ctx);
  }

  /** {@code POST /api/incidents/{id}/grade}. */
  private void grade(Context ctx) {
    String user = RequestUser.require(ctx);
    String id = ctx.pathParam("id");
    JsonNode body = body(ctx);
    String reason = reason(body);
    JsonNode code = body.get("grade");
    Grade grade;
    try {
      grade =
          Grade.fromCode(code == null || !code.isTextual() ? String.valueOf(code) : code.asText());
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("grade", e.getMessage());
    }
    changeable(id);
    change(id, () -> review.grade(id, grade, user, reason));
    incidents.get(ctx);
  }

  /** {@code POST /api/incidents/{id}/delete}: 204; the incident stays readable by id. */
  private void delete(Context ctx) {
    String user = RequestUser.require(ctx);
    String id = ctx.pathParam("id");
    String reason = reason(body(ctx));
    changeable(id);
    change(id, () -> review.delete(id, user, reason));
    ctx.status(204);
  }

  /** {@code GET /api/review/queue}: incidents waiting for review, oldest first. */
  private void queue(Context ctx) {
    int limit = QueryParameters.integer(ctx, "limit", QueryParameters.DEFAULT_LIMIT, 1, 1000);
    int offset = QueryParameters.integer(ctx, "offset", 0, 0, QueryParameters.MAX_OFFSET);
    Page<Incident> page = review.queue(limit, offset);
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("total", page.total());
    o.put("limit", limit);
    o.put("offset", offset);
    o.putArray("items").addAll(IncidentJson.of(ctx).write(page.items()));
    Json.send(ctx, 200, o);
  }

  // 404 for an unknown id, 409 for a deleted incident: both before anything is attempted.
  private void changeable(String id) {
    ReviewState s = review.states(List.of(id)).get(id);
    if (s == null) {
      throw ApiException.notFound("no incident '" + id + "'");
    }
    if (s.status() == ReviewStatus.DELETED) {
      throw ApiException.conflict("incident '" + id + "' is deleted and can no longer be changed");
    }
  }

  private void change(String id, Runnable action) {
    known(
        id,
        () -> {
          try {
            action.run();
          } catch (IllegalArgumentException e) {
            // The incident was deleted between the check and the change.
            throw ApiException.conflict(e.getMessage());
          }
          return null;
        });
  }

  private static <T> T known(String id, Supplier<T> action) {
    try {
      return action.get();
    } catch (NoSuchElementException e) {
      throw ApiException.notFound("no incident '" + id + "'");
    }
  }

  private static JsonNode body(Context ctx) {
    String contentType = ctx.contentType() == null ? "" : ctx.contentType();
    if (!contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw ApiException.unsupportedMediaType(contentType);
    }
    byte[] bytes = ctx.bodyAsBytes();
    if (bytes.length > MAX_BODY) {
      throw ApiException.tooLarge(MAX_BODY);
    }
    JsonNode n;
    try {
      n = ExchangeJson.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    } catch (ExchangeFormatException e) {
      throw ApiException.badBody(e.getMessage());
    }
    if (!n.isObject()) {
      throw ApiException.badBody("the body must be a JSON object");
    }
    return n;
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

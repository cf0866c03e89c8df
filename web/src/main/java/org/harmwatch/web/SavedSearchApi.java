package org.harmwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.harmwatch.core.alert.SavedSearch;
import org.harmwatch.core.alert.SavedSearchStore;
import org.harmwatch.core.alert.SearchHit;
import org.harmwatch.core.alert.WebhookSink;
import org.harmwatch.core.corroboration.FigureEstimate;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.core.store.IncidentSummary;

/**
 * Each user's saved searches, the "new since last visit" list of incidents that newly matched them,
 * and the user's webhook ({@code /api/saved-searches}, {@code /api/me/webhook}). Every route acts
 * for the calling user only. Must be registered after {@link AuthApi}. Thread-safe: holds only
 * thread-safe stores.
 */
public final class SavedSearchApi implements ApiModule {
  /** The most hits the list of new ones returns. */
  static final int MAX_NEW = 500;

  private final SavedSearchStore searches;
  private final IncidentStore store;
  private final WebhookSink webhooks;
  private final Clock clock;

  public SavedSearchApi(
      SavedSearchStore searches, IncidentStore store, WebhookSink webhooks, Clock clock) {
    this.searches = Objects.requireNonNull(searches, "searches");
    this.store = Objects.requireNonNull(store, "store");
    this.webhooks = Objects.requireNonNull(webhooks, "webhooks");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/api/saved-searches/new", Access.VIEWER, this::fresh),
        ApiRoute.post("/api/saved-searches/visit", Access.VIEWER, this::visit),
        ApiRoute.get("/api/saved-searches", Access.VIEWER, this::list),
        ApiRoute.post("/api/saved-searches", Access.VIEWER, this::create),
        new ApiRoute("DELETE", "/api/saved-searches/{id}", Access.VIEWER, this::delete),
        ApiRoute.get("/api/me/webhook", Access.VIEWER, this::webhook),
        new ApiRoute("PUT", "/api/me/webhook", Access.VIEWER, this::setWebhook),
        new ApiRoute("DELETE", "/api/me/webhook", Access.VIEWER, this::removeWebhook));
  }

  /** {@code GET /api/saved-searches}: the user's searches by name. */
  private void list(Context ctx) {
    String user = RequestUser.require(ctx);
    ArrayNode out = ExchangeJson.mapper().createArrayNode();
    for (SavedSearch s : searches.searches(user)) {
      write(out.addObject(), s);
    }
    Json.send(ctx, 200, out);
  }

  /** {@code POST /api/saved-searches {"name","query"}}: 201 with the saved search. */
  private void create(Context ctx) {
    String user = RequestUser.require(ctx);
    JsonNode body = JsonBody.object(ctx);
    String name = JsonBody.text(body, "name").strip();
    String raw = JsonBody.optionalText(body, "query");
    if (name.isEmpty() || name.length() > SavedSearch.MAX_NAME) {
      throw ApiException.badBody("name must be 1.." + SavedSearch.MAX_NAME + " characters");
    }
    String query = SavedQueries.normalize(raw == null ? "" : raw);
    if (query.length() > SavedSearch.MAX_QUERY) {
      throw ApiException.badBody("query is longer than " + SavedSearch.MAX_QUERY + " characters");
    }
    try {
      SavedQueries.parse(query);
    } catch (IllegalArgumentException e) {
      throw ApiException.badBody("query: " + e.getMessage());
    }
    SavedSearch s;
    try {
      s = searches.create(user, name, query, clock.instant());
    } catch (IllegalArgumentException e) {
      throw ApiException.conflict(e.getMessage());
    }
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    write(o, s);
    Json.send(ctx, 201, o);
  }

  /** {@code DELETE /api/saved-searches/{id}}: 204, or 404 when the user has no such search. */
  private void delete(Context ctx) {
    String user = RequestUser.require(ctx);
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw ApiException.notFound("no saved search '" + ctx.pathParam("id") + "'");
    }
    if (!searches.delete(user, id)) {
      throw ApiException.notFound("you have no saved search " + id);
    }
    ctx.status(204);
  }

  /**
   * {@code GET /api/saved-searches/new}: the hits found since the user's last visit, newest first,
   * each with its incident's summary and reconciled killed figure; {@code as_of} is what to send
   * back to {@code visit}, so that hits found meanwhile stay new.
   */
  private void fresh(Context ctx) {
    String user = RequestUser.require(ctx);
    // Microseconds, as the databases keep them, so that as_of comes back from visit unchanged.
    Instant asOf = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Optional<Instant> last = searches.lastVisit(user);
    List<SearchHit> hits = searches.hitsSince(user, last.orElse(null));
    List<SearchHit> shown = hits.stream().filter(h -> !h.found().isAfter(asOf)).toList();
    List<SearchHit> page = shown.subList(0, Math.min(MAX_NEW, shown.size()));
    Map<String, FigureEstimate> killed =
        store.killedFigures(page.stream().map(SearchHit::incidentId).distinct().toList());
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("last_visit", last.map(Instant::toString).orElse(null));
    o.put("as_of", asOf.toString());
    o.put("total", shown.size());
    ArrayNode items = o.putArray("items");
    for (SearchHit h : page) {
      ObjectNode r = items.addObject();
      r.put("search_id", h.searchId());
      r.put("search_name", h.searchName());
      r.put("incident_id", h.incidentId());
      r.put("found", h.found().toString());
      Optional<Incident> i = store.incident(h.incidentId());
      r.put("exists", i.isPresent());
      if (i.isPresent()) {
        IncidentSummary s = IncidentSummary.of(i.get());
        FigureEstimate k = killed.get(h.incidentId());
        if (k != null) {
          s = s.withKilled(k);
        }
        r.put("date_start", s.dateStart() == null ? null : s.dateStart().toString());
        r.put("event_type", s.eventType());
        r.put("country_code", s.countryCode());
        r.put("admin1", s.admin1());
        r.put("place", s.place());
        r.put("killed_low", s.killedLow());
        r.put("killed_best", s.killedBest());
        r.put("killed_high", s.killedHigh());
        r.put("title", s.title());
      }
    }
    Json.send(ctx, 200, o);
  }

  /** {@code POST /api/saved-searches/visit {"as_of"}}: marks hits up to {@code as_of} as seen. */
  private void visit(Context ctx) {
    String user = RequestUser.require(ctx);
    JsonNode body = JsonBody.object(ctx);
    String at = JsonBody.optionalText(body, "as_of");
    Instant now = clock.instant();
    Instant when;
    try {
      when = at == null ? now : Instant.parse(at);
    } catch (DateTimeParseException e) {
      throw ApiException.badBody("as_of must be an instant like 2026-12-07T10:00:00Z");
    }
    if (when.isAfter(now)) {
      when = now;
    }
    searches.visited(user, when);
    ctx.status(204);
  }

  /** {@code GET /api/me/webhook}: the user's webhook URL, or null. */
  private void webhook(Context ctx) {
    String user = RequestUser.require(ctx);
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("url", searches.webhook(user).orElse(null));
    Json.send(ctx, 200, o);
  }

  /** {@code PUT /api/me/webhook {"url"}}: sets it, once the target passes the address rule. */
  private void setWebhook(Context ctx) {
    String user = RequestUser.require(ctx);
    String url = JsonBody.text(JsonBody.object(ctx), "url").strip();
    if (url.length() > 2000) {
      throw ApiException.badBody("url is longer than 2000 characters");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw ApiException.badBody("url is not a URL: " + e.getMessage());
    }
    try {
      webhooks.checkTarget(uri);
    } catch (IllegalArgumentException e) {
      throw ApiException.badBody(e.getMessage());
    }
    searches.setWebhook(user, uri.toString());
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("url", uri.toString());
    Json.send(ctx, 200, o);
  }

  /** {@code DELETE /api/me/webhook}: 204. */
  private void removeWebhook(Context ctx) {
    searches.setWebhook(RequestUser.require(ctx), null);
    ctx.status(204);
  }

  private static void write(ObjectNode o, SavedSearch s) {
    o.put("id", s.id());
    o.put("name", s.name());
    o.put("query", s.query());
    o.put("created", s.created().toString());
  }
}

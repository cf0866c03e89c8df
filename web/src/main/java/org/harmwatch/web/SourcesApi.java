package org.harmwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.watch.Capture;
import org.harmwatch.core.watch.PollReport;
import org.harmwatch.core.watch.SourceDocument;
import org.harmwatch.core.watch.SourceKind;
import org.harmwatch.core.watch.SourcePoller;
import org.harmwatch.core.watch.SourceStore;
import org.harmwatch.core.watch.WatchedSource;

/**
 * The watched sources API: list, add, switch on or off, remove and poll sources (analysts and
 * admins change, every user reads), a source with its documents and their incidents, and the WARC
 * record of a capture. Thread-safe: holds only thread-safe services.
 */
public final class SourcesApi implements ApiModule {
  /** Documents listed on a source's page at most. */
  static final int MAX_DOCUMENTS = 200;

  private static final ErrorMessages MESSAGES = ErrorMessages.shared();

  private final SourceStore sources;
  private final PollRunner poller;
  private final Clock clock;

  public SourcesApi(SourceStore sources, SourcePoller poller, Clock clock) {
    this(sources, poller, clock, PollRunner.DEFAULT_WAIT);
  }

  /**
   * The API, where "poll now" answers with the outcome when the poll ends within {@code pollWait}
   * and otherwise says that it goes on in the background.
   */
  SourcesApi(SourceStore sources, SourcePoller poller, Clock clock, Duration pollWait) {
    this.sources = Objects.requireNonNull(sources, "sources");
    this.poller = new PollRunner(poller, pollWait, 2);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/api/sources", Access.VIEWER, this::list),
        ApiRoute.post("/api/sources", Access.ANALYST, this::add),
        ApiRoute.post("/api/sources/{id}/poll", Access.ANALYST, this::poll),
        ApiRoute.get("/api/sources/{id}", Access.VIEWER, this::one),
        new ApiRoute("PATCH", "/api/sources/{id}", Access.ANALYST, this::patch),
        new ApiRoute("DELETE", "/api/sources/{id}", Access.ANALYST, this::remove),
        ApiRoute.get("/api/captures/{id}/warc", Access.VIEWER, this::warc));
  }

  private void list(Context ctx) {
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    ArrayNode items = o.putArray("sources");
    for (WatchedSource s : sources.list()) {
      items.add(json(s, ctx));
    }
    Json.send(ctx, 200, o);
  }

  private void add(Context ctx) {
    JsonNode body = JsonBody.object(ctx);
    SourceKind kind;
    try {
      kind =
          SourceKind.parse(
              JsonBody.optionalText(body, "kind") == null ? "feed" : body.get("kind").asText());
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("kind", e.getMessage());
    }
    Duration interval = null;
    JsonNode minutes = body.get("interval_minutes");
    if (minutes != null && !minutes.isNull()) {
      if (!minutes.canConvertToInt() || !minutes.isIntegralNumber()) {
        throw ApiException.badParameter(
            "interval_minutes", "interval_minutes must be a whole number");
      }
      interval = Duration.ofMinutes(minutes.asInt());
    }
    JsonNode enabled = body.get("enabled");
    WatchedSource s;
    try {
      s =
          sources.add(
              new WatchedSource.Draft(
                  kind,
                  JsonBody.text(body, "url"),
                  JsonBody.optionalText(body, "name"),
                  JsonBody.optionalText(body, "language"),
                  JsonBody.optionalText(body, "country"),
                  interval,
                  enabled == null || enabled.asBoolean(true)),
              clock.instant());
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().contains("already watched")) {
        throw ApiException.conflict(e.getMessage());
      }
      throw ApiException.badBody(e.getMessage());
    }
    Json.send(ctx, 201, json(s, ctx));
  }

  private long id(Context ctx) {
    String raw = ctx.pathParam("id");
    try {
      long id = Long.parseLong(raw);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // fall through to the refusal
    }
    throw ApiException.badParameter(
        "id", "source id must be a positive whole number, was '" + raw + "'");
  }

  private WatchedSource found(long id) {
    return sources.find(id).orElseThrow(() -> ApiException.notFound("no source " + id));
  }

  private void one(Context ctx) {
    WatchedSource s = found(id(ctx));
    ObjectNode o = json(s, ctx);
    ArrayNode docs = o.putArray("documents");
    int incidents = 0;
    for (SourceDocument d : sources.documents(s.id(), MAX_DOCUMENTS)) {
      ObjectNode x = docs.addObject();
      x.put("id", d.documentId());
      x.put("title", d.title());
      x.put("url", d.url());
      x.put("published", d.published() == null ? null : d.published().toString());
      x.put("captured_at", d.captured() == null ? null : d.captured().toString());
      x.put("capture_id", d.captureId());
      ArrayNode is = x.putArray("incidents");
      for (SourceDocument.SourceIncident i : d.incidents()) {
        ObjectNode y = is.addObject();
        y.put("id", i.id());
        y.put("event_type", i.eventType());
        y.put("date_start", i.dateStart() == null ? null : i.dateStart().toString());
        y.put("place", i.place());
        if (i.killedMin() == null) {
          y.putNull("killed_min");
        } else {
          y.put("killed_min", i.killedMin());
        }
        incidents++;
      }
    }
    o.put("incident_count", incidents);
    Json.send(ctx, 200, o);
  }

  private void patch(Context ctx) {
    long id = id(ctx);
    JsonNode body = JsonBody.object(ctx);
    JsonNode enabled = body.get("enabled");
    if (enabled == null || !enabled.isBoolean()) {
      throw ApiException.badParameter("enabled", "enabled must be true or false");
    }
    if (!sources.setEnabled(id, enabled.asBoolean(), clock.instant())) {
      throw ApiException.notFound("no source " + id);
    }
    Json.send(ctx, 200, json(found(id), ctx));
  }

  private void remove(Context ctx) {
    long id = id(ctx);
    if (!sources.remove(id)) {
      throw ApiException.notFound("no source " + id);
    }
    ctx.status(204);
  }

  private void poll(Context ctx) {
    long id = id(ctx);
    Optional<PollReport> done;
    try {
      done = poller.poll(id);
    } catch (NoSuchElementException e) {
      throw ApiException.notFound("no source " + id);
    }
    if (done.isEmpty()) {
      ObjectNode o = ExchangeJson.mapper().createObjectNode();
      o.put("source_id", id);
      o.put("running", true);
      o.set("source", json(found(id), ctx));
      Json.send(ctx, 202, o);
      return;
    }
    PollReport r = done.get();
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("running", false);
    o.put("source_id", r.sourceId());
    o.put("ok", r.ok());
    String accept = ctx.header("Accept-Language");
    o.put("error", MESSAGES.forHeader(r.error(), accept));
    o.put("not_modified", r.notModified());
    o.put("items", r.items());
    o.put("new_items", r.newItems());
    o.put("captured", r.captured());
    o.put("duplicates", r.duplicates());
    o.put("incidents", r.incidents());
    ArrayNode errors = o.putArray("item_errors");
    r.itemErrors().forEach(e -> errors.add(itemError(e, accept)));
    o.set("source", json(found(id), ctx));
    Json.send(ctx, 200, o);
  }

  private void warc(Context ctx) {
    String id = ctx.pathParam("id");
    Capture c = sources.capture(id).orElseThrow(() -> ApiException.notFound("no capture " + id));
    DocumentAccess.requireReadable(ctx, c.documentId());
    if (c.warc().length == 0) {
      throw ApiException.gone("capture " + id + " was purged when its document was taken down");
    }
    // The capture is the page as fetched: it cannot be masked, so a viewer may not have it when it
    // holds a withheld string.
    if (!Withholding.seesWithheld(ctx)
        && ((c.documentId() != null && !Withholding.spans(ctx, c.documentId()).isEmpty())
            || Withholding.forCaller(ctx)
                .occursIn(new String(c.warc(), java.nio.charset.StandardCharsets.UTF_8)))) {
      throw ApiException.forbidden(
          "capture " + id + " holds text withheld from viewers; read its text in the reader");
    }
    if (c.documentId() != null) {
      TextReads.record(
          ctx, org.harmwatch.core.account.ReadChannel.ORIGINAL, List.of(c.documentId()));
    }
    ctx.header("Content-Disposition", "attachment; filename=\"capture.warc\"");
    ctx.header("X-Content-SHA256", c.warcSha256());
    ctx.contentType("application/warc");
    ctx.result(c.warc());
  }

  // An item's error is "<link>: <message>": the link stays, the message is translated.
  private static String itemError(String error, String accept) {
    int at = error.indexOf(": ");
    return at < 0
        ? error
        : error.substring(0, at + 2) + MESSAGES.forHeader(error.substring(at + 2), accept);
  }

  // The last fetch error is stored in English; it is sent in the language the client asks for.
  private static ObjectNode json(WatchedSource s, Context ctx) {
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("id", s.id());
    o.put("kind", s.kind().code());
    o.put("url", s.url());
    o.put("name", s.name());
    o.put("language", s.language());
    o.put("country", s.country());
    o.put("interval_minutes", s.interval().toMinutes());
    o.put("enabled", s.enabled());
    o.put("created_at", text(s.created()));
    o.put("last_poll", text(s.state().lastPoll()));
    o.put("next_poll", text(s.state().nextPoll()));
    o.put("last_success", text(s.state().lastSuccess()));
    o.put("last_error", MESSAGES.forHeader(s.state().lastError(), ctx.header("Accept-Language")));
    o.put("failures", s.state().failures());
    o.put("flagged", s.state().flagged());
    return o;
  }

  private static String text(Instant t) {
    return t == null ? null : t.toString();
  }
}

package org.harmwatch.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.router.Endpoint;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.harmwatch.core.account.AccountStore;
import org.harmwatch.core.account.DocumentView;
import org.harmwatch.core.account.QueuedDocument;
import org.harmwatch.core.account.ReadChannel;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.store.IncidentStore;

/**
 * What analysts read: each user's "read later" queue, and the access log of documents. Every read
 * of a document's text by a known user is logged (who, when, through which channel, from which
 * address), because sources can be sensitive: the reader and the original here, evidence, snippets,
 * dossiers and exports by their handlers through {@link TextReads}. {@code GET
 * /api/documents/{id}/views} shows a document's log; admins export the whole log as CSV. Must be
 * registered after {@link AuthApi}, whose before-handler names the user. Thread-safe: holds only
 * thread-safe stores.
 */
public final class ReadingApi implements ApiModule {
  /** The routes that return a document's text or original: every call is logged. */
  static final Set<String> DOCUMENT_READS =
      Set.of("/api/documents/{id}", "/api/documents/{id}/original");

  private final IncidentStore store;
  private final AccountStore accounts;
  private final Clock clock;
  private final TextReads reads;

  public ReadingApi(IncidentStore store, AccountStore accounts, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.accounts = Objects.requireNonNull(accounts, "accounts");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.reads = new TextReads(accounts, clock);
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/api/reading-queue", Access.VIEWER, this::queue),
        ApiRoute.post("/api/reading-queue", Access.VIEWER, this::enqueue),
        new ApiRoute("DELETE", "/api/reading-queue/{document_id}", Access.VIEWER, this::dequeue),
        ApiRoute.get("/api/documents/{id}/views", Access.ANALYST, this::views),
        ApiRoute.get("/api/access-log.csv", Access.ADMIN, this::accessLog));
  }

  @Override
  public List<Handler> before() {
    return List.of(ctx -> ctx.attribute(TextReads.ATTRIBUTE, reads));
  }

  // Keyed by the matched route, not the request path, so that no spelling of the path escapes.
  @Override
  public List<Handler> beforeMatched() {
    return List.of(this::logRead);
  }

  private void logRead(Context ctx) {
    Endpoint route = ctx.endpoints().matchedHttpEndpoint();
    if (route == null || !DOCUMENT_READS.contains(route.path)) {
      return;
    }
    Object user = ctx.attribute(RequestUser.ATTRIBUTE);
    if (user instanceof String name) {
      String id = ctx.pathParam("id");
      if (store.document(id).isPresent()) {
        ReadChannel channel =
            route.path.endsWith("/original") ? ReadChannel.ORIGINAL : ReadChannel.READER;
        accounts.recordReads(List.of(id), name, channel, ctx.ip(), clock.instant());
      }
    }
  }

  /** {@code GET /api/reading-queue}: the acting user's queue, oldest first, with titles. */
  private void queue(Context ctx) {
    String user = RequestUser.require(ctx);
    ArrayNode out = ExchangeJson.mapper().createArrayNode();
    for (QueuedDocument q : accounts.readingQueue(user)) {
      ObjectNode o = out.addObject();
      o.put("document_id", q.documentId());
      o.put("added", q.added().toString());
      Optional<Document> d = store.document(q.documentId());
      o.put("title", d.map(Document::title).orElse(null));
      o.put("publisher", d.map(Document::publisher).orElse(null));
      o.put("published", d.map(Document::published).map(Object::toString).orElse(null));
    }
    Json.send(ctx, 200, out);
  }

  /** {@code POST /api/reading-queue {"document_id"}}: 201 when added, 200 when already there. */
  private void enqueue(Context ctx) {
    String user = RequestUser.require(ctx);
    String id = JsonBody.text(JsonBody.object(ctx), "document_id");
    if (store.document(id).isEmpty()) {
      throw ApiException.notFound("no document '" + id + "'");
    }
    boolean added = accounts.enqueue(user, id, clock.instant());
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("document_id", id);
    o.put("added", added);
    Json.send(ctx, added ? 201 : 200, o);
  }

  /** {@code DELETE /api/reading-queue/{document_id}}: 204, or 404 when it was not queued. */
  private void dequeue(Context ctx) {
    String user = RequestUser.require(ctx);
    String id = ctx.pathParam("document_id");
    if (!accounts.dequeue(user, id)) {
      throw ApiException.notFound("document '" + id + "' is not on your reading queue");
    }
    ctx.status(204);
  }

  /** {@code GET /api/documents/{id}/views}: who opened the document and when, newest first. */
  private void views(Context ctx) {
    String id = ctx.pathParam("id");
    if (store.document(id).isEmpty()) {
      throw ApiException.notFound("no document '" + id + "'");
    }
    List<DocumentView> views = accounts.views(id);
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("document_id", id);
    o.put("count", views.size());
    ArrayNode items = o.putArray("views");
    for (DocumentView v : views) {
      ObjectNode row = items.addObject();
      row.put("user", v.username());
      row.put("at", v.at().toString());
      row.put("channel", v.channel().code());
      row.put("address", v.address());
    }
    Json.send(ctx, 200, o);
  }

  /** {@code GET /api/access-log.csv?from&to}: every read of text in the period, oldest first. */
  private void accessLog(Context ctx) throws IOException {
    Instant from = bound(ctx, "from", false);
    Instant to = bound(ctx, "to", true);
    ctx.status(200);
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"harmwatch-access-log-" + LocalDate.now(clock) + ".csv\"");
    try (Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)) {
      AccessLogCsv.write(accounts, from, to, out);
    }
  }

  private static Instant bound(Context ctx, String name, boolean end) {
    try {
      return AccessLogCsv.bound(QueryParameters.value(ctx, name), end);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter(name, name + ": " + e.getMessage());
    }
  }
}

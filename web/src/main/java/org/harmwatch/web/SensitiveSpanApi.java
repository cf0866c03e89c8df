package org.harmwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.harmwatch.core.account.ReadChannel;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.core.store.SensitiveSpan;
import org.harmwatch.core.store.SensitiveSpanStore;
import org.harmwatch.core.text.SensitiveSpans;

/**
 * Sensitive spans: what the proposer suggests an analyst withhold in a document's text (names after
 * "witness", "survivor", "told"; phone numbers), and the spans analysts confirm or mark, stored
 * with who and when. Once stored, a span's text is withheld from viewers, exports and the search
 * index ({@link Withholding}). Analysts only; every call quotes the text, so it is logged as a
 * read. Thread-safe.
 */
public final class SensitiveSpanApi implements ApiModule {
  private final IncidentStore store;
  private final SensitiveSpans proposer;
  private final SensitiveSpanStore spans;
  private final Withholding withholding;

  public SensitiveSpanApi(IncidentStore store, SensitiveSpans proposer, SensitiveSpanStore spans) {
    this.store = Objects.requireNonNull(store, "store");
    this.proposer = Objects.requireNonNull(proposer, "proposer");
    this.spans = Objects.requireNonNull(spans, "spans");
    this.withholding = new Withholding(spans);
  }

  @Override
  public List<ApiRoute> routes() {
    String spansPath = "/api/documents/{id}/sensitive-spans";
    return List.of(
        ApiRoute.get("/api/documents/{id}/sensitive-proposals", Access.ANALYST, this::proposals),
        ApiRoute.get(spansPath, Access.ANALYST, this::list),
        ApiRoute.post(spansPath, Access.ANALYST, this::mark),
        new ApiRoute("DELETE", spansPath + "/{span_id}", Access.ANALYST, this::remove));
  }

  @Override
  public List<Handler> before() {
    return List.of(ctx -> ctx.attribute(Withholding.ATTRIBUTE, withholding));
  }

  /** {@code GET /api/documents/{id}/sensitive-proposals}: the proposed spans, in text order. */
  private void proposals(Context ctx) {
    Document d = find(ctx);
    List<SensitiveSpan> stored = spans.spans(d.id());
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("document_id", d.id());
    ArrayNode items = o.putArray("proposals");
    for (SensitiveSpans.Proposal p : proposer.propose(d.text())) {
      ObjectNode row = items.addObject();
      row.put("start", p.start());
      row.put("end", p.end());
      row.put("kind", p.kind().code());
      row.put("text", p.text());
      row.put(
          "stored", stored.stream().anyMatch(s -> s.start() == p.start() && s.end() == p.end()));
    }
    if (!items.isEmpty()) {
      TextReads.record(ctx, ReadChannel.READER, List.of(d.id()));
    }
    Json.send(ctx, 200, o);
  }

  /** {@code GET /api/documents/{id}/sensitive-spans}: the stored spans, in text order. */
  private void list(Context ctx) {
    Document d = find(ctx);
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("document_id", d.id());
    ArrayNode items = o.putArray("spans");
    for (SensitiveSpan s : spans.spans(d.id())) {
      items.add(json(s));
    }
    if (!items.isEmpty()) {
      TextReads.record(ctx, ReadChannel.READER, List.of(d.id()));
    }
    Json.send(ctx, 200, o);
  }

  /**
   * {@code POST /api/documents/{id}/sensitive-spans {"start","end","kind"}}: stores a span (201;
   * 200 when it was stored already). Its origin is {@code proposed} when the proposer suggests
   * exactly this span, else {@code marked}.
   */
  private void mark(Context ctx) {
    String user = RequestUser.require(ctx);
    Document d = find(ctx);
    JsonNode body = JsonBody.object(ctx);
    int start = offset(body, "start");
    int end = offset(body, "end");
    String kind = body.path("kind").asText("other");
    boolean proposed =
        proposer.propose(d.text()).stream().anyMatch(p -> p.start() == start && p.end() == end);
    int before = spans.spans(d.id()).size();
    SensitiveSpan s;
    try {
      s =
          spans.mark(
              d.id(),
              start,
              end,
              kind,
              proposed ? SensitiveSpan.PROPOSED : SensitiveSpan.MARKED,
              user);
    } catch (IllegalArgumentException e) {
      throw ApiException.badBody(e.getMessage());
    }
    Json.send(ctx, spans.spans(d.id()).size() > before ? 201 : 200, json(s));
  }

  /** {@code DELETE /api/documents/{id}/sensitive-spans/{span_id}}: 204, or 404. */
  private void remove(Context ctx) {
    Document d = find(ctx);
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("span_id"));
    } catch (NumberFormatException e) {
      throw ApiException.notFound("no sensitive span '" + ctx.pathParam("span_id") + "'");
    }
    if (!spans.remove(d.id(), id)) {
      throw ApiException.notFound("no sensitive span " + id + " in document '" + d.id() + "'");
    }
    ctx.status(204);
  }

  private static int offset(JsonNode body, String name) {
    JsonNode n = body.get(name);
    if (n == null || !n.canConvertToInt() || !n.isIntegralNumber()) {
      throw ApiException.badParameter(name, name + " must be an integer offset into the text");
    }
    return n.asInt();
  }

  private Document find(Context ctx) {
    String id = ctx.pathParam("id");
    try {
      return store.document(id).orElseThrow();
    } catch (NoSuchElementException e) {
      throw ApiException.notFound("no document '" + id + "'");
    }
  }

  private static ObjectNode json(SensitiveSpan s) {
    ObjectNode row = ExchangeJson.mapper().createObjectNode();
    row.put("id", s.id());
    row.put("document_id", s.documentId());
    row.put("start", s.start());
    row.put("end", s.end());
    row.put("kind", s.kind());
    row.put("text", s.text());
    row.put("origin", s.origin());
    row.put("marked_by", s.markedBy());
    row.put("marked_at", s.markedAt().toString());
    return row;
  }
}

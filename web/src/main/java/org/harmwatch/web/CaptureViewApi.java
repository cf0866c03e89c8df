package org.harmwatch.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.harmwatch.core.account.ReadChannel;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.core.watch.Capture;
import org.harmwatch.core.watch.SourceStore;

/**
 * The archived captures of a document as the reader shows them: {@code GET
 * /api/documents/{id}/captures} lists when and from where each was fetched with its SHA-256, and
 * {@code GET /api/captures/{id}/view} serves the captured page as it was, from the WARC record's
 * response body, made inert ({@link CapturedPage}) and under a sandbox policy that loads nothing,
 * for the reader to frame. Restricted documents are refused by {@link RestrictionApi}'s guard on
 * the list and here on the view; a capture holding text withheld from viewers is refused to them,
 * as its WARC record is. Thread-safe: holds only thread-safe stores.
 */
public final class CaptureViewApi implements ApiModule {
  /**
   * The policy of a capture's view: nothing loads (inline styles aside), no script runs, forms go
   * nowhere, and only this site's reader may frame it.
   */
  static final String VIEW_CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; "
          + "base-uri 'none'; frame-ancestors 'self'; sandbox";

  private final SourceStore sources;
  private final IncidentStore store;

  public CaptureViewApi(SourceStore sources, IncidentStore store) {
    this.sources = Objects.requireNonNull(sources, "sources");
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/api/documents/{id}/captures", Access.VIEWER, this::list),
        ApiRoute.get("/api/captures/{id}/view", Access.VIEWER, this::view));
  }

  private void list(Context ctx) {
    String id = ctx.pathParam("id");
    if (store.document(id).isEmpty()) {
      throw ApiException.notFound("no document '" + id + "'");
    }
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("document_id", id);
    ArrayNode items = o.putArray("captures");
    for (Capture c : sources.capturesOf(id)) {
      String path = "/api/captures/" + URLEncoder.encode(c.id(), StandardCharsets.UTF_8);
      ObjectNode x = items.addObject();
      x.put("id", c.id());
      x.put("captured_at", c.fetched().toString());
      x.put("request_url", c.requestUrl());
      x.put("final_url", c.finalUrl());
      x.put("status", c.status());
      x.put("content_type", c.contentType());
      x.put("warc_sha256", c.warcSha256());
      x.put("payload_sha256", c.payloadSha256());
      x.put("warc_href", path + "/warc");
      x.put("view_href", path + "/view");
    }
    Json.send(ctx, 200, o);
  }

  private void view(Context ctx) {
    String id = ctx.pathParam("id");
    Capture c = sources.capture(id).orElseThrow(() -> ApiException.notFound("no capture " + id));
    DocumentAccess.requireReadable(ctx, c.documentId());
    if (c.warc().length == 0) {
      throw ApiException.gone("capture " + id + " was purged when its document was taken down");
    }
    CapturedPage.Body body;
    try {
      body = CapturedPage.body(c.warc());
    } catch (IllegalArgumentException e) {
      throw ApiException.unreadable("capture " + id + ": " + e.getMessage());
    }
    boolean html =
        body.mediaType().equals("text/html") || body.mediaType().equals("application/xhtml+xml");
    String shown =
        html
            ? CapturedPage.inertHtml(body.bytes())
            : new String(body.bytes(), StandardCharsets.UTF_8);
    // The page cannot be masked word by word, so a viewer may not see one that holds a withheld
    // string (the stored spans are offsets in the extracted text, hence the whole document).
    if (!Withholding.seesWithheld(ctx)
        && ((c.documentId() != null && !Withholding.spans(ctx, c.documentId()).isEmpty())
            || Withholding.forCaller(ctx).occursIn(shown))) {
      throw ApiException.forbidden(
          "capture " + id + " holds text withheld from viewers; read its text in the reader");
    }
    if (c.documentId() != null) {
      TextReads.record(ctx, ReadChannel.ORIGINAL, List.of(c.documentId()));
    }
    ctx.header("Content-Security-Policy", VIEW_CSP);
    ctx.header("X-Frame-Options", "SAMEORIGIN");
    ctx.header("X-Content-SHA256", c.warcSha256());
    ctx.status(200)
        .contentType(html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8")
        .result(shown);
  }
}

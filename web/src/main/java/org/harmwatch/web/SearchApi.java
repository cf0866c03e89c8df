package org.harmwatch.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import org.harmwatch.core.account.ReadChannel;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.store.Page;
import org.harmwatch.core.store.TextSearch;
import org.harmwatch.core.store.TextSearch.DocumentHit;

/**
 * The full-text search of documents: {@code GET /api/search/documents?q=&limit=&offset=}, best
 * match first, each hit with a snippet. (Incidents are searched with {@code q} on {@code
 * /api/incidents}.) Thread-safe: holds only the thread-safe index.
 */
public final class SearchApi implements ApiModule {
  /** The page size when the request gives none. */
  static final int DEFAULT_LIMIT = 20;

  /** The largest page size. */
  static final int MAX_LIMIT = 200;

  private static final int MAX_QUERY = 500;

  private final TextSearch search;

  public SearchApi(TextSearch search) {
    this.search = Objects.requireNonNull(search, "search");
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(ApiRoute.get("/api/search/documents", Access.VIEWER, this::documents));
  }

  private void documents(Context ctx) {
    String q = QueryParameters.value(ctx, "q");
    if (q == null) {
      throw ApiException.badParameter("q", "q (the search query) is required");
    }
    if (q.length() > MAX_QUERY) {
      throw ApiException.badParameter(
          "q", "q is longer than " + MAX_QUERY + " characters (" + q.length() + ")");
    }
    int limit = QueryParameters.integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    int offset = QueryParameters.integer(ctx, "offset", 0, 0, 100_000);
    Page<DocumentHit> page;
    try {
      page = search.documents(q, limit, offset);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("q", e.getMessage());
    }
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("total", page.total());
    o.put("limit", limit);
    o.put("offset", offset);
    ArrayNode items = o.putArray("items");
    for (DocumentHit hit : page.items()) {
      ObjectNode h = items.addObject();
      h.put("id", hit.id());
      h.put("title", hit.title());
      h.put("published", hit.published());
      h.put("snippet", hit.snippet());
    }
    TextReads.record(ctx, ReadChannel.SNIPPET, page.items().stream().map(DocumentHit::id).toList());
    Json.send(ctx, 200, o);
  }
}

package org.harmwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.IngestResult;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.core.watch.PageCapturer;

/**
 * {@code POST /api/documents/capture}: an analyst names a web page, which is fetched with the
 * watched sources' protections, archived and ingested. Thread-safe: holds only thread-safe
 * services.
 */
public final class CaptureApi implements ApiModule {
  /** The longest address accepted, in characters (the documents' url column). */
  static final int MAX_URL = 2000;

  private final PageCapturer capturer;
  private final IncidentStore store;

  public CaptureApi(PageCapturer capturer, IncidentStore store) {
    this.capturer = Objects.requireNonNull(capturer, "capturer");
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(ApiRoute.post("/api/documents/capture", Access.ANALYST, this::capture));
  }

  private void capture(Context ctx) {
    JsonNode body = JsonBody.object(ctx);
    String url = JsonBody.optionalText(body, "url");
    if (url == null || url.isBlank()) {
      throw ApiException.badParameter("url", "url is required: the address of the page to capture");
    }
    if (url.length() > MAX_URL) {
      throw ApiException.badParameter("url", "url is longer than " + MAX_URL + " characters");
    }
    IngestResult result;
    try {
      result = capturer.capture(url.strip());
    } catch (PageCapturer.Failed e) {
      throw ApiException.unreadable(e.getMessage());
    }
    // An article captured before keeps its incidents: list them, as a repeated upload does.
    List<Incident> incidents =
        result.created() ? result.incidents() : store.incidentsOfDocument(result.documentId());
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("document_id", result.documentId());
    o.put("created", result.created());
    store.document(result.documentId()).ifPresent(d -> o.put("title", d.title()));
    ArrayNode found = o.putArray("incidents");
    for (Incident incident : incidents) {
      found.add(ExchangeJson.toJson(incident));
    }
    Json.send(ctx, result.created() ? 201 : 200, o);
  }
}

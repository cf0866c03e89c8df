package org.harmwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.IngestResult;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.core.watch.PageCapturer;

/**
 * {@code POST /api/documents/capture}: an analyst names a web page, which is fetched with the
 * watched sources' protections, archived and ingested. A title, date or publisher the analyst gives
 * takes precedence over the page's own; the capture's archive records both. Thread-safe: holds only
 * thread-safe services.
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
    PageCapturer.Given given = given(ctx, body);
    IngestResult result;
    try {
      result = capturer.capture(url.strip(), given);
    } catch (PageCapturer.Failed e) {
      throw ApiException.unreadable(e.getMessage());
    }
    // An article captured before keeps its incidents: list them, as a repeated upload does.
    List<Incident> incidents =
        result.created() ? result.incidents() : store.incidentsOfDocument(result.documentId());
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("document_id", result.documentId());
    o.put("created", result.created());
    store
        .document(result.documentId())
        .ifPresent(
            d -> {
              o.put("title", d.title());
              o.put("published", d.published() == null ? null : d.published().toString());
              o.put("publisher", d.publisher());
            });
    ArrayNode found = o.putArray("incidents");
    for (Incident incident : incidents) {
      found.add(ExchangeJson.toJson(incident));
    }
    Json.send(ctx, result.created() ? 201 : 200, o);
  }

  private static PageCapturer.Given given(Context ctx, JsonNode body) {
    String title = JsonBody.optionalText(body, "title");
    String publisher = JsonBody.optionalText(body, "publisher");
    check("title", title);
    check("publisher", publisher);
    String date = JsonBody.optionalText(body, "published");
    LocalDate published = null;
    if (date != null) {
      try {
        published = LocalDate.parse(date.strip());
      } catch (DateTimeParseException e) {
        throw ApiException.badParameter(
            "published", "published must be a date as YYYY-MM-DD, was '" + date + "'");
      }
    }
    return new PageCapturer.Given(title, published, publisher, RequestUser.require(ctx));
  }

  private static void check(String name, String value) {
    int limit = DocumentApi.FIELD_LIMITS.get(name);
    if (value != null && value.length() > limit) {
      throw ApiException.badParameter(
          name, name + " is longer than " + limit + " characters (" + value.length() + ")");
    }
  }
}

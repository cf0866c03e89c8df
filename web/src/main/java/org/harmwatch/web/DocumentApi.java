package org.harmwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.harmwatch.core.json.ExchangeFormatException;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.Cancellation;
import org.harmwatch.core.pipeline.IngestResult;
import org.harmwatch.core.pipeline.IngestService;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.core.store.SensitiveSpan;
import org.harmwatch.core.text.WithheldMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The document endpoints: metadata and text, the untouched original, and ingestion of a new
 * document. Thread-safe because it holds only the (thread-safe) store and ingest service.
 */
final class DocumentApi {
  private static final Logger LOG = LoggerFactory.getLogger(DocumentApi.class);

  /** The policy for stored originals: nothing loads, scripts never run, even if opened inline. */
  static final String ORIGINAL_CSP = "default-src 'none'; sandbox";

  /**
   * The longest value of each document field, in characters: the sizes of the database columns (H2
   * and PostgreSQL), so that a longer value is the caller's 400 and not the database's 500.
   */
  static final Map<String, Integer> FIELD_LIMITS =
      Map.of("id", 200, "title", 2000, "url", 4000, "publisher", 500, "language", 16);

  private final IncidentStore store;
  private final IngestService ingest;
  private final long maxBodyBytes;
  private final DocumentLimit limit;
  private final IngestQueue queue;

  DocumentApi(
      IncidentStore store,
      IngestService ingest,
      long maxBodyBytes,
      DocumentLimit limit,
      IngestQueue queue) {
    this.store = Objects.requireNonNull(store, "store");
    this.ingest = Objects.requireNonNull(ingest, "ingest");
    this.maxBodyBytes = maxBodyBytes;
    this.limit = Objects.requireNonNull(limit, "limit");
    this.queue = Objects.requireNonNull(queue, "queue");
  }

  /** {@code GET /api/documents/{id}}: the document and the ids of its incidents. */
  void get(Context ctx) {
    Document document = find(ctx.pathParam("id"));
    ObjectNode o = ExchangeJson.toJson(document);
    WithheldMask mask = Withholding.forCaller(ctx);
    List<SensitiveSpan> spans = Withholding.spans(ctx, document.id());
    if (!Withholding.seesWithheld(ctx) && (!spans.isEmpty() || !mask.isEmpty())) {
      // The stored spans by their offsets, then every withheld string (Json masks the rest).
      String masked =
          mask.maskText(
              document.text(), spans.stream().map(s -> new int[] {s.start(), s.end()}).toList());
      o.put("text", masked);
      o.put("withheld", !masked.equals(document.text()));
    }
    ArrayNode ids = o.putArray("incident_ids");
    for (Incident incident : store.incidentsOfDocument(document.id())) {
      ids.add(incident.id());
    }
    Json.send(ctx, 200, o);
  }

  /**
   * {@code GET /api/documents/{id}/original}: the bytes as received. A stored web page is
   * attacker-controlled content, so it is served sandboxed and, unless plain text, as a download.
   */
  void original(Context ctx) {
    Document document = find(ctx.pathParam("id"));
    if (!Withholding.seesWithheld(ctx)
        && (!Withholding.spans(ctx, document.id()).isEmpty()
            || Withholding.forCaller(ctx).occursIn(document.text()))) {
      throw ApiException.forbidden(
          "the original of '"
              + document.id()
              + "' holds text withheld from viewers; read its text in the reader");
    }
    String type = document.contentType();
    String lower = type.toLowerCase(Locale.ROOT);
    if (lower.equals("text/plain")) {
      type = "text/plain; charset=utf-8";
    }
    ctx.header("Content-Security-Policy", ORIGINAL_CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    if (!lower.startsWith("text/plain")) {
      ctx.header(
          "Content-Disposition", "attachment; filename=\"" + fileName(document, lower) + "\"");
    }
    ctx.status(200).contentType(type).result(document.original());
  }

  /** {@code POST /api/documents}: ingests one document in the input format. */
  void post(Context ctx) {
    // A cross-site form or a "simple" fetch cannot send application/json without a CORS
    // preflight, which this server never grants: requiring it keeps other sites from ingesting.
    String contentType = ctx.contentType() == null ? "" : ctx.contentType();
    if (!contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw ApiException.unsupportedMediaType(contentType);
    }
    if (ctx.contentLength() > maxBodyBytes) {
      throw ApiException.tooLarge(maxBodyBytes);
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > maxBodyBytes) {
      throw ApiException.tooLarge(maxBodyBytes);
    }
    Document document;
    try {
      JsonNode node = ExchangeJson.parse(new String(body, StandardCharsets.UTF_8));
      document = ExchangeJson.documentFromJson(node);
    } catch (ExchangeFormatException e) {
      throw ApiException.badBody(e.getMessage());
    }
    IngestResult result = ingestChecked(document, ClientConnection.goneTest(ctx));
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("document_id", result.documentId());
    o.put("created", result.created());
    ArrayNode incidents = o.putArray("incidents");
    for (Incident incident : result.incidents()) {
      incidents.add(ExchangeJson.toJson(incident));
    }
    ctx.header(
        "Location",
        "/api/documents/"
            + URLEncoder.encode(result.documentId(), StandardCharsets.UTF_8).replace("+", "%20"));
    Json.send(ctx, result.created() ? 201 : 200, o);
  }

  /**
   * Checks {@code document} (text length, field lengths, one text per id) and ingests it on a
   * worker of the ingest queue.
   *
   * @throws ApiException naming what is wrong with the document, or 503 when the queue is full
   */
  IngestResult ingestChecked(Document document) {
    return ingestChecked(document, () -> false);
  }

  /**
   * As {@link #ingestChecked(Document)} for a client that may go away: once {@code clientGone}
   * answers true, the document's extraction is cancelled and nothing of it is stored.
   *
   * @throws ApiException naming what is wrong with the document, 503 when the queue is full, 499
   *     when the client went away first
   */
  IngestResult ingestChecked(Document document, BooleanSupplier clientGone) {
    try {
      limit.check(document);
    } catch (DocumentLimit.TooLarge e) {
      throw ApiException.documentTooLarge(e.getMessage());
    }
    checkFields(document);
    sameIdSameText(document);
    try {
      if (clientGone.getAsBoolean()) {
        throw new Cancellation.Cancelled("the client closed the connection");
      }
      return queue.run(c -> ingest.ingest(document, c), clientGone);
    } catch (Cancellation.Cancelled e) {
      LOG.info("stopped ingesting document '{}': {}", document.id(), e.getMessage());
      throw ApiException.clientClosed(
          "document '" + document.id() + "' was not stored: " + e.getMessage());
    } catch (IngestQueue.Full e) {
      throw ApiException.busy(e.getMessage(), e.retryAfterSeconds());
    } catch (IllegalArgumentException e) {
      // Another request stored other text under this id between the check above and the save.
      sameIdSameText(document);
      throw e;
    }
  }

  private static void checkFields(Document d) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("id", d.id());
    values.put("title", d.title());
    values.put("url", d.url());
    values.put("publisher", d.publisher());
    values.put("language", d.language());
    values.put("text", d.text());
    for (Map.Entry<String, String> e : values.entrySet()) {
      int nul = e.getValue() == null ? -1 : e.getValue().indexOf('\u0000');
      if (nul >= 0) {
        throw ApiException.badParameter(
            e.getKey(),
            e.getKey() + " has a NUL character at offset " + nul + ": binary data, not text");
      }
      if (!FIELD_LIMITS.containsKey(e.getKey())) {
        continue;
      }
      int limit = FIELD_LIMITS.get(e.getKey());
      if (e.getValue() != null && e.getValue().length() > limit) {
        throw ApiException.badParameter(
            e.getKey(),
            e.getKey()
                + " is longer than "
                + limit
                + " characters ("
                + e.getValue().length()
                + ")");
      }
    }
  }

  // One id, one text: a stored document is never replaced, so other text under its id is refused.
  private void sameIdSameText(Document d) {
    store
        .document(d.id())
        .filter(stored -> !stored.sha256().equals(d.sha256()))
        .ifPresent(
            stored -> {
              throw ApiException.conflict(
                  "document id '"
                      + d.id()
                      + "' is already used by a document with another text (sha256 "
                      + stored.sha256()
                      + "); send it under another id");
            });
  }

  private Document find(String id) {
    return store.document(id).orElseThrow(() -> ApiException.notFound("no document '" + id + "'"));
  }

  private static String fileName(Document document, String lowerType) {
    String ext;
    if (lowerType.contains("html")) {
      ext = ".html";
    } else if (lowerType.contains("pdf")) {
      ext = ".pdf";
    } else {
      ext = ".bin";
    }
    // The id is the caller's; keep only characters that cannot break the header.
    return document.sha256().replaceAll("[^0-9a-f]", "") + ext;
  }
}

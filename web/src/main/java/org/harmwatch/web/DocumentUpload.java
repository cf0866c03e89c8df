package org.harmwatch.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.IngestResult;
import org.harmwatch.core.store.DocumentTakenDownException;
import org.harmwatch.ingest.DocumentReader;
import org.harmwatch.ingest.ReadResult;

/**
 * {@code POST /api/documents/upload}: one file from the browser (text, HTML, PDF, JSON Lines,
 * RSS/Atom) read by the ingest module's {@link DocumentReader}, each document in it checked and
 * ingested as {@code POST /api/documents} does, and one result per document or rejection. A bad
 * item costs only itself. Thread-safe: holds only thread-safe services.
 */
final class DocumentUpload {
  /** The Content-Type an upload must have: not one a cross-site form can send unasked. */
  static final String MEDIA_TYPE = "application/octet-stream";

  /** The longest file name accepted, in characters. */
  static final int MAX_NAME = 255;

  private static final ErrorMessages MESSAGES = ErrorMessages.shared();

  private final DocumentApi documents;
  private final long maxBodyBytes;

  DocumentUpload(DocumentApi documents, long maxBodyBytes) {
    this.documents = Objects.requireNonNull(documents, "documents");
    this.maxBodyBytes = maxBodyBytes;
  }

  void post(Context ctx) {
    String contentType = ctx.contentType() == null ? "" : ctx.contentType();
    if (!contentType.toLowerCase(Locale.ROOT).startsWith(MEDIA_TYPE)) {
      throw ApiException.unsupportedMediaType(contentType, MEDIA_TYPE);
    }
    String name = fileName(ctx);
    if (!DocumentReader.supports(name)) {
      throw ApiException.unsupportedFileType(
          "cannot read '"
              + name
              + "': the file types read are .txt, .html, .htm, .pdf, .jsonl, .ndjson, .json, .rss,"
              + " .atom and .xml");
    }
    if (ctx.contentLength() > maxBodyBytes) {
      throw ApiException.tooLarge(maxBodyBytes);
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > maxBodyBytes) {
      throw ApiException.tooLarge(maxBodyBytes);
    }
    Defaults defaults = Defaults.of(ctx, name);
    String accept = ctx.header("Accept-Language");
    List<ReadResult> items;
    try (Stream<ReadResult> read = new DocumentReader(defaults.published()).read(name, body)) {
      items = read.toList();
    }
    if (items.size() == 1) {
      // One item: its failure is the request's, with the status that names it.
      if (items.get(0) instanceof ReadResult.Failed f) {
        // The reason alone is a catalogue message; the file name before it is not.
        throw ApiException.unreadable(
            f.rejected().source() + ": " + MESSAGES.forHeader(f.rejected().reason(), accept));
      }
    }
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("file", name);
    ArrayNode results = o.putArray("results");
    boolean created = false;
    BooleanSupplier gone = ClientConnection.goneTest(ctx);
    for (int n = 0; n < items.size(); n++) {
      ReadResult item = items.get(n);
      String source = items.size() == 1 ? name : name + "#" + (n + 1);
      if (item instanceof ReadResult.Failed f) {
        results
            .addObject()
            .put("source", f.rejected().source())
            .put("error", MESSAGES.forHeader(f.rejected().reason(), accept));
      } else if (item instanceof ReadResult.Read r) {
        created |=
            ingest(defaults.apply(r.document()), source, items.size() == 1, results, accept, gone);
      }
    }
    Json.send(ctx, created ? 201 : 200, o);
  }

  // One document checked and ingested, its result added to results; true when it was new.
  private boolean ingest(
      Document document,
      String source,
      boolean only,
      ArrayNode results,
      String accept,
      BooleanSupplier gone) {
    IngestResult result;
    try {
      result = documents.ingestChecked(document, gone);
    } catch (ApiException | DocumentTakenDownException | IllegalArgumentException e) {
      if (only) {
        throw e;
      }
      results
          .addObject()
          .put("source", source)
          .put("title", document.title())
          .put("error", MESSAGES.forHeader(e.getMessage(), accept));
      return false;
    }
    ObjectNode one = results.addObject();
    one.put("source", source);
    one.put("document_id", result.documentId());
    one.put("title", document.title());
    one.put("created", result.created());
    ArrayNode incidents = one.putArray("incidents");
    for (Incident incident : result.incidents()) {
      incidents.add(ExchangeJson.toJson(incident));
    }
    return result.created();
  }

  private static String fileName(Context ctx) {
    String name = QueryParameters.value(ctx, "filename");
    if (name == null) {
      throw ApiException.badParameter("filename", "filename is required (e.g. report.pdf)");
    }
    if (name.length() > MAX_NAME || name.indexOf('\u0000') >= 0) {
      throw ApiException.badParameter(
          "filename", "filename must be at most " + MAX_NAME + " characters, without NUL");
    }
    // Only the last part of a path: the name labels results, it never reaches the file system.
    return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  }

  /** The title, source, date and address an analyst gave for documents without their own. */
  private record Defaults(
      String title, String publisher, LocalDate published, String url, String fileName) {
    static Defaults of(Context ctx, String fileName) {
      String date = QueryParameters.value(ctx, "published");
      LocalDate published = null;
      if (date != null) {
        try {
          published = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
          throw ApiException.badParameter(
              "published", "published must be a date as YYYY-MM-DD, was '" + date + "'");
        }
      }
      return new Defaults(
          QueryParameters.value(ctx, "title"),
          QueryParameters.value(ctx, "publisher"),
          published,
          QueryParameters.value(ctx, "url"),
          fileName);
    }

    Document apply(Document d) {
      return new Document(
          d.id(),
          d.sha256(),
          first(d.title(), title, fileName),
          first(d.url(), url, null),
          first(d.publisher(), publisher, null),
          d.published(),
          d.language(),
          d.text(),
          d.contentType(),
          d.original(),
          d.capturedAt());
    }

    private static String first(String own, String given, String last) {
      if (own != null && !own.isBlank()) {
        return own;
      }
      return given != null ? given : last;
    }
  }
}

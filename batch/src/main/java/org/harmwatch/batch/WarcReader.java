package org.harmwatch.batch;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.harmwatch.core.model.Document;
import org.harmwatch.ingest.DocumentReader;
import org.harmwatch.ingest.ReadResult;

/**
 * Reads the documents of a WARC file (ISO 28500, WARC/1.0 and 1.1, plain or gzip per record): each
 * {@code response} record with an HTTP 2xx status and an HTML or plain-text body, and each {@code
 * resource} or {@code conversion} record of such a type, becomes one document through {@link
 * DocumentReader} (so the text is the same as from a saved page), with the record's target URI as
 * its url when the page names none and the record's date as its capture time. Other records
 * (requests, metadata, images, redirects) are not documents and are counted as skipped; a record
 * that cannot be parsed is rejected with its offset, and so is the rest of a truncated file.
 */
final class WarcReader {
  /** The largest record payload read, in bytes; larger records are rejected. */
  static final int MAX_RECORD_BYTES = DocumentReader.MAX_FILE_BYTES;

  private final DocumentReader reader;
  private final InputStream in;
  private final String source;
  private int index;
  private boolean done;
  private long skipped;

  /** A reader of the WARC stream {@code raw} named {@code source} (gzip when it ends in .gz). */
  WarcReader(DocumentReader reader, InputStream raw, String source) throws IOException {
    this.reader = reader;
    this.source = source;
    InputStream buffered = new BufferedInputStream(raw, 1 << 16);
    // A .warc.gz is one gzip member per record; GZIPInputStream reads concatenated members.
    this.in =
        source.toLowerCase(Locale.ROOT).endsWith(".gz")
            ? new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16)
            : buffered;
  }

  /** Whether {@code name} is a WARC file by its extension. */
  static boolean isWarc(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }

  /** How many records were skipped so far as not documents. */
  long skipped() {
    return skipped;
  }

  /**
   * The results of the next record that gives any (a document or a rejection), or null at the end
   * of the file. An I/O error ends the file with a rejection.
   */
  List<ReadResult> next() {
    while (!done) {
      String where = source + "#" + index;
      try {
        List<ReadResult> r = record(where);
        if (r == null) {
          done = true;
          return null;
        }
        if (!r.isEmpty()) {
          return r;
        }
      } catch (IOException | RuntimeException e) {
        done = true;
        return List.of(failed(where, "cannot read the WARC record: " + e));
      }
    }
    return null;
  }

  // One record's results (empty when it is not a document); null at the end of the file.
  private List<ReadResult> record(String where) throws IOException {
    String version = line(in);
    while (version != null && version.isEmpty()) {
      version = line(in);
    }
    if (version == null) {
      return null;
    }
    index++;
    if (!version.startsWith("WARC/")) {
      done = true;
      return List.of(failed(where, "not a WARC record (starts with '" + cut(version) + "')"));
    }
    Map<String, String> headers = headers(in);
    long length;
    try {
      length = Long.parseLong(headers.getOrDefault("content-length", "").trim());
    } catch (NumberFormatException e) {
      done = true;
      return List.of(failed(where, "WARC record without a valid Content-Length"));
    }
    if (length > MAX_RECORD_BYTES) {
      in.skipNBytes(length);
      return List.of(failed(where, "record of " + length + " bytes is larger than the limit"));
    }
    byte[] block = in.readNBytes((int) length);
    if (block.length < length) {
      done = true;
      return List.of(failed(where, "file ends inside the record (truncated)"));
    }
    String type = headers.getOrDefault("warc-type", "").toLowerCase(Locale.ROOT);
    String uri = headers.get("warc-target-uri");
    Instant date = instant(headers.get("warc-date"));
    byte[] body;
    String contentType;
    if (type.equals("response")) {
      Http http = http(block);
      if (http == null || http.status < 200 || http.status > 299) {
        skipped++;
        return List.of();
      }
      body = http.body;
      contentType = http.contentType;
    } else if (type.equals("resource") || type.equals("conversion")) {
      body = block;
      contentType = headers.getOrDefault("content-type", "");
    } else {
      skipped++;
      return List.of();
    }
    if (!textual(contentType) || body.length == 0) {
      skipped++;
      return List.of();
    }
    List<ReadResult> out = new ArrayList<>(1);
    try (Stream<ReadResult> results =
        reader.read(new ByteArrayInputStream(body), uri == null ? where : uri)) {
      results.forEach(r -> out.add(withRecord(r, where, uri, date)));
    }
    return out;
  }

  private static ReadResult withRecord(ReadResult r, String where, String uri, Instant date) {
    if (r instanceof ReadResult.Read read) {
      Document d = read.document();
      return new ReadResult.Read(
          new Document(
              d.id(),
              d.sha256(),
              d.title(),
              d.url() != null ? d.url() : uri,
              d.publisher(),
              d.published(),
              d.language(),
              d.text(),
              d.contentType(),
              d.original(),
              date != null ? date : d.capturedAt()));
    }
    ReadResult.Failed f = (ReadResult.Failed) r;
    return failed(where, f.rejected().reason());
  }

  private static boolean textual(String contentType) {
    String t = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    return t.startsWith("text/html")
        || t.startsWith("application/xhtml")
        || t.startsWith("text/plain");
  }

  private record Http(int status, String contentType, byte[] body) {}

  // An HTTP response: status line, headers, blank line, body (not de-chunked: WARC writers
  // store the payload as received, and most archives hold it without transfer encoding).
  private static Http http(byte[] block) throws IOException {
    InputStream in = new ByteArrayInputStream(block);
    String status = line(in);
    if (status == null || !status.startsWith("HTTP/")) {
      return null;
    }
    String[] parts = status.split(" ", 3);
    int code;
    try {
      code = Integer.parseInt(parts.length > 1 ? parts[1] : "");
    } catch (NumberFormatException e) {
      return null;
    }
    Map<String, String> headers = headers(in);
    return new Http(code, headers.getOrDefault("content-type", ""), in.readAllBytes());
  }

  private static Map<String, String> headers(InputStream in) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    String line;
    while ((line = line(in)) != null && !line.isEmpty()) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.put(
            line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).trim());
      }
    }
    return headers;
  }

  // One header line without its CRLF (or LF); null at the end of the input.
  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(128);
    int b;
    boolean any = false;
    while ((b = in.read()) >= 0) {
      any = true;
      if (b == '\n') {
        break;
      }
      if (buf.size() > 64 * 1024) {
        throw new IOException("header line longer than 64 KiB");
      }
      buf.write(b);
    }
    if (!any) {
      return null;
    }
    String s = buf.toString(StandardCharsets.UTF_8);
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }

  private static Instant instant(String s) {
    if (s == null) {
      return null;
    }
    try {
      return Instant.parse(s.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String cut(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  private static ReadResult failed(String source, String reason) {
    return new ReadResult.Failed(new org.harmwatch.core.pipeline.Rejected(source, reason));
  }
}

package org.harmwatch.watch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harmwatch.core.model.Document;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Archives an HTTP exchange as WARC 1.1 records (ISO 28500, written with jwarc): a request record
 * and a response record holding the status line, headers and body exactly as received, each with
 * its SHA-256 block digest, the response also with the SHA-256 of its payload, and, when there are
 * notes about the capture (what an analyst gave for it), a metadata record of WARC fields. The
 * records together are a valid WARC file; concatenated captures make a larger one. Thread-safe.
 */
final class WarcRecords {
  /** The WARC bytes of one capture and their digests. */
  record Archived(String recordId, byte[] warc, String warcSha256, String payloadSha256) {}

  private WarcRecords() {}

  static Archived archive(Fetched f, String userAgent, String accept) {
    return archive(f, userAgent, accept, Map.of());
  }

  /** As {@link #archive(Fetched, String, String)}, with a metadata record of {@code notes}. */
  static Archived archive(
      Fetched f, String userAgent, String accept, Map<String, List<String>> notes) {
    try {
      URI target = URI.create(f.finalUrl());
      UUID responseId = UUID.randomUUID();
      byte[] response = httpResponse(f);
      String payloadSha = Document.sha256Hex(f.rawBody());
      WarcResponse res =
          new WarcResponse.Builder(target)
              .version(MessageVersion.WARC_1_1)
              .recordId(responseId)
              .date(f.fetched())
              .blockDigest(new WarcDigest("sha-256", sha256(response)))
              .payloadDigest(new WarcDigest("sha-256", hexToBytes(payloadSha)))
              .body(MediaType.HTTP_RESPONSE, response)
              .build();
      byte[] request = httpRequest(target, userAgent, accept);
      WarcRequest req =
          new WarcRequest.Builder(target)
              .version(MessageVersion.WARC_1_1)
              .date(f.fetched())
              .concurrentTo(URI.create("urn:uuid:" + responseId))
              .blockDigest(new WarcDigest("sha-256", sha256(request)))
              .body(MediaType.HTTP_REQUEST, request)
              .build();
      ByteArrayOutputStream out = new ByteArrayOutputStream(response.length + 2048);
      WarcWriter writer = new WarcWriter(Channels.newChannel(out));
      writer.write(res);
      writer.write(req);
      if (!notes.isEmpty()) {
        writer.write(metadata(target, f, responseId, notes));
      }
      byte[] warc = out.toByteArray();
      return new Archived("urn:uuid:" + responseId, warc, Document.sha256Hex(warc), payloadSha);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a WARC record in memory", e);
    }
  }

  private static WarcMetadata metadata(
      URI target, Fetched f, UUID responseId, Map<String, List<String>> notes) {
    StringBuilder block = new StringBuilder();
    notes.forEach(
        (k, vs) -> vs.forEach(v -> block.append(k).append(": ").append(v).append("\r\n")));
    byte[] body = block.toString().getBytes(StandardCharsets.UTF_8);
    return new WarcMetadata.Builder()
        .targetURI(target)
        .date(f.fetched())
        .concurrentTo(URI.create("urn:uuid:" + responseId))
        .blockDigest(new WarcDigest("sha-256", sha256(body)))
        .body(MediaType.WARC_FIELDS, body)
        .build();
  }

  // The response as it came: status line, headers in order, then the body as received. The body
  // was de-chunked by the HTTP client, so a Transfer-Encoding header would lie and is left out.
  private static byte[] httpResponse(Fetched f) {
    StringBuilder head = new StringBuilder();
    head.append(f.statusLine() == null ? "HTTP/1.1 " + f.status() : f.statusLine()).append("\r\n");
    for (Map.Entry<String, String> h : f.headers()) {
      if (h.getKey().equalsIgnoreCase("Transfer-Encoding")) {
        continue;
      }
      head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
    }
    head.append("\r\n");
    byte[] h = head.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] out = new byte[h.length + f.rawBody().length];
    System.arraycopy(h, 0, out, 0, h.length);
    System.arraycopy(f.rawBody(), 0, out, h.length, f.rawBody().length);
    return out;
  }

  private static byte[] httpRequest(URI target, String userAgent, String accept) {
    String path =
        target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
    if (target.getRawQuery() != null) {
      path += "?" + target.getRawQuery();
    }
    String host =
        target.getPort() < 0 ? target.getHost() : target.getHost() + ":" + target.getPort();
    return ("GET "
            + path
            + " HTTP/1.1\r\nHost: "
            + host
            + "\r\nUser-Agent: "
            + userAgent
            + "\r\nAccept: "
            + accept
            + "\r\nAccept-Encoding: gzip\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static byte[] hexToBytes(String hex) {
    return java.util.HexFormat.of().parseHex(hex);
  }
}

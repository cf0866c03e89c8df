package org.harmwatch.core.watch;

import java.time.Instant;
import java.util.Objects;

/**
 * One archived fetch of an article: the WARC record of the raw HTTP response (request URL, status,
 * headers and body as received) with the SHA-256 of that record and of the response body, the URL
 * the article was asked for, where redirects ended, its canonical URL, and the document it became.
 * {@code textSha256} is the hash of the article's main text, which finds the same article under
 * another URL. {@code warc} may be null in listings that leave the record out.
 */
public record Capture(
    String id,
    Long sourceId,
    String requestUrl,
    String finalUrl,
    String canonicalUrl,
    String documentId,
    int status,
    String contentType,
    String author,
    Instant fetched,
    String warcSha256,
    String payloadSha256,
    String textSha256,
    byte[] warc) {
  public Capture {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(requestUrl, "requestUrl");
    Objects.requireNonNull(fetched, "fetched");
    Objects.requireNonNull(warcSha256, "warcSha256");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Capture c && c.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "Capture[id=" + id + ", url=" + requestUrl + ", document=" + documentId + "]";
  }
}

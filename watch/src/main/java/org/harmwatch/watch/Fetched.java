package org.harmwatch.watch;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP response as received: the URL asked for and the one that answered (after redirects), the
 * status line and headers in order, the body as it came over the wire ({@code rawBody}, still
 * gzip-compressed if it was) and decoded ({@code body}), and when the response began.
 */
public record Fetched(
    String requestUrl,
    String finalUrl,
    int status,
    String statusLine,
    List<Map.Entry<String, String>> headers,
    byte[] rawBody,
    byte[] body,
    Instant fetched) {
  public Fetched {
    headers = List.copyOf(headers);
  }

  /** The first value of header {@code name} (case-insensitive), or null. */
  public String header(String name) {
    for (Map.Entry<String, String> h : headers) {
      if (h.getKey().equalsIgnoreCase(name)) {
        return h.getValue();
      }
    }
    return null;
  }

  /** The Content-Type header, or null. */
  public String contentType() {
    return header("Content-Type");
  }

  /** The media type without parameters, lower case ("text/html"), or "" when none was sent. */
  public String mediaType() {
    String ct = contentType();
    if (ct == null) {
      return "";
    }
    int semi = ct.indexOf(';');
    return (semi >= 0 ? ct.substring(0, semi) : ct).strip().toLowerCase(Locale.ROOT);
  }

  /** Whether the server said the resource has not changed (304). */
  public boolean notModified() {
    return status == 304;
  }
}

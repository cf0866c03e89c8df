package org.harmwatch.watch;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A polite HTTP client for watched sources: GET with conditional headers, gzip, redirects followed
 * by hand within a limit (each hop checked against robots.txt), robots.txt honoured per origin
 * (cached for a day; a server error on it refuses the host for an hour), one request at a time per
 * host with a pause between, timeouts on connect, on each read and on the whole response, and a cap
 * on the body size before and after decompression. The robots.txt rules live in {@link
 * RobotsCache}, each single request in {@link HttpExchange}. Thread-safe.
 */
public final class Fetcher implements AutoCloseable {
  private final FetchSettings settings;
  private final Clock clock;
  private final HostGate gate = new HostGate();
  private final AddressGuard guard;
  private final RobotsCache robots;
  private final HttpExchange http;

  /** A fetcher that refuses hosts at private, loopback and link-local addresses. */
  public Fetcher(FetchSettings settings, Clock clock) {
    this(settings, clock, false);
  }

  /**
   * A fetcher with {@code settings}; {@code privateAddresses} lets it fetch hosts at private,
   * loopback and link-local addresses (tests, closed intranets).
   */
  public Fetcher(FetchSettings settings, Clock clock, boolean privateAddresses) {
    this.settings = settings;
    this.clock = clock;
    this.guard = new AddressGuard(privateAddresses);
    this.robots =
        new RobotsCache(
            clock,
            guard,
            (requestUrl, uri, accept, maxBytes) ->
                once(requestUrl, uri, null, null, accept, maxBytes));
    this.http = new HttpExchange(settings, clock);
  }

  /** The settings in force. */
  public FetchSettings settings() {
    return settings;
  }

  /**
   * GETs {@code url}, following redirects. A 304 answer to the conditional headers is returned
   * (with an empty body); any other status outside 200-299 is an error.
   *
   * @param etag the ETag of the last response, sent as If-None-Match (may be null)
   * @param lastModified the Last-Modified of the last response, sent as If-Modified-Since (may be
   *     null)
   * @param accept the Accept header
   * @throws FetchException naming the URL and what failed
   */
  public Fetched get(String url, String etag, String lastModified, String accept)
      throws FetchException, InterruptedException {
    String current = url;
    Set<String> visited = new HashSet<>();
    for (int hop = 0; ; hop++) {
      URI uri = parse(current);
      if (!visited.add(uri.toString())) {
        throw new FetchException("redirect loop: " + url + " comes back to " + current);
      }
      guard.check(uri);
      robots.check(uri);
      Fetched f = once(url, uri, hop == 0 ? etag : null, hop == 0 ? lastModified : null, accept);
      if (f.status() >= 300 && f.status() < 400 && f.status() != 304) {
        String location = f.header("Location");
        if (location == null || location.isBlank()) {
          throw new FetchException(
              current + " answered HTTP " + f.status() + " without a Location to go to");
        }
        if (hop >= settings.maxRedirects()) {
          throw new FetchException(
              "too many redirects: more than " + settings.maxRedirects() + " from " + url);
        }
        try {
          current = uri.resolve(location.strip()).toString();
        } catch (IllegalArgumentException e) {
          throw new FetchException(current + " redirects to a malformed URL: " + location);
        }
        continue;
      }
      if (f.status() == 304 || (f.status() >= 200 && f.status() < 300)) {
        return f;
      }
      throw new FetchException(current + " answered HTTP " + f.status() + statusText(f));
    }
  }

  private static String statusText(Fetched f) {
    String line = f.statusLine();
    if (line == null) {
      return "";
    }
    String[] parts = line.split(" ", 3);
    return parts.length == 3 ? " (" + parts[2].strip() + ")" : "";
  }

  private static URI parse(String url) throws FetchException {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new FetchException("not a valid URL: " + url + " (" + e.getReason() + ")");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException("only http and https URLs are fetched, not " + url);
    }
    if (uri.getHost() == null) {
      throw new FetchException("URL has no host: " + url);
    }
    return uri;
  }

  /** The origin of {@code uri} as "scheme://host:port", the port always given. */
  static String origin(URI uri) {
    int port = uri.getPort();
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (port < 0) {
      port = scheme.equals("https") ? 443 : 80;
    }
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }

  private Fetched once(String requestUrl, URI uri, String etag, String lastModified, String accept)
      throws FetchException, InterruptedException {
    return once(requestUrl, uri, etag, lastModified, accept, settings.maxBytes());
  }

  // One request, no redirects followed, in the host's turn.
  private Fetched once(
      String requestUrl, URI uri, String etag, String lastModified, String accept, int maxBytes)
      throws FetchException, InterruptedException {
    String origin = origin(uri);
    RobotsTxt rules = robots.known(origin);
    Duration delay = settings.hostDelay();
    if (rules != null && rules.crawlDelay() != null && rules.crawlDelay().compareTo(delay) > 0) {
      delay = rules.crawlDelay();
    }
    try (HostGate.Turn turn = gate.enter(origin, delay)) {
      return http.get(requestUrl, uri, etag, lastModified, accept, maxBytes);
    }
  }

  @Override
  public void close() {
    http.close();
  }
}

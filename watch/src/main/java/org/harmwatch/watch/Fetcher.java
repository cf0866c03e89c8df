package org.harmwatch.watch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A polite HTTP client for watched sources: GET with conditional headers, gzip, redirects followed
 * by hand within a limit (each hop checked against robots.txt), robots.txt honoured per origin
 * (cached for a day; a server error on it refuses the host for an hour), one request at a time per
 * host with a pause between, timeouts on connect, on each read and on the whole response, and a cap
 * on the body size before and after decompression. Thread-safe.
 */
public final class Fetcher implements AutoCloseable {
  private static final Duration ROBOTS_TTL = Duration.ofDays(1);
  private static final Duration ROBOTS_ERROR_TTL = Duration.ofHours(1);
  private static final int ROBOTS_MAX_BYTES = 512 * 1024;

  private record CachedRobots(RobotsTxt rules, Instant expires) {}

  private final FetchSettings settings;
  private final Clock clock;
  private final HostGate gate = new HostGate();
  private final Map<String, CachedRobots> robots = new ConcurrentHashMap<>();
  private final ScheduledExecutorService watchdog =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "harmwatch-fetch-deadline");
            t.setDaemon(true);
            return t;
          });

  private final AddressGuard guard;

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
      checkRobots(uri);
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

  private static int port(URI uri) {
    return uri.getPort() >= 0
        ? uri.getPort()
        : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
  }

  private static String origin(URI uri) {
    int port = uri.getPort();
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (port < 0) {
      port = scheme.equals("https") ? 443 : 80;
    }
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }

  private void checkRobots(URI uri) throws FetchException, InterruptedException {
    RobotsTxt rules = robots(uri);
    if (rules.refusal() != null) {
      throw new FetchException(rules.refusal());
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) {
      path += "?" + uri.getRawQuery();
    }
    if (!rules.allows(path)) {
      throw new FetchException("robots.txt of " + uri.getHost() + " disallows " + uri);
    }
  }

  private RobotsTxt robots(URI uri) throws FetchException, InterruptedException {
    String origin = origin(uri);
    Instant now = clock.instant();
    CachedRobots cached = robots.get(origin);
    if (cached != null && cached.expires().isAfter(now)) {
      return cached.rules();
    }
    RobotsTxt rules;
    Duration ttl = ROBOTS_TTL;
    URI robotsUri = URI.create(origin + "/robots.txt");
    try {
      Fetched f = once(robotsUri.toString(), robotsUri, null, null, "text/plain", ROBOTS_MAX_BYTES);
      int hops = 0;
      while (f.status() >= 300 && f.status() < 400 && f.header("Location") != null && hops++ < 5) {
        URI next = robotsUri.resolve(f.header("Location").strip());
        guard.check(next);
        f = once(robotsUri.toString(), next, null, null, "text/plain", ROBOTS_MAX_BYTES);
      }
      if (f.status() >= 200 && f.status() < 300) {
        rules =
            RobotsTxt.parse(
                new String(f.body(), StandardCharsets.UTF_8), FetchSettings.ROBOTS_AGENT);
      } else if (f.status() >= 400 && f.status() < 500) {
        rules = RobotsTxt.ALLOW_ALL;
      } else {
        rules =
            RobotsTxt.refuseAll(
                "robots.txt of "
                    + uri.getHost()
                    + " answered HTTP "
                    + f.status()
                    + "; the host is not fetched until it can be read");
        ttl = ROBOTS_ERROR_TTL;
      }
    } catch (FetchException e) {
      if (e.getMessage().startsWith("cannot connect")
          || e.getMessage().startsWith("unknown host")) {
        // The host itself is unreachable: that is the error, and robots.txt is asked again next
        // time.
        throw e;
      }
      rules =
          RobotsTxt.refuseAll(
              "robots.txt of "
                  + uri.getHost()
                  + " could not be read ("
                  + e.getMessage()
                  + "); the host is not fetched until it can be read");
      ttl = ROBOTS_ERROR_TTL;
    }
    robots.put(origin, new CachedRobots(rules, now.plus(ttl)));
    return rules;
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
    RobotsTxt rules = robots.get(origin) == null ? null : robots.get(origin).rules();
    Duration delay = settings.hostDelay();
    if (rules != null && rules.crawlDelay() != null && rules.crawlDelay().compareTo(delay) > 0) {
      delay = rules.crawlDelay();
    }
    try (HostGate.Turn turn = gate.enter(origin, delay)) {
      return request(requestUrl, uri, etag, lastModified, accept, maxBytes);
    }
  }

  private Fetched request(
      String requestUrl, URI uri, String etag, String lastModified, String accept, int maxBytes)
      throws FetchException {
    HttpURLConnection c;
    try {
      c = (HttpURLConnection) uri.toURL().openConnection();
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new FetchException("not a valid URL: " + uri + " (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new FetchException("cannot open " + uri + ": " + e.getMessage(), e);
    }
    c.setInstanceFollowRedirects(false);
    c.setUseCaches(false);
    c.setConnectTimeout(millis(settings.connectTimeout()));
    c.setReadTimeout(millis(settings.readTimeout()));
    c.setRequestProperty("User-Agent", settings.userAgent());
    c.setRequestProperty("Accept", accept);
    c.setRequestProperty("Accept-Encoding", "gzip");
    if (etag != null) {
      c.setRequestProperty("If-None-Match", etag);
    }
    if (lastModified != null) {
      c.setRequestProperty("If-Modified-Since", lastModified);
    }
    // A server that trickles its headers or body past the deadline is cut off: disconnecting
    // closes the socket under the blocked read.
    AtomicBoolean expired = new AtomicBoolean();
    ScheduledFuture<?> deadline =
        watchdog.schedule(
            () -> {
              expired.set(true);
              c.disconnect();
            },
            settings.totalTimeout().toMillis(),
            TimeUnit.MILLISECONDS);
    Instant started = clock.instant();
    try {
      int status = c.getResponseCode();
      List<Map.Entry<String, String>> headers = new ArrayList<>();
      String statusLine = c.getHeaderField(0);
      for (int i = 1; ; i++) {
        String key = c.getHeaderFieldKey(i);
        String value = c.getHeaderField(i);
        if (key == null && value == null) {
          break;
        }
        if (key != null) {
          headers.add(new AbstractMap.SimpleImmutableEntry<>(key, value));
        }
      }
      long declared = c.getContentLengthLong();
      if (declared > maxBytes) {
        throw new FetchException(
            uri + " sends " + declared + " bytes, more than the " + maxBytes + " byte limit");
      }
      byte[] raw;
      if (status == 304 || status == 204) {
        raw = new byte[0];
      } else {
        InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        raw = in == null ? new byte[0] : readCapped(in, maxBytes, uri, "");
      }
      // The deadline closes the connection, which a read may see as the end of the body: a body
      // cut off that way is not the whole response.
      if (expired.get()) {
        throw timedOut(uri);
      }
      byte[] body = raw;
      String encoding = c.getContentEncoding();
      if (encoding != null && raw.length > 0) {
        String enc = encoding.strip().toLowerCase(Locale.ROOT);
        if (enc.equals("gzip") || enc.equals("x-gzip")) {
          try (InputStream gz = new GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
            body = readCapped(gz, maxBytes, uri, " after gzip decoding");
          } catch (ZipException e) {
            throw new FetchException(uri + " sends a broken gzip body: " + e.getMessage());
          }
        } else if (!enc.equals("identity")) {
          throw new FetchException(
              uri + " sends an unsupported Content-Encoding '" + encoding + "'");
        }
      }
      return new Fetched(
          requestUrl, uri.toString(), status, statusLine, headers, raw, body, started);
    } catch (FetchException e) {
      throw expired.get() ? timedOut(uri) : e;
    } catch (SocketTimeoutException e) {
      throw expired.get()
          ? timedOut(uri)
          : new FetchException(
              uri
                  + " timed out ("
                  + (e.getMessage() != null && e.getMessage().contains("connect")
                      ? "no connection within " + settings.connectTimeout().toSeconds() + " s"
                      : "no data for " + settings.readTimeout().toMillis() + " ms")
                  + ")");
    } catch (UnknownHostException e) {
      throw new FetchException("unknown host " + uri.getHost());
    } catch (ConnectException e) {
      throw new FetchException(
          "cannot connect to " + uri.getHost() + ":" + port(uri) + ": " + e.getMessage());
    } catch (IOException e) {
      throw expired.get()
          ? timedOut(uri)
          : new FetchException("reading " + uri + " failed: " + e.getMessage(), e);
    } finally {
      deadline.cancel(false);
      c.disconnect();
    }
  }

  private FetchException timedOut(URI uri) {
    return new FetchException(
        uri
            + " did not send its whole response within "
            + settings.totalTimeout().toMillis()
            + " ms (a slow or stalled server)");
  }

  private static byte[] readCapped(InputStream in, int maxBytes, URI uri, String how)
      throws IOException, FetchException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[16 * 1024];
      long total = 0;
      int n;
      while ((n = in.read(buf)) >= 0) {
        total += n;
        if (total > maxBytes) {
          throw new FetchException(uri + " sends more than the " + maxBytes + " byte limit" + how);
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    }
  }

  private static int millis(Duration d) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
  }
}

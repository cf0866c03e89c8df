package org.harmwatch.watch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One HTTP GET of the {@link Fetcher}: conditional and gzip headers sent, no redirect followed,
 * timeouts on connect, on each read and on the whole response (a watchdog cuts off a server that
 * trickles), and a cap on the body size before and after decompression. Thread-safe.
 */
final class HttpExchange implements AutoCloseable {
  private final FetchSettings settings;
  private final Clock clock;
  private final ScheduledExecutorService watchdog =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "harmwatch-fetch-deadline");
            t.setDaemon(true);
            return t;
          });

  HttpExchange(FetchSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * GETs {@code uri} once, following no redirect, and reads the whole response within the time and
   * size limits; {@code requestUrl} is the URL first asked for, kept in the answer.
   *
   * @throws FetchException naming the URL and what failed
   */
  Fetched get(
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
          try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(raw))) {
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

  private static int port(URI uri) {
    return uri.getPort() >= 0
        ? uri.getPort()
        : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
  }
}

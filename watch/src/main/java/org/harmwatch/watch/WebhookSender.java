package org.harmwatch.watch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.harmwatch.core.alert.WebhookSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link WebhookSink} over HTTP: each body is POSTed as JSON from a background thread; a
 * failure that may pass (no connection, a timeout, 408, 429 or a 5xx answer) is retried after a
 * delay that doubles each time, up to {@link Settings#attempts} tries. Targets obey the rule of
 * watched sources ({@link AddressGuard}): no private, loopback or link-local addresses unless
 * allowed. Redirects are not followed, so that a public URL cannot forward a body into the server's
 * own network. Thread-safe. Deliveries waiting for a retry are lost when the server stops.
 */
public final class WebhookSender implements WebhookSink, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);

  /**
   * How webhooks are delivered: the number of tries, the delay before the first retry (doubled for
   * each next one) and the connect and read timeout of one try.
   */
  public record Settings(int attempts, Duration firstRetry, Duration timeout) {
    /** Five tries over about five minutes, 10 s per try. */
    public static final Settings DEFAULTS =
        new Settings(5, Duration.ofSeconds(20), Duration.ofSeconds(10));

    public Settings {
      if (attempts < 1) {
        throw new IllegalArgumentException("attempts must be >= 1, was " + attempts);
      }
      Objects.requireNonNull(firstRetry, "firstRetry");
      Objects.requireNonNull(timeout, "timeout");
    }
  }

  private final Settings settings;
  private final AddressGuard guard;
  private final ScheduledExecutorService executor;
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong abandoned = new AtomicLong();

  /** A sender with {@code settings}; {@code privateAllowed} lets targets be on private networks. */
  public WebhookSender(Settings settings, boolean privateAllowed) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.guard = new AddressGuard(privateAllowed);
    this.executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "harmwatch-webhooks");
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public void checkTarget(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
      throw new IllegalArgumentException(
          "a webhook must be an http:// or https:// URL with a host, not '" + url + "'");
    }
    if (url.getRawUserInfo() != null) {
      throw new IllegalArgumentException("a webhook URL must not carry a user name or password");
    }
    try {
      guard.check(url);
    } catch (FetchException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  @Override
  public void send(URI url, String json) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(json, "json");
    executor.execute(() -> attempt(url, json.getBytes(StandardCharsets.UTF_8), 1));
  }

  /** How many bodies were accepted by their target (2xx). */
  public long delivered() {
    return delivered.get();
  }

  /** How many bodies were given up (refused, or still failing after every try). */
  public long abandoned() {
    return abandoned.get();
  }

  private void attempt(URI url, byte[] body, int attempt) {
    String failure;
    boolean retry;
    try {
      checkTarget(url);
      int status = post(url, body);
      if (status >= 200 && status < 300) {
        delivered.incrementAndGet();
        return;
      }
      failure = "HTTP " + status;
      retry = status == 408 || status == 429 || status >= 500;
    } catch (IllegalArgumentException e) {
      failure = e.getMessage();
      retry = false;
    } catch (IOException e) {
      failure = e.getClass().getSimpleName() + ": " + e.getMessage();
      retry = true;
    }
    // The URL may hold a secret token: logs name the host only.
    if (retry && attempt < settings.attempts()) {
      long delay = settings.firstRetry().toMillis() << Math.min(attempt - 1, 20);
      LOG.info(
          "webhook to {} failed ({}), try {} of {} in {} ms",
          url.getHost(),
          failure,
          attempt + 1,
          settings.attempts(),
          delay);
      executor.schedule(() -> attempt(url, body, attempt + 1), delay, TimeUnit.MILLISECONDS);
      return;
    }
    abandoned.incrementAndGet();
    LOG.warn("webhook to {} given up after {} tries: {}", url.getHost(), attempt, failure);
  }

  private int post(URI url, byte[] body) throws IOException {
    HttpURLConnection c = (HttpURLConnection) url.toURL().openConnection();
    try {
      c.setInstanceFollowRedirects(false);
      c.setConnectTimeout((int) settings.timeout().toMillis());
      c.setReadTimeout((int) settings.timeout().toMillis());
      c.setRequestMethod("POST");
      c.setDoOutput(true);
      c.setRequestProperty("Content-Type", "application/json; charset=utf-8");
      c.setRequestProperty("User-Agent", "harmwatch-webhook");
      c.setFixedLengthStreamingMode(body.length);
      try (OutputStream out = c.getOutputStream()) {
        out.write(body);
      }
      int status = c.getResponseCode();
      InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
      if (in != null) {
        try (in) {
          in.readNBytes(64 * 1024);
        }
      }
      return status;
    } finally {
      c.disconnect();
    }
  }

  /** Stops the background thread; deliveries still waiting are dropped. */
  @Override
  public void close() {
    executor.shutdownNow();
  }
}

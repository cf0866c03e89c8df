package org.harmwatch.watch;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits of one HTTP fetch: connect and read timeouts, a deadline for the whole response (so a
 * server trickling bytes cannot hold a worker), redirects followed, the largest body read (after
 * gzip decoding too), the pause between two requests to one host, and the User-Agent sent.
 */
public record FetchSettings(
    Duration connectTimeout,
    Duration readTimeout,
    Duration totalTimeout,
    int maxRedirects,
    int maxBytes,
    Duration hostDelay,
    String userAgent) {
  /** The robots.txt token this crawler answers to. */
  public static final String ROBOTS_AGENT = "harmwatch";

  /**
   * Defaults: 10 s to connect, 20 s between bytes, 60 s in all, 5 redirects, 10 MiB, 2 s a host.
   */
  public static final FetchSettings DEFAULTS =
      new FetchSettings(
          Duration.ofSeconds(10),
          Duration.ofSeconds(20),
          Duration.ofSeconds(60),
          5,
          10 * 1024 * 1024,
          Duration.ofSeconds(2),
          "harmwatch/0.1 (+https://github.com/harmwatch; monitoring of reports on civilian harm)");

  public FetchSettings {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(totalTimeout, "totalTimeout");
    Objects.requireNonNull(hostDelay, "hostDelay");
    Objects.requireNonNull(userAgent, "userAgent");
    if (maxRedirects < 0 || maxBytes <= 0) {
      throw new IllegalArgumentException("maxRedirects must be >= 0 and maxBytes > 0");
    }
  }

  /** These settings with another pause between requests to one host. */
  public FetchSettings withHostDelay(Duration delay) {
    return new FetchSettings(
        connectTimeout, readTimeout, totalTimeout, maxRedirects, maxBytes, delay, userAgent);
  }
}

package org.harmwatch.watch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The robots.txt rules of each origin the {@link Fetcher} visits, read on first need and kept for a
 * day; a robots.txt that cannot be read (a server error, a broken answer) refuses its host for an
 * hour, while a missing one (4xx) allows everything. Thread-safe.
 */
final class RobotsCache {
  private static final Duration ROBOTS_TTL = Duration.ofDays(1);
  private static final Duration ROBOTS_ERROR_TTL = Duration.ofHours(1);
  private static final int ROBOTS_MAX_BYTES = 512 * 1024;

  /** How the cache GETs a robots.txt: one request, no redirects followed, in the host's turn. */
  @FunctionalInterface
  interface Getter {
    Fetched get(String requestUrl, URI uri, String accept, int maxBytes)
        throws FetchException, InterruptedException;
  }

  private record CachedRobots(RobotsTxt rules, Instant expires) {}

  private final Clock clock;
  private final AddressGuard guard;
  private final Getter getter;
  private final Map<String, CachedRobots> robots = new ConcurrentHashMap<>();

  RobotsCache(Clock clock, AddressGuard guard, Getter getter) {
    this.clock = clock;
    this.guard = guard;
    this.getter = getter;
  }

  /** The rules last read for {@code origin} (e.g. "https://example.org:443"), or null. */
  RobotsTxt known(String origin) {
    CachedRobots cached = robots.get(origin);
    return cached == null ? null : cached.rules();
  }

  /**
   * Refuses {@code uri} when the robots.txt of its origin disallows it, or when that robots.txt
   * could not be read (see the class comment).
   *
   * @throws FetchException naming the host and why it is refused
   */
  void check(URI uri) throws FetchException, InterruptedException {
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
    String origin = Fetcher.origin(uri);
    Instant now = clock.instant();
    CachedRobots cached = robots.get(origin);
    if (cached != null && cached.expires().isAfter(now)) {
      return cached.rules();
    }
    RobotsTxt rules;
    Duration ttl = ROBOTS_TTL;
    URI robotsUri = URI.create(origin + "/robots.txt");
    try {
      Fetched f = getter.get(robotsUri.toString(), robotsUri, "text/plain", ROBOTS_MAX_BYTES);
      int hops = 0;
      while (f.status() >= 300 && f.status() < 400 && f.header("Location") != null && hops++ < 5) {
        URI next = robotsUri.resolve(f.header("Location").strip());
        guard.check(next);
        f = getter.get(robotsUri.toString(), next, "text/plain", ROBOTS_MAX_BYTES);
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
}

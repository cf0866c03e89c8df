package org.harmwatch.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The robots.txt rules per origin: read once, kept a day, a broken one refusing for an hour. */
class RobotsCacheTest {
  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

  private final List<String> asked = new ArrayList<>();
  private int status = 200;
  private String body = "User-agent: *\nDisallow: /private\n";
  private Instant now = T0;

  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  private final RobotsCache cache =
      new RobotsCache(
          clock,
          new AddressGuard(true),
          (requestUrl, uri, accept, maxBytes) -> {
            asked.add(uri.toString());
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            return new Fetched(
                requestUrl, uri.toString(), status, "HTTP/1.1 " + status, List.of(), b, b, now);
          });

  @Test
  void rulesAreReadOncePerOriginAndHonoured() throws Exception {
    assertThat(cache.known("https://news.example:443")).isNull();
    cache.check(URI.create("https://news.example/public/a"));
    assertThatThrownBy(() -> cache.check(URI.create("https://news.example/private/b")))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("robots.txt of news.example disallows");
    assertThat(asked).containsExactly("https://news.example:443/robots.txt");
    assertThat(cache.known("https://news.example:443")).isNotNull();

    now = T0.plus(Duration.ofDays(1)).plusSeconds(1);
    cache.check(URI.create("https://news.example/public/c"));
    assertThat(asked).hasSize(2);
  }

  @Test
  void aMissingRobotsTxtAllowsEverything() {
    status = 404;
    assertThatCode(() -> cache.check(URI.create("http://news.example/private/a")))
        .doesNotThrowAnyException();
  }

  @Test
  void aServerErrorRefusesTheHostForAnHour() throws Exception {
    status = 503;
    assertThatThrownBy(() -> cache.check(URI.create("http://news.example/a")))
        .hasMessageContaining("answered HTTP 503");
    status = 200;
    now = T0.plus(Duration.ofMinutes(59));
    assertThatThrownBy(() -> cache.check(URI.create("http://news.example/a")))
        .hasMessageContaining("answered HTTP 503");
    now = T0.plus(Duration.ofMinutes(61));
    cache.check(URI.create("http://news.example/a"));
    assertThat(asked).hasSize(2);
  }
}

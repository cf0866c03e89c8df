package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  /** A clock the test moves by hand. */
  private static final class Manual extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @Test
  void theWaitStartsAfterTheLimitAndDoublesWithEachFurtherFailure() {
    Manual clock = new Manual();
    LoginThrottle t = new LoginThrottle(3, Duration.ofSeconds(30), Duration.ofMinutes(15), clock);
    for (int i = 0; i < 2; i++) {
      t.failed("ada@10.0.0.1");
    }
    assertThat(t.retryAfterSeconds("ada@10.0.0.1")).isZero();
    t.failed("ada@10.0.0.1");
    assertThat(t.retryAfterSeconds("ada@10.0.0.1")).isEqualTo(30);
    clock.now = clock.now.plusSeconds(30);
    assertThat(t.retryAfterSeconds("ada@10.0.0.1")).isZero();
    t.failed("ada@10.0.0.1");
    assertThat(t.retryAfterSeconds("ada@10.0.0.1")).isEqualTo(60);
    clock.now = clock.now.plusSeconds(60);
    t.failed("ada@10.0.0.1");
    assertThat(t.retryAfterSeconds("ada@10.0.0.1")).isEqualTo(120);
    assertThat(t.retryAfterSeconds("ada@10.0.0.2")).isZero();
  }

  @Test
  void theWaitNeverPassesTheWindowAndOldFailuresAreForgotten() {
    Manual clock = new Manual();
    LoginThrottle t = new LoginThrottle(1, Duration.ofSeconds(30), Duration.ofMinutes(5), clock);
    for (int i = 0; i < 20; i++) {
      t.failed("k");
    }
    assertThat(t.retryAfterSeconds("k")).isEqualTo(300);
    clock.now = clock.now.plus(Duration.ofMinutes(5));
    assertThat(t.retryAfterSeconds("k")).isZero();
    t.failed("k");
    assertThat(t.retryAfterSeconds("k")).isEqualTo(30);
    t.succeeded("k");
    assertThat(t.retryAfterSeconds("k")).isZero();
  }
}

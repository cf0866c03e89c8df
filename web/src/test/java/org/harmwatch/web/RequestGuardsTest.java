package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which Origin headers name the site a request came to. */
class RequestGuardsTest {
  @Test
  void theSameSchemeHostAndPortIsTheSameOrigin() {
    assertThat(RequestGuards.sameOrigin("http://harm.example", "harm.example")).isTrue();
    assertThat(RequestGuards.sameOrigin("https://harm.example", "HARM.example:443")).isTrue();
    assertThat(RequestGuards.sameOrigin("http://127.0.0.1:8080", "127.0.0.1:8080")).isTrue();
    assertThat(RequestGuards.sameOrigin("http://[::1]:8080", "[::1]:8080")).isTrue();
  }

  @Test
  void anotherHostPortOrSchemeOrAMalformedOriginIsNot() {
    assertThat(RequestGuards.sameOrigin("http://evil.example", "harm.example")).isFalse();
    assertThat(RequestGuards.sameOrigin("http://harm.example:8081", "harm.example:8080")).isFalse();
    assertThat(RequestGuards.sameOrigin("https://harm.example", "harm.example:80")).isFalse();
    assertThat(RequestGuards.sameOrigin("ftp://harm.example", "harm.example")).isFalse();
    assertThat(RequestGuards.sameOrigin("http://harm.example/page", "harm.example")).isFalse();
    assertThat(RequestGuards.sameOrigin("null", "harm.example")).isFalse();
    assertThat(RequestGuards.sameOrigin("http://harm.example", null)).isFalse();
    assertThat(RequestGuards.sameOrigin("http://harm.example", "harm.example:x")).isFalse();
  }
}

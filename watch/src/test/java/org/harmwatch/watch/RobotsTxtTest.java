package org.harmwatch.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** robots.txt rules as RFC 9309 reads them. */
class RobotsTxtTest {
  @Test
  void ourGroupWinsOverTheStarGroup() {
    RobotsTxt r =
        RobotsTxt.parse(
            "User-agent: *\nDisallow: /\n\nUser-agent: Harmwatch\nDisallow: /private\nCrawl-delay: 5\n",
            "harmwatch");
    assertThat(r.allows("/news/a")).isTrue();
    assertThat(r.allows("/private/x")).isFalse();
    assertThat(r.crawlDelay()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void longestMatchWinsAndAllowWinsATie() {
    RobotsTxt r =
        RobotsTxt.parse(
            "User-agent: *\nDisallow: /news/\nAllow: /news/africa/\nDisallow: /*.pdf$\n"
                + "Disallow: /search?q=*\n# comment\n",
            "harmwatch");
    assertThat(r.allows("/news/world/x")).isFalse();
    assertThat(r.allows("/news/africa/x")).isTrue();
    assertThat(r.allows("/files/report.pdf")).isFalse();
    assertThat(r.allows("/files/report.pdf?download=1")).isTrue();
    assertThat(r.allows("/search?q=mali")).isFalse();
    assertThat(r.allows("/")).isTrue();
  }

  @Test
  void emptyDisallowAndGroupsOfSeveralAgents() {
    RobotsTxt r =
        RobotsTxt.parse(
            "User-agent: googlebot\nUser-agent: harmwatch\nDisallow:\n\nUser-agent: *\nDisallow: /\n",
            "harmwatch");
    assertThat(r.allows("/anything")).isTrue();
    assertThat(RobotsTxt.refuseAll("robots.txt answered 503").allows("/")).isFalse();
    assertThat(RobotsTxt.ALLOW_ALL.allows("/x")).isTrue();
  }
}

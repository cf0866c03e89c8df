package org.harmwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {
  private final HtmlSanitizer sanitizer = new HtmlSanitizer();

  @Test
  void removesEverythingThatCouldRunOrLoadAndKeepsTheText() {
    String clean =
        sanitizer.sanitize(
            "<h2>Report</h2><p onclick=\"steal()\">Villagers <b>fled</b>.</p>"
                + "<script>alert(1)</script><style>p{}</style>"
                + "<img src=\"http://tracker.example/x.gif\"><iframe src=\"http://x\"></iframe>"
                + "<a href=\"javascript:alert(1)\">bad</a>"
                + "<a href=\"https://example.org/report\">full report</a>"
                + "<form action=\"/x\"><input name=q></form><ul><li>one</li></ul>");
    assertThat(clean)
        .doesNotContain("script")
        .doesNotContain("onclick")
        .doesNotContain("<img")
        .doesNotContain("iframe")
        .doesNotContain("javascript:")
        .doesNotContain("<style")
        .doesNotContain("<form")
        .contains("<h2>Report</h2>")
        .contains("<b>fled</b>")
        .contains("href=\"https://example.org/report\"")
        .contains("nofollow")
        .contains("<li>one</li>");
  }

  @Test
  void linksAreForcedToNofollowNoopenerAndLoseTheirHandlers() {
    String clean =
        sanitizer.sanitize(
            "<p>See <a href=\"https://example.org/r\" onmouseover=\"x()\" target=\"_top\">"
                + "the report</a> and <a href=\"JaVaScRiPt:alert(1)\">this</a>.</p>"
                + "<table><tr><td>Djibo</td><td>12</td></tr></table>"
                + "<div style=\"background:url(http://x/y.png)\">styled</div>"
                + "<img src=\"data:image/png;base64,AAAA\"><object data=\"http://x/f.swf\"></object>");
    assertThat(clean)
        .containsPattern("<a href=\"https://example.org/r\" rel=\"[a-z ]*\">the report</a>")
        .contains("nofollow")
        .contains("noopener")
        .contains("the report</a>")
        .contains("<td>Djibo</td>")
        .contains("styled")
        .doesNotContainIgnoringCase("javascript")
        .doesNotContain("onmouseover")
        .doesNotContain("target")
        .doesNotContain("style=")
        .doesNotContain("http://x")
        .doesNotContain("<img")
        .doesNotContain("<object");
  }

  @Test
  void nullAndPlainTextAreSafe() {
    assertThat(sanitizer.sanitize(null)).isEmpty();
    assertThat(sanitizer.sanitize("5 < 6 & \"quotes\""))
        .isEqualTo("5 &lt; 6 &amp; &#34;quotes&#34;");
  }
}

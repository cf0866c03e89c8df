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
}

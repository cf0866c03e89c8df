package org.harmwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {
  private static List<LineReader.Line> lines(String input, int max) throws IOException {
    List<LineReader.Line> out = new ArrayList<>();
    try (LineReader r = new LineReader(new StringReader(input), max)) {
      for (LineReader.Line l = r.next(); l != null; l = r.next()) {
        out.add(l);
      }
    }
    return out;
  }

  @Test
  void splitsOnNewlinesDropsCarriageReturnsAndKeepsALastLineWithoutNewline() throws IOException {
    assertThat(lines("a\r\n\nbc\nlast", 100))
        .containsExactly(
            new LineReader.Line(1, "a"),
            new LineReader.Line(2, ""),
            new LineReader.Line(3, "bc"),
            new LineReader.Line(4, "last"));
    assertThat(lines("a\n", 100)).containsExactly(new LineReader.Line(1, "a"));
    assertThat(lines("", 100)).isEmpty();
  }

  @Test
  void anOverLongLineIsReportedWithoutItsTextAndTheNextLineIsIntact() throws IOException {
    String longLine = "x".repeat(20_000);
    assertThat(lines("ok\n" + longLine + "\nafter", 10_000))
        .containsExactly(
            new LineReader.Line(1, "ok"),
            new LineReader.Line(2, null),
            new LineReader.Line(3, "after"));
  }
}

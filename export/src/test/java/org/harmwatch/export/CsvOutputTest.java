package org.harmwatch.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.harmwatch.testkit.CsvParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvOutputTest {
  @Test
  void quotesCommasQuotesAndLineBreaksSoAStrictParserReadsThemBack() throws IOException {
    List<String> cells =
        List.of(
            "plain",
            "a, b",
            "say \"hi\"",
            "two\nlines",
            "cr\r\nlf",
            "",
            "é ü ç ‘quotes’ 中文",
            "\"\"",
            " spaced ");
    StringWriter w = new StringWriter();
    CsvOutput csv = new CsvOutput(w);
    for (String c : cells) {
      csv.text(c);
    }
    csv.endRow();
    csv.text("x").number(-12.5).number(null).endRow();
    List<List<String>> rows = CsvParser.parse(w.toString());
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).containsExactlyElementsOf(cells);
    assertThat(rows.get(1)).containsExactly("x", "-12.5", "");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "=1+2|'=1+2",
        "+33 6 12|'+33 6 12",
        "-2+3|'-2+3",
        "@SUM(A1)|'@SUM(A1)",
        "safe = text|safe = text",
        "Djibo|Djibo"
      })
  void textCellsThatASpreadsheetWouldRunAsFormulasStartWithAnApostrophe(String in, String out) {
    assertThat(CsvOutput.defuse(in)).isEqualTo(out);
  }

  @Test
  void tabAndCarriageReturnAtTheStartAreDefusedToo() {
    assertThat(CsvOutput.defuse("\tx")).isEqualTo("'\tx");
    assertThat(CsvOutput.defuse("\rx")).isEqualTo("'\rx");
  }

  @Test
  void numbersAreNotDefused() throws IOException {
    StringWriter w = new StringWriter();
    new CsvOutput(w).number(-1.63).endRow();
    assertThat(w.toString()).isEqualTo("-1.63\r\n");
  }

  @Test
  void theTestParserRejectsMalformedCsv() {
    assertThatThrownBy(() -> CsvParser.parse("a\"b\r\n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CsvParser.parse("\"a\"b\r\n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CsvParser.parse("a\nb\r\n"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package org.harmwatch.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  private static List<CsvRecord> read(String text, int maxCell) throws IOException {
    CsvReader r = new CsvReader(new StringReader(text), maxCell);
    List<CsvRecord> out = new ArrayList<>();
    CsvRecord rec;
    while ((rec = r.next()) != null) {
      out.add(rec);
    }
    return out;
  }

  private static List<CsvRecord> read(String text) throws IOException {
    return read(text, CsvReader.DEFAULT_MAX_CELL);
  }

  @Test
  void plainRecordsWithEveryLineEnd() throws IOException {
    List<CsvRecord> rs = read("a,b,c\r\n1,2,3\n4,5,6\r7,8,9");
    assertThat(rs)
        .extracting(CsvRecord::cells)
        .containsExactly(
            List.of("a", "b", "c"),
            List.of("1", "2", "3"),
            List.of("4", "5", "6"),
            List.of("7", "8", "9"));
    assertThat(rs).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L, 4L);
    assertThat(rs).allMatch(r -> r.error() == null);
  }

  @Test
  void quotedCellsHoldCommasQuotesAndLineBreaks() throws IOException {
    List<CsvRecord> rs = read("id,notes\r\n1,\"a, \"\"b\"\"\r\nc\nd\"\r\n2,x\r\n");
    assertThat(rs.get(1).cells()).containsExactly("1", "a, \"b\"\r\nc\nd");
    assertThat(rs.get(2).line()).as("line numbers count the breaks inside quotes").isEqualTo(5);
    assertThat(rs.get(2).cells()).containsExactly("2", "x");
  }

  @Test
  void emptyCellsAndTrailingCommaAndBlankLines() throws IOException {
    List<CsvRecord> rs = read("a,,c,\r\n\r\n\r\n,\"\",\n");
    assertThat(rs.get(0).cells()).containsExactly("a", "", "c", "");
    assertThat(rs.get(1).cells()).containsExactly("", "", "");
    assertThat(rs.get(1).line()).isEqualTo(4);
  }

  @Test
  void textAfterClosingQuoteIsReportedWithItsCellAndReadingGoesOn() throws IOException {
    List<CsvRecord> rs = read("1,\"ab\"cd,3\r\n2,ok,4\r\n");
    assertThat(rs.get(0).error()).isEqualTo("text after the closing quote");
    assertThat(rs.get(0).errorColumn()).isEqualTo(1);
    assertThat(rs.get(1).cells()).containsExactly("2", "ok", "4");
    assertThat(rs.get(1).error()).isNull();
  }

  @Test
  void aQuoteNeverClosedEndsTheFileWithAnError() throws IOException {
    List<CsvRecord> rs = read("1,ok\r\n2,\"never closed\r\n3,more\r\n");
    assertThat(rs).hasSize(2);
    assertThat(rs.get(1).error()).isEqualTo("the quote opened on line 2 is never closed");
  }

  @Test
  void aQuoteInsideAnUnquotedCellIsKept() throws IOException {
    assertThat(read("5\" pipe,x\n").get(0).cells()).containsExactly("5\" pipe", "x");
  }

  @Test
  void aCellOverTheLimitIsRefusedAndTheNextRecordRead() throws IOException {
    List<CsvRecord> rs = read("1,\"" + "x".repeat(50) + "\",3\r\n2,y,4\r\n", 20);
    assertThat(rs.get(0).error()).isEqualTo("a cell longer than 20 characters; refused");
    assertThat(rs.get(0).errorColumn()).isEqualTo(1);
    assertThat(rs.get(0).cells()).containsExactly("1", "", "3");
    assertThat(rs.get(1).cells()).containsExactly("2", "y", "4");
  }

  @Test
  void aTenMegabyteCellIsRefusedAtTheDefaultLimit() throws IOException {
    String big = "n".repeat(CsvReader.DEFAULT_MAX_CELL + 1);
    List<CsvRecord> rs = read("id,notes\n1," + big + "\n2,small\n");
    assertThat(rs.get(1).error()).isEqualTo("a cell longer than 10,000,000 characters; refused");
    assertThat(rs.get(2).cells()).containsExactly("2", "small");
    List<CsvRecord> fits = read("1," + "n".repeat(CsvReader.DEFAULT_MAX_CELL) + "\n");
    assertThat(fits.get(0).error()).isNull();
  }
}

package org.harmwatch.export;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes CSV as RFC 4180 defines it (comma-separated, CRLF line ends, a field quoted when it holds
 * a comma, quote, CR or LF, quotes doubled), safe to open in a spreadsheet: a text cell that starts
 * with {@code = + - @}, a tab or a CR, which Excel and LibreOffice would run as a formula, is
 * prefixed with an apostrophe. Numbers are written as they are (a negative longitude stays a
 * number). Not thread-safe.
 */
public final class CsvOutput {
  private final Writer out;
  private boolean rowStarted;

  public CsvOutput(Writer out) {
    this.out = out;
  }

  /** A text cell (null is empty), escaped against formula injection and quoted when needed. */
  public CsvOutput text(String value) throws IOException {
    separator();
    if (value == null || value.isEmpty()) {
      return this;
    }
    String v = defuse(value);
    if (needsQuotes(v)) {
      out.write('"');
      out.write(v.replace("\"", "\"\""));
      out.write('"');
    } else {
      out.write(v);
    }
    return this;
  }

  /** A number cell (null is empty). */
  public CsvOutput number(Number value) throws IOException {
    separator();
    if (value != null) {
      out.write(value.toString());
    }
    return this;
  }

  /** A row of header names. */
  public CsvOutput header(Iterable<String> names) throws IOException {
    for (String n : names) {
      text(n);
    }
    return endRow();
  }

  /** Ends the current row. */
  public CsvOutput endRow() throws IOException {
    out.write("\r\n");
    rowStarted = false;
    return this;
  }

  /** Flushes the writer. */
  public void flush() throws IOException {
    out.flush();
  }

  /** {@code value} with an apostrophe in front when a spreadsheet would read it as a formula. */
  static String defuse(String value) {
    if (value.isEmpty()) {
      return value;
    }
    char c = value.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
        ? "'" + value
        : value;
  }

  private static boolean needsQuotes(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  private void separator() throws IOException {
    if (rowStarted) {
      out.write(',');
    }
    rowStarted = true;
  }
}

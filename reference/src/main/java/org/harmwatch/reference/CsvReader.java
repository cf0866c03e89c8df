package org.harmwatch.reference;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 defines it, streaming, one record at a time: cells separated by commas,
 * records by CRLF, LF or CR; a cell in double quotes may hold commas, quotes (doubled) and line
 * breaks. Lenient where spreadsheets are (a quote inside an unquoted cell is kept as it is) and
 * strict where data would be lost: text after a closing quote, a cell longer than the limit and a
 * quote never closed are reported on the record (line and cell), and reading goes on with the next
 * record (a quote never closed ends the file). Blank lines are skipped. Not thread-safe.
 */
public final class CsvReader {
  /** The default limit of one cell: 10,000,000 characters (10 MB of ASCII). */
  public static final int DEFAULT_MAX_CELL = 10_000_000;

  private final Reader in;
  private final int maxCell;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private long line = 1;
  private boolean eof;
  private int pushedBack = -1;

  /** A reader of {@code in} refusing cells over {@code maxCell} characters. */
  public CsvReader(Reader in, int maxCell) {
    if (maxCell < 1) {
      throw new IllegalArgumentException("maxCell must be positive: " + maxCell);
    }
    this.in = in;
    this.maxCell = maxCell;
  }

  /** A reader of {@code in} with the {@link #DEFAULT_MAX_CELL} limit. */
  public CsvReader(Reader in) {
    this(in, DEFAULT_MAX_CELL);
  }

  /** The next record, or null at the end of the input. */
  public CsvRecord next() throws IOException {
    int c = read();
    // Blank lines are no records.
    while (c == '\n' || c == '\r') {
      c = lineBreak(c);
    }
    if (c < 0) {
      return null;
    }
    long start = line;
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    String error = null;
    int errorColumn = -1;
    boolean tooLong = false;
    while (true) {
      if (c == '"' && cell.isEmpty() && !tooLong) {
        long quoteLine = line;
        // A quoted cell: up to the quote that is not doubled.
        while (true) {
          c = read();
          if (c < 0) {
            if (error == null) {
              error = "the quote opened on line " + quoteLine + " is never closed";
              errorColumn = cells.size();
            }
            cells.add(tooLong ? "" : cell.toString());
            return new CsvRecord(start, cells, error, errorColumn);
          }
          if (c == '"') {
            int d = read();
            if (d == '"') {
              tooLong = append(cell, '"', tooLong);
              continue;
            }
            c = d;
            break;
          }
          if (c == '\r') {
            tooLong = append(cell, '\r', tooLong);
            c = read();
            if (c != '\n') {
              unread(c);
              line++;
              continue;
            }
          }
          if (c == '\n') {
            line++;
          }
          tooLong = append(cell, (char) c, tooLong);
        }
        if (c >= 0 && c != ',' && c != '\n' && c != '\r') {
          if (error == null) {
            error = "text after the closing quote";
            errorColumn = cells.size();
          }
          while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
            tooLong = append(cell, (char) c, tooLong);
            c = read();
          }
        }
      } else {
        while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
          tooLong = append(cell, (char) c, tooLong);
          c = read();
        }
      }
      if (tooLong && error == null) {
        error = "a cell longer than " + String.format("%,d", maxCell) + " characters; refused";
        errorColumn = cells.size();
      }
      cells.add(tooLong ? "" : cell.toString());
      cell.setLength(0);
      tooLong = false;
      if (c == ',') {
        c = read();
        if (c < 0 || c == '\n' || c == '\r') {
          cells.add("");
        } else {
          continue;
        }
      }
      if (c == '\r') {
        int d = read();
        if (d != '\n') {
          unread(d);
        }
      }
      if (c == '\n' || c == '\r') {
        line++;
      }
      return new CsvRecord(start, cells, error, errorColumn);
    }
  }

  /** The line the reader is on (1-based). */
  public long line() {
    return line;
  }

  // Appends c unless the cell is already over the limit; returns whether it is now over.
  private boolean append(StringBuilder cell, char c, boolean tooLong) {
    if (tooLong) {
      return true;
    }
    if (cell.length() >= maxCell) {
      cell.setLength(0);
      cell.trimToSize();
      return true;
    }
    cell.append(c);
    return false;
  }

  // Consumes a line break starting with c (CRLF counts once); returns the character after it.
  private int lineBreak(int c) throws IOException {
    if (c == '\r') {
      int d = read();
      if (d != '\n') {
        unread(d);
      }
    }
    line++;
    return read();
  }

  private void unread(int c) {
    pushedBack = c;
  }

  private int read() throws IOException {
    if (pushedBack != -1) {
      int c = pushedBack;
      pushedBack = -1;
      return c;
    }
    if (pos == len) {
      if (eof) {
        return -1;
      }
      len = in.read(buf, 0, buf.length);
      pos = 0;
      if (len <= 0) {
        eof = true;
        len = 0;
        return -1;
      }
    }
    return buf[pos++];
  }
}

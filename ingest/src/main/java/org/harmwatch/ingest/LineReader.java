package org.harmwatch.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines with a bound on their length, so that a file without line breaks (a binary file named
 * {@code .jsonl}, say) cannot exhaust memory: an over-long line is skipped and reported as such.
 * Lines end at {@code \n}; a trailing {@code \r} is dropped. Not thread-safe.
 */
final class LineReader implements Closeable {
  /** One line: its 1-based number and its text, or null text when it was too long. */
  record Line(long number, String text) {}

  private final Reader in;
  private final int maxChars;
  private final char[] buf = new char[8192];
  private int pos;
  private int len;
  private long lineNo;

  LineReader(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    StringBuilder sb = new StringBuilder();
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == len) {
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
          len = 0;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int start = pos;
      while (pos < len && buf[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      if (!tooLong) {
        if (sb.length() + n > maxChars) {
          tooLong = true;
          sb = new StringBuilder();
        } else {
          sb.append(buf, start, n);
        }
      }
      if (pos < len) {
        pos++;
        break;
      }
    }
    lineNo++;
    if (tooLong) {
      return new Line(lineNo, null);
    }
    int end = sb.length();
    if (end > 0 && sb.charAt(end - 1) == '\r') {
      sb.setLength(end - 1);
    }
    return new Line(lineNo, sb.toString());
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

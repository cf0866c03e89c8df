package org.harmwatch.reference;

import java.util.List;

/**
 * One record of a CSV file: the line it starts on (1-based), its cells, and what was wrong with it
 * ({@code error}, null when it was well-formed; {@code errorColumn} the 0-based cell the error is
 * in, or -1).
 */
public record CsvRecord(long line, List<String> cells, String error, int errorColumn) {
  public CsvRecord {
    cells = List.copyOf(cells);
  }
}

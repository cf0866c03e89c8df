package org.harmwatch.core.reference;

/**
 * Why one row of an imported file was refused: its line (1-based, the line the row starts on), the
 * column (header name; null for the whole row) and the reason.
 */
public record RowError(long line, String column, String message) {
  @Override
  public String toString() {
    return "line " + line + (column == null ? "" : ", column " + column) + ": " + message;
  }
}

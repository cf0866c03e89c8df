package org.harmwatch.reference;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harmwatch.core.reference.RowError;

/**
 * One data record read against its file's header: typed cells by column name, each check adding a
 * {@link RowError} (line, column, why) instead of throwing, so that every problem of a row is
 * reported at once. Not thread-safe.
 */
final class Row {
  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter DASHED_DATE =
      DateTimeFormatter.ofPattern("d-MMMM-uuuu", Locale.ENGLISH);

  private final Map<String, Integer> header;
  private final CsvRecord record;
  final List<RowError> errors = new ArrayList<>();

  Row(Map<String, Integer> header, CsvRecord record) {
    this.header = header;
    this.record = record;
  }

  long line() {
    return record.line();
  }

  void error(String column, String message) {
    errors.add(new RowError(record.line(), column, message));
  }

  /** The trimmed cell of {@code column}, null when empty or the file has no such column. */
  String text(String column) {
    Integer i = header.get(column);
    if (i == null || i >= record.cells().size()) {
      return null;
    }
    String v = record.cells().get(i).strip();
    return v.isEmpty() ? null : v;
  }

  /** The cell of a column that must be filled; an error when empty. */
  String required(String column) {
    String v = text(column);
    if (v == null) {
      error(column, "empty; a value is required");
    }
    return v;
  }

  /** An integer in [min, max]; null when empty; an error when not one. */
  Integer integer(String column, int min, int max) {
    String v = text(column);
    if (v == null) {
      return null;
    }
    // Spreadsheets write whole numbers as "12.0".
    String s = v.endsWith(".0") ? v.substring(0, v.length() - 2) : v;
    try {
      int n = Integer.parseInt(s);
      if (n < min || n > max) {
        error(column, "'" + v + "' is outside " + min + "-" + max);
        return null;
      }
      return n;
    } catch (NumberFormatException e) {
      error(column, "'" + clip(v) + "' is not a whole number");
      return null;
    }
  }

  /** A decimal in [min, max]; null when empty; an error when not one. */
  Double decimal(String column, double min, double max) {
    String v = text(column);
    if (v == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(v);
      if (!(d >= min && d <= max)) {
        error(column, "'" + v + "' is outside " + min + " to " + max);
        return null;
      }
      return d;
    } catch (NumberFormatException e) {
      error(
          column,
          "'"
              + clip(v)
              + "' is not a number"
              + (v.contains(",") ? " (use a point, not a comma, for decimals)" : ""));
      return null;
    }
  }

  /**
   * A date: ISO (2024-03-12, also with a time after it, as UCDP writes), or ACLED's long forms ("12
   * March 2024", "12-March-2024"). Null when empty; an error when none of these.
   */
  LocalDate date(String column) {
    String v = text(column);
    if (v == null) {
      return null;
    }
    String s = v;
    if (s.length() > 10 && s.charAt(4) == '-' && (s.charAt(10) == ' ' || s.charAt(10) == 'T')) {
      s = s.substring(0, 10);
    }
    for (DateTimeFormatter f :
        new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, LONG_DATE, DASHED_DATE}) {
      try {
        return LocalDate.parse(s, f);
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    error(
        column,
        "'" + clip(v) + "' is not a date (expected YYYY-MM-DD or a date like '12 March 2024')");
    return null;
  }

  static String clip(String v) {
    return v.length() <= 60 ? v : v.substring(0, 57) + "...";
  }
}

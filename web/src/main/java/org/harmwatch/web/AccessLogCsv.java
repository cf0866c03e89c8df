package org.harmwatch.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.harmwatch.core.account.AccountStore;
import org.harmwatch.export.CsvOutput;

/**
 * The access log as CSV (RFC 4180, spreadsheet-safe): one row per read of a document's text, oldest
 * first, with columns {@code at, user, channel, address, document_id}. Shared by the API and the
 * CLI. Stateless and thread-safe.
 */
public final class AccessLogCsv {
  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of("at", "user", "channel", "address", "document_id");

  private AccessLogCsv() {}

  /**
   * Writes the entries in {@code [from, to)} (null: unbounded) to {@code out}; returns how many.
   */
  public static long write(AccountStore accounts, Instant from, Instant to, Writer out)
      throws IOException {
    CsvOutput csv = new CsvOutput(out);
    csv.header(COLUMNS);
    long n;
    try {
      n =
          accounts.accessLog(
              from,
              to,
              v -> {
                try {
                  csv.text(v.at().toString())
                      .text(v.username())
                      .text(v.channel().code())
                      .text(v.address())
                      .text(v.documentId())
                      .endRow();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    csv.flush();
    return n;
  }

  /**
   * The bound a user gives as a date ({@code 2026-12-07}: that day's start in UTC, or the next
   * day's start when {@code end}, so that an end date is included) or an instant ({@code
   * 2026-12-07T10:00:00Z}); null for null.
   *
   * @throws IllegalArgumentException naming the value when it is neither
   */
  public static Instant bound(String value, boolean end) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      LocalDate day = LocalDate.parse(v);
      return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException notADate) {
      try {
        return Instant.parse(v);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "'" + v + "' is neither a date YYYY-MM-DD nor an instant like 2026-12-07T10:00:00Z");
      }
    }
  }
}

package org.harmwatch.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an incident happened: a range {@code [start, end]} (inclusive, ISO dates), its precision and
 * the phrase of the source ({@code text}, may be null).
 */
public record IncidentDate(LocalDate start, LocalDate end, DatePrecision precision, String text) {
  public IncidentDate {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(precision, "precision");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("date end " + end + " is before start " + start);
    }
  }

  /** A single day. */
  public static IncidentDate day(LocalDate day, String text) {
    return new IncidentDate(day, day, DatePrecision.DAY, text);
  }
}

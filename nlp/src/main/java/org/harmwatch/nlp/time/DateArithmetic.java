package org.harmwatch.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.IncidentDate;

/**
 * The date arithmetic behind the date rules: a day, month or range read from a phrase, anchored to
 * the publication date when the phrase gives no year (the latest such date not after publication: a
 * report tells what has happened), and ranges given the precision their length allows. A phrase
 * without a year and a document without a publication date give null: no year is invented.
 * Stateless.
 */
final class DateArithmetic {
  /** Days either side of the day an approximate date ("around 4 May") names, as ACLED's week. */
  static final int APPROXIMATE_DAYS = 3;

  private DateArithmetic() {}

  /** The day {@code d} of {@code month}, in {@code year} or the latest not after {@code p}. */
  static LocalDate day(int d, int month, Integer year, LocalDate p) {
    if (year != null) {
      return LocalDate.of(year, month, d);
    }
    if (p == null) {
      return null;
    }
    LocalDate date = LocalDate.of(p.getYear(), month, d);
    return date.isAfter(p) ? LocalDate.of(p.getYear() - 1, month, d) : date;
  }

  /** The year a two- or four-digit {@code text} names; two digits are read near {@code p}. */
  static Integer year(String text, LocalDate p) {
    if (text == null) {
      return null;
    }
    int y = Integer.parseInt(text);
    if (text.length() == 4) {
      return y;
    }
    int century = p == null ? 1900 : p.getYear() / 100 * 100;
    int full = century + y;
    int limit = p == null ? 2049 : p.getYear();
    return full > limit ? full - 100 : full;
  }

  /** One day, or null. */
  static IncidentDate oneDay(LocalDate d, String text) {
    return d == null ? null : IncidentDate.day(d, text);
  }

  /**
   * The days from {@code s} to {@code e}: precision day for one or two days ("the night of 4 to 5
   * May"), week up to seven, month beyond; null when they are reversed or missing.
   */
  static IncidentDate range(LocalDate s, LocalDate e, String text) {
    if (s == null || e == null || s.isAfter(e) || s.plusDays(62).isBefore(e)) {
      return null;
    }
    DatePrecision precision =
        !s.plusDays(1).isBefore(e)
            ? DatePrecision.DAY
            : s.plusDays(6).isBefore(e) ? DatePrecision.MONTH : DatePrecision.WEEK;
    return new IncidentDate(s, e, precision, text);
  }

  /** A day named as approximate ("around 4 May", "4 May (week of)"): three days either side. */
  static IncidentDate around(LocalDate d, String text) {
    return new IncidentDate(
        d.minusDays(APPROXIMATE_DAYS), d.plusDays(APPROXIMATE_DAYS), DatePrecision.WEEK, text);
  }

  /** The whole of {@code month}, in {@code year} or the latest not after {@code p}; or null. */
  static IncidentDate month(int month, Integer year, LocalDate p, String text) {
    LocalDate first;
    if (year != null) {
      first = LocalDate.of(year, month, 1);
    } else if (p != null) {
      first = LocalDate.of(p.getYear(), month, 1);
      if (first.isAfter(p)) {
        first = first.minusYears(1);
      }
    } else {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("since") || lower.startsWith("depuis")) {
      return null;
    }
    return new IncidentDate(
        first, first.with(TemporalAdjusters.lastDayOfMonth()), DatePrecision.MONTH, text);
  }

  /** The most recent {@code day} before {@code p}: a report does not call today "Sunday". */
  static IncidentDate weekday(DayOfWeek day, LocalDate p, String text) {
    return p == null ? null : IncidentDate.day(p.with(TemporalAdjusters.previous(day)), text);
  }

  /** The most recent {@code day} on or before {@code p} ("ce lundi" in a paper of that Monday). */
  static IncidentDate weekdayOrToday(DayOfWeek day, LocalDate p, String text) {
    return p == null ? null : IncidentDate.day(p.with(TemporalAdjusters.previousOrSame(day)), text);
  }

  /** A night from {@code a} to {@code b} (one or two days later) before {@code p}, or null. */
  static IncidentDate night(DayOfWeek a, DayOfWeek b, LocalDate p, String text) {
    if (p == null) {
      return null;
    }
    int gap = Math.floorMod(b.getValue() - a.getValue(), 7);
    if (gap == 0 || gap > 2) {
      // "the night of Monday to Friday" is no night: leave it to the weekday rule's reading.
      return null;
    }
    LocalDate start = p.with(TemporalAdjusters.previous(a));
    return new IncidentDate(start, start.plusDays(gap), DatePrecision.DAY, text);
  }

  /** "Earlier this week": Monday of the published week to the day before publication. */
  static IncidentDate thisWeek(LocalDate p, String text) {
    LocalDate monday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate end = p.minusDays(1).isBefore(monday) ? monday : p.minusDays(1);
    return new IncidentDate(monday, end, DatePrecision.WEEK, text);
  }

  /** "Last week": Monday to Sunday of the week before publication's. */
  static IncidentDate lastWeek(LocalDate p, String text) {
    LocalDate monday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
    return new IncidentDate(monday, monday.plusDays(6), DatePrecision.WEEK, text);
  }

  /** "Last month": the month before publication's. */
  static IncidentDate lastMonth(LocalDate p, String text) {
    LocalDate first = p.withDayOfMonth(1).minusMonths(1);
    return new IncidentDate(
        first, first.with(TemporalAdjusters.lastDayOfMonth()), DatePrecision.MONTH, text);
  }

  /** "Last year": the year before publication's. */
  static IncidentDate lastYear(LocalDate p, String text) {
    LocalDate first = LocalDate.of(p.getYear() - 1, 1, 1);
    return new IncidentDate(
        first, first.withDayOfYear(first.lengthOfYear()), DatePrecision.YEAR, text);
  }
}

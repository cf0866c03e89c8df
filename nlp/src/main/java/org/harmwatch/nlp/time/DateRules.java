package org.harmwatch.nlp.time;

import static org.harmwatch.nlp.time.DateArithmetic.day;
import static org.harmwatch.nlp.time.DateArithmetic.oneDay;
import static org.harmwatch.nlp.time.DateArithmetic.range;
import static org.harmwatch.nlp.time.DateArithmetic.year;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.nlp.text.PrefilteredPattern;

/**
 * The date rules of {@link DateFinder}, in the order they are tried: each a pattern built from the
 * month and weekday names ({@link CalendarWords}) and the date words ({@link DatePhrases}) of the
 * packs, and how a match of it becomes a date given the publication date. Immutable and
 * thread-safe.
 */
final class DateRules {
  private static final String YEAR = "(?:,?\\s+((?:19|20)\\d\\d))?";
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** A pattern and how to turn its match into a value, given the publication date. */
  record Rule(PrefilteredPattern pattern, BiFunction<Matcher, LocalDate, Value> value) {}

  /** The resolved value of a match: a date or null, and the offset to the previous incident. */
  record Value(IncidentDate date, Integer daysAfterPrevious) {}

  static final Value NONE = new Value(null, null);

  private final CalendarWords words;

  private DateRules(CalendarWords words) {
    this.words = words;
  }

  private static Rule rule(String regex, BiFunction<Matcher, LocalDate, IncidentDate> date) {
    return new Rule(
        PrefilteredPattern.compile(regex, CI),
        (m, p) -> {
          IncidentDate d = date.apply(m, p);
          return d == null ? NONE : new Value(d, null);
        });
  }

  private static Rule needsPublication(
      String regex, BiFunction<LocalDate, String, IncidentDate> date) {
    return rule(regex, (m, p) -> p == null ? null : date.apply(p, m.group()));
  }

  /** The rules in the order they are tried, with the names of {@code words} and {@code phrases}. */
  static List<Rule> of(CalendarWords words, DatePhrases phrases) {
    return new DateRules(words).rules(phrases);
  }

  private List<Rule> rules(DatePhrases w) {
    String month = words.monthGroup();
    String weekday = words.weekdayGroup();
    String day = "(\\d{1,2})" + w.group("DAY_SUFFIX") + "?";
    String to = "\\s*(?:-|–|" + w.join("RANGE_TO") + ")\\s*";
    String opener = "(?:" + w.group("RANGE_FROM") + "\\s+)?";
    String nightOf = w.join("NIGHT_OF");
    String nightTo = w.group("NIGHT_AFTER_DAY") + "?\\s+" + w.group("NIGHT_TO") + "\\s+";
    return List.of(
        // "between 28 March and 2 April", "28 March - 2 April 2024".
        rule(
            "\\b" + opener + day + "\\s*" + month + to + day + "\\s*" + month + YEAR + "\\b",
            (m, p) -> crossMonths(m, 1, 2, 3, 4, 5, p)),
        // "between Mar.28 and Apr.7".
        rule(
            "\\b" + opener + month + "\\s*" + day + to + month + "\\s*" + day + YEAR + "\\b",
            (m, p) -> crossMonths(m, 2, 1, 4, 3, 5, p)),
        // "dans la nuit du lundi 2 au mardi 3 mai", "from Monday 2 to Tuesday 3 May": each day
        // with its weekday.
        rule(
            "\\b" + opener + weekday + "\\s+" + day + to + weekday + "\\s+" + day + "\\s*" + month
                + YEAR + "\\b",
            (m, p) -> sameMonth(m, 2, 4, 5, 6, p)),
        // "dans la nuit de mardi au mercredi 12 mars": the night ends on the day named.
        rule(
            "\\b(?:"
                + nightOf
                + ")\\s+"
                + weekday
                + nightTo
                + weekday
                + ",?\\s+(?:"
                + w.join("ARTICLE")
                + "\\s+)?"
                + day
                + "\\s*"
                + month
                + YEAR
                + "\\b",
            (m, p) -> nightEnding(m, 3, 4, 5, p)),
        // "between 27 and 31 March", "16-18 April", "dans la nuit du 4 au 5 mai".
        rule(
            "\\b" + opener + day + to + day + "\\s*" + month + YEAR + "\\b",
            (m, p) -> sameMonth(m, 1, 2, 3, 4, p)),
        // "April 11-12", "Jan 1-3", "Apr.26-27".
        rule(
            "\\b"
                + opener
                + month
                + "\\s*"
                + day
                + "\\s*(?:-|–|"
                + w.join("SHORT_RANGE_TO")
                + ")\\s*"
                + day
                + YEAR
                + "\\b",
            (m, p) -> sameMonth(m, 2, 3, 1, 4, p)),
        rule("\\b" + day + "\\s*" + month + YEAR + "\\b", (m, p) -> dayOf(m, 1, 2, 3, p)),
        rule("\\b" + month + "\\s*" + day + YEAR + "\\b", (m, p) -> dayOf(m, 2, 1, 3, p)),
        // "12/12 - 15/12": coders' days without a year.
        rule(
            "\\b(\\d{1,2})/(\\d{1,2})\\s*(?:-|–|"
                + w.join("NUMERIC_RANGE_TO")
                + ")\\s*(\\d{1,2})/(\\d{1,2})\\b(?![/.]?\\d)",
            (m, p) ->
                range(
                    day(num(m, 1), num(m, 2), null, p),
                    day(num(m, 3), num(m, 4), null, p),
                    m.group())),
        // "17/03/2024", "10/9/97": day first.
        rule(
            "\\b(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d\\d|\\d\\d)\\b(?!/)",
            (m, p) -> oneDay(day(num(m, 1), num(m, 2), year(m.group(3), p), p), m.group())),
        // "on 27/01", "in the evening of 24/01": a coder's day and month, after a word that
        // introduces a date (a bare "24/7" or "1/2" is no date).
        rule(
            "(?<=\\b" + w.group("DATE_INTRO") + "\\s)(\\d{1,2})/(\\d{1,2})\\b(?![/.]?\\d)",
            (m, p) -> oneDay(day(num(m, 1), num(m, 2), null, p), m.group())),
        // ISO dates, as coders' notes write them: "Date: 2024-08-24".
        rule(
            "\\b((?:19|20)\\d\\d)-(\\d{2})-(\\d{2})\\b(?!-)",
            (m, p) -> oneDay(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), m.group())),
        // "in January", "mid-March 2024"; an abbreviation only with its year ("Feb. 2020").
        rule(
            "\\b(?:"
                + w.group("MONTH_BEFORE")
                + "\\s+)?(?:"
                + w.group("MONTH_PART")
                + "[\\s-]+)?"
                + "(?:"
                + words.fullMonthGroup()
                + "(?:,?\\s+((?:19|20)\\d\\d))?|"
                + month
                + ",?\\s+((?:19|20)\\d\\d))\\b",
            (m, p) -> {
              String name = m.group(1) != null ? m.group(1) : m.group(3);
              String year = m.group(1) != null ? m.group(2) : m.group(4);
              return DateArithmetic.month(
                  words.month(name), year == null ? null : Integer.valueOf(year), p, m.group());
            }),
        // "dans la nuit de samedi à dimanche", "on the night from Saturday to Sunday",
        // "overnight Saturday into Sunday": the two days, the first the most recent before
        // publication.
        rule(
            "\\b(?:"
                + nightOf
                + "|"
                + w.join("OVERNIGHT")
                + ")\\s+"
                + weekday
                + nightTo
                + weekday
                + "\\b",
            (m, p) ->
                DateArithmetic.night(
                    words.weekday(m.group(1)), words.weekday(m.group(2)), p, m.group())),
        // "ce lundi", "this Monday": the most recent such day, publication day included.
        rule(
            "\\b" + w.group("THIS") + "\\s+" + weekday + "\\b(?!\\s+" + w.group("WEEK") + ")",
            (m, p) -> DateArithmetic.weekdayOrToday(words.weekday(m.group(1)), p, m.group())),
        rule(
            "\\b" + w.group("WEEKDAY_BEFORE") + "?" + weekday + w.group("WEEKDAY_AFTER") + "?\\b",
            (m, p) -> DateArithmetic.weekday(words.weekday(m.group(1)), p, m.group())),
        needsPublication(w.words("YESTERDAY"), (p, text) -> IncidentDate.day(p.minusDays(1), text)),
        needsPublication(w.words("THIS_WEEK"), DateArithmetic::thisWeek),
        needsPublication(w.words("LAST_WEEK"), DateArithmetic::lastWeek),
        needsPublication(w.words("LAST_MONTH"), DateArithmetic::lastMonth),
        needsPublication(w.words("LAST_YEAR"), DateArithmetic::lastYear),
        new Rule(PrefilteredPattern.compile(w.words("NEXT_DAY"), CI), (m, p) -> new Value(null, 1)),
        // "the same day", "le même jour": the previous incident's day; "earlier the same day"
        // tells the same incident's earlier hours.
        new Rule(
            PrefilteredPattern.compile(w.notAfter("NOT_SAME_DAY_AFTER") + w.words("SAME_DAY"), CI),
            (m, p) -> new Value(null, 0)));
  }

  private IncidentDate dayOf(Matcher m, int dayGroup, int monthGroup, int yearGroup, LocalDate p) {
    return oneDay(
        day(num(m, dayGroup), words.month(m.group(monthGroup)), optionalNum(m, yearGroup), p),
        m.group());
  }

  // Two days of one month, its year given or read from publication: without a year the first day
  // is the one not after publication (a report may tell fighting still going on).
  private IncidentDate sameMonth(
      Matcher m, int d1, int d2, int monthGroup, int yearGroup, LocalDate p) {
    int month = words.month(m.group(monthGroup));
    Integer year = optionalNum(m, yearGroup);
    LocalDate start = day(num(m, d1), month, year, p);
    if (start == null || num(m, d1) > num(m, d2)) {
      return null;
    }
    return range(start, start.withDayOfMonth(num(m, d2)), m.group());
  }

  // The night before the day a match names, up to that day.
  private IncidentDate nightEnding(
      Matcher m, int dayGroup, int monthGroup, int yearGroup, LocalDate p) {
    LocalDate end =
        day(num(m, dayGroup), words.month(m.group(monthGroup)), optionalNum(m, yearGroup), p);
    return end == null ? null : range(end.minusDays(1), end, m.group());
  }

  // Two days of two months: with a year, the first in the year of the second or the year before;
  // without, the first not after publication and the second after it.
  private IncidentDate crossMonths(
      Matcher m, int d1, int m1, int d2, int m2, int yearGroup, LocalDate p) {
    Integer year = optionalNum(m, yearGroup);
    int firstMonth = words.month(m.group(m1));
    int secondMonth = words.month(m.group(m2));
    if (year != null) {
      LocalDate end = LocalDate.of(year, secondMonth, num(m, d2));
      LocalDate start = LocalDate.of(year, firstMonth, num(m, d1));
      return range(start.isAfter(end) ? start.minusYears(1) : start, end, m.group());
    }
    LocalDate start = day(num(m, d1), firstMonth, null, p);
    if (start == null) {
      return null;
    }
    LocalDate end = LocalDate.of(start.getYear(), secondMonth, num(m, d2));
    return range(start, end.isBefore(start) ? end.plusYears(1) : end, m.group());
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static Integer optionalNum(Matcher m, int group) {
    return m.group(group) == null ? null : Integer.valueOf(m.group(group));
  }
}

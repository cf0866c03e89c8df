package org.harmwatch.nlp.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.nlp.text.PrefilteredPattern;

/**
 * Finds English and French date phrases in a sentence and normalises them against the publication
 * date: absolute dates, months ("in January": the most recent such month not after publication),
 * weekdays ("on Thursday": the most recent one on or before publication), "yesterday", "last week",
 * "earlier this week", "last month", ranges ("between 27 and 31 March") and phrases relative to the
 * previous incident ("the next day"). Without a publication date only absolute dates with a year
 * resolve: no year is invented. Ranges of two days ("the night of 4 to 5 May") keep precision
 * {@code day}, up to seven days get {@code week}, longer ones {@code month}; weekdays are the
 * latest such day before publication. Stateless and thread-safe.
 */
public final class DateFinder {
  private static final Map<String, Integer> MONTHS = new java.util.HashMap<>();
  private static final Map<String, DayOfWeek> WEEKDAYS = new java.util.HashMap<>();

  static {
    for (int i = 0; i < 12; i++) {
      MONTHS.put(MonthNames.ENGLISH.get(i), i + 1);
      MONTHS.put(MonthNames.FRENCH.get(i), i + 1);
    }
    String[] abbr = {
      "jan", "feb", null, "apr", null, "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };
    for (int i = 0; i < 12; i++) {
      if (abbr[i] != null) {
        MONTHS.put(abbr[i], i + 1);
      }
    }
    MONTHS.put("sept", 9);
    MONTHS.put("fevrier", 2);
    MONTHS.put("aout", 8);
    MONTHS.put("decembre", 12);
    String[] days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    String[] jours = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
    for (int i = 0; i < 7; i++) {
      WEEKDAYS.put(days[i], DayOfWeek.of(i + 1));
      WEEKDAYS.put(jours[i], DayOfWeek.of(i + 1));
    }
  }

  private static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan\\.?|feb\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?"
          + "|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre"
          + "|d[ée]cembre)";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|er)?";
  private static final String YEAR = "(?:,?\\s+((?:19|20)\\d\\d))?";
  private static final String WEEKDAY =
      "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi"
          + "|vendredi|samedi|dimanche)";
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** A pattern and how to turn its match into a mention, given the publication date. */
  private record Rule(PrefilteredPattern pattern, BiFunction<Matcher, LocalDate, Value> value) {}

  /** The resolved value of a match: a date or null, and the offset to the previous incident. */
  private record Value(IncidentDate date, Integer daysAfterPrevious) {}

  private static final Value NONE = new Value(null, null);

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              PrefilteredPattern.compile(
                  "\\b(?:between|from|(?:on )?the night of|entre le|entre|du|dans la nuit du)\\s+"
                      + DAY
                      + "\\s+(?:and|to|et le|et|au)\\s+"
                      + DAY
                      + "\\s+"
                      + MONTH
                      + YEAR
                      + "\\b",
                  CI),
              (m, p) -> range(m.group(1), m.group(2), m.group(3), m.group(4), p, m.group())),
          new Rule(
              PrefilteredPattern.compile("\\b" + DAY + "\\s+" + MONTH + YEAR + "\\b", CI),
              (m, p) -> day(m.group(1), m.group(2), m.group(3), p, m.group())),
          new Rule(
              PrefilteredPattern.compile("\\b" + MONTH + "\\s+" + DAY + YEAR + "\\b", CI),
              (m, p) -> day(m.group(2), m.group(1), m.group(3), p, m.group())),
          new Rule(
              PrefilteredPattern.compile("\\b(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d\\d)\\b"),
              (m, p) -> numeric(m, m.group())),
          // ISO dates, as coders' notes write them: "Date: 2024-08-24".
          new Rule(
              PrefilteredPattern.compile("\\b((?:19|20)\\d\\d)-(\\d{2})-(\\d{2})\\b(?!-)"),
              (m, p) -> iso(m, m.group())),
          new Rule(
              PrefilteredPattern.compile(
                  "\\b(?:(?:in|en|during|durant|since|depuis)\\s+)?(?:(?:early|late|mid|d[ée]but|fin|mi)[\\s-]+)?"
                      + MONTH
                      + "(?:\\s+((?:19|20)\\d\\d))?\\b",
                  CI),
              (m, p) -> month(m.group(1), m.group(2), p, m.group())),
          // "dans la nuit de samedi à dimanche", "on the night from Saturday to Sunday",
          // "overnight Saturday into Sunday": the two days, the first the most recent before
          // publication.
          new Rule(
              PrefilteredPattern.compile(
                  "\\b(?:(?:dans\\s+)?la\\s+nuit\\s+d[ue]|(?:on\\s+)?the\\s+night\\s+(?:of|from|between)|overnight(?:\\s+from)?)\\s+"
                      + WEEKDAY
                      + "(?:\\s+night)?\\s+(?:à|au|to|into|and)\\s+"
                      + WEEKDAY
                      + "\\b",
                  CI),
              (m, p) -> night(m.group(1), m.group(2), p, m.group())),
          new Rule(
              PrefilteredPattern.compile(
                  "\\b(?:on\\s+|last\\s+|this\\s+past\\s+)?"
                      + WEEKDAY
                      + "(?:\\s+derni(?:er|ère))?\\b",
                  CI),
              (m, p) -> weekday(m.group(1), p, m.group())),
          new Rule(
              PrefilteredPattern.compile("\\b(?:yesterday|hier)\\b", CI),
              (m, p) ->
                  p == null ? NONE : new Value(IncidentDate.day(p.minusDays(1), m.group()), null)),
          new Rule(
              PrefilteredPattern.compile(
                  "\\b(?:earlier this week|this week|cette semaine|en d[ée]but de semaine|plus t[ôo]t cette semaine)\\b",
                  CI),
              (m, p) -> p == null ? NONE : thisWeek(p, m.group())),
          new Rule(
              PrefilteredPattern.compile(
                  "\\b(?:last week|the previous week|la semaine derni[èe]re|la semaine pass[ée]e)\\b",
                  CI),
              (m, p) -> {
                if (p == null) {
                  return NONE;
                }
                LocalDate monday =
                    p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                return week(monday, monday.plusDays(6), m.group());
              }),
          new Rule(
              PrefilteredPattern.compile(
                  "\\b(?:last month|le mois dernier|le mois pass[ée])\\b", CI),
              (m, p) -> {
                if (p == null) {
                  return NONE;
                }
                LocalDate first = p.withDayOfMonth(1).minusMonths(1);
                return new Value(
                    new IncidentDate(
                        first,
                        first.with(TemporalAdjusters.lastDayOfMonth()),
                        DatePrecision.MONTH,
                        m.group()),
                    null);
              }),
          new Rule(
              PrefilteredPattern.compile(
                  "\\b(?:last year|l'ann[ée]e derni[èe]re|l'an dernier|l’ann[ée]e derni[èe]re|l’an dernier)\\b",
                  CI),
              (m, p) -> {
                if (p == null) {
                  return NONE;
                }
                LocalDate first = LocalDate.of(p.getYear() - 1, 1, 1);
                return new Value(
                    new IncidentDate(
                        first,
                        first.withDayOfYear(first.lengthOfYear()),
                        DatePrecision.YEAR,
                        m.group()),
                    null);
              }),
          new Rule(
              PrefilteredPattern.compile(
                  "\\b(?:the\\s+(?:next|following|subsequent)\\s+day|the\\s+day\\s+after|le\\s+lendemain|au\\s+lendemain|the\\s+next\\s+morning)\\b",
                  CI),
              (m, p) -> new Value(null, 1)));

  /**
   * The date phrases of {@code sentence}, in order, resolved against {@code published} (may be
   * null); offsets are relative to the sentence.
   */
  public List<DateMention> find(String sentence, LocalDate published) {
    List<DateMention> out = new ArrayList<>();
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(sentence);
      while (m.find()) {
        int s = m.start();
        int e = m.end();
        if (out.stream().anyMatch(d -> d.start() < e && s < d.end())) {
          continue;
        }
        // "May" is also a verb and a name: only take it with a day or a year.
        if (m.group().equalsIgnoreCase("may") || m.group().contains("may")) {
          continue;
        }
        Value v;
        try {
          v = rule.value().apply(m, published);
        } catch (DateTimeException ex) {
          // An impossible date such as "31 February": the phrase is kept unresolved.
          v = NONE;
        }
        out.add(new DateMention(s, e, m.group(), v.date(), v.daysAfterPrevious()));
      }
    }
    out.sort(Comparator.comparingInt(DateMention::start));
    return out;
  }

  private static Value day(String d, String monthName, String year, LocalDate p, String text) {
    int month = MONTHS.get(norm(monthName));
    int dd = Integer.parseInt(d);
    LocalDate date;
    if (year != null) {
      date = LocalDate.of(Integer.parseInt(year), month, dd);
    } else if (p != null) {
      date = LocalDate.of(p.getYear(), month, dd);
      if (date.isAfter(p)) {
        date = date.minusYears(1);
      }
    } else {
      return NONE;
    }
    return new Value(IncidentDate.day(date, text), null);
  }

  private static Value range(
      String d1, String d2, String monthName, String year, LocalDate p, String text) {
    Value end = day(d2, monthName, year, p, text);
    if (end.date() == null) {
      return NONE;
    }
    LocalDate e = end.date().start();
    LocalDate s = e.withDayOfMonth(Integer.parseInt(d1));
    if (s.isAfter(e)) {
      return NONE;
    }
    DatePrecision precision =
        !s.plusDays(1).isBefore(e)
            ? DatePrecision.DAY
            : s.plusDays(6).isBefore(e) ? DatePrecision.MONTH : DatePrecision.WEEK;
    return new Value(new IncidentDate(s, e, precision, text), null);
  }

  // "17/03/2024" (day first) and "2024-03-17": one day.
  private static Value numeric(Matcher m, String text) {
    return calendarDay(m.group(3), m.group(2), m.group(1), text);
  }

  private static Value iso(Matcher m, String text) {
    return calendarDay(m.group(1), m.group(2), m.group(3), text);
  }

  private static Value calendarDay(String year, String month, String day, String text) {
    LocalDate date =
        LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    return new Value(IncidentDate.day(date, text), null);
  }

  private static Value month(String monthName, String year, LocalDate p, String text) {
    int month = MONTHS.get(norm(monthName));
    LocalDate first;
    if (year != null) {
      first = LocalDate.of(Integer.parseInt(year), month, 1);
    } else if (p != null) {
      first = LocalDate.of(p.getYear(), month, 1);
      if (first.isAfter(p)) {
        first = first.minusYears(1);
      }
    } else {
      return NONE;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("since") || lower.startsWith("depuis")) {
      return NONE;
    }
    return new Value(
        new IncidentDate(
            first, first.with(TemporalAdjusters.lastDayOfMonth()), DatePrecision.MONTH, text),
        null);
  }

  private static Value weekday(String name, LocalDate p, String text) {
    if (p == null) {
      return NONE;
    }
    DayOfWeek day = WEEKDAYS.get(norm(name));
    // The most recent such weekday before publication: a report does not call today "Sunday".
    LocalDate d = p.with(TemporalAdjusters.previous(day));
    return new Value(IncidentDate.day(d, text), null);
  }

  private static Value night(String first, String second, LocalDate p, String text) {
    if (p == null) {
      return NONE;
    }
    DayOfWeek a = WEEKDAYS.get(norm(first));
    DayOfWeek b = WEEKDAYS.get(norm(second));
    int gap = Math.floorMod(b.getValue() - a.getValue(), 7);
    if (gap == 0 || gap > 2) {
      // "the night of Monday to Friday" is no night: leave it to the weekday rule's reading.
      return NONE;
    }
    LocalDate start = p.with(TemporalAdjusters.previous(a));
    return new Value(new IncidentDate(start, start.plusDays(gap), DatePrecision.DAY, text), null);
  }

  // "Earlier this week": Monday of the published week to the day before publication.
  private static Value thisWeek(LocalDate p, String text) {
    LocalDate monday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate end = p.minusDays(1).isBefore(monday) ? monday : p.minusDays(1);
    return week(monday, end, text);
  }

  private static Value week(LocalDate start, LocalDate end, String text) {
    return new Value(new IncidentDate(start, end, DatePrecision.WEEK, text), null);
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replace("û", "u").replace(".", "");
  }
}

package org.harmwatch.nlp.time;

import static org.harmwatch.nlp.time.DateArithmetic.day;
import static org.harmwatch.nlp.time.DateArithmetic.oneDay;
import static org.harmwatch.nlp.time.DateArithmetic.range;
import static org.harmwatch.nlp.time.DateArithmetic.year;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.nlp.text.PrefilteredPattern;

/**
 * Finds English and French date phrases in a sentence and normalises them against the publication
 * date: absolute dates ("17 March 2024", "March 17", "Feb.8", "17/03/2024", coders' "on 17/03"),
 * months ("in January": the most recent such month not after publication), weekdays ("on Thursday":
 * the most recent one before publication), "yesterday", "last week", "earlier this week", "last
 * month", ranges ("between 27 and 31 March", "16-18 April", "April 11-12", "28 March to 2 April")
 * and phrases relative to the previous incident ("the next day", "the same day"). Without a
 * publication date only absolute dates with a year resolve: no year is invented.
 *
 * <p>A day said to be approximate ("around 4 May", "on or about 4 May", "the week of 4 May", "4 May
 * (week of)", "4 May (date uncertain)", "vers le 4 mai") is the week around it, three days either
 * side, as ACLED codes a date known to the week. Ranges of two days ("the night of 4 to 5 May")
 * keep precision {@code day}, up to seven days get {@code week}, longer ones {@code month}. Month
 * and weekday names come from the language packs ({@link CalendarWords}) the finder is made with.
 * Immutable and thread-safe.
 */
public final class DateFinder {
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|er)?";
  private static final String YEAR = "(?:,?\\s+((?:19|20)\\d\\d))?";
  private static final String TO = "\\s*(?:-|–|and|to|until|till|through|et le|et|au)\\s*";
  private static final String RANGE_OPENER =
      "(?:(?:between|from|over|(?:on )?the night of|entre le|entre|du|dans la nuit du)\\s+)?";
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  // Words before a date said to be approximate, ending right where the date starts.
  private static final Pattern APPROX_BEFORE =
      Pattern.compile(
          "\\b(?:around|circa|approximately|about|roughly|on or (?:about|around|before|after)|c\\.|vers le"
              + "|aux alentours du|autour du|(?:the )?week (?:of|commencing|starting|beginning)"
              + "|semaine du)\\s+(?:the\\s+|on\\s+)?$",
          CI);
  // Words after it: "(or around)", "(week of)", "(exact date not reported)", "date uncertain".
  private static final Pattern APPROX_AFTER =
      Pattern.compile(
          "^\\s*[(,]?\\s*(?:or (?:around|about|thereabouts|before|after)|on or (?:around|about|before|after)|week of\\b|approx|date approximate"
              + "|exact date (?:is |was )?(?:not (?:reported|known|clear|confirmed)|unknown|unclear)"
              + "|date (?:remains |is |was )?(?:uncertain|unclear|unknown|approximate|estimated)"
              + "|date not (?:clear|known|reported|confirmed)|date exacte inconnue|date approximative)",
          CI);

  private static final Pattern MONTH_OF = Pattern.compile("^\\s*\\(month of\\)", CI);

  private final CalendarWords words;
  private final Pattern weekdayOnly;
  private final List<Rule> rules;

  /** A finder with the month and weekday names of every bundled pack. */
  public DateFinder() {
    this(CalendarWords.bundled());
  }

  /** A finder with the month and weekday names of {@code words}. */
  public DateFinder(CalendarWords words) {
    this.words = words;
    this.weekdayOnly =
        Pattern.compile("^(?:(?:on|last|this|ce)\\s+)?" + words.weekdayGroup() + "$", CI);
    this.rules = rules(words.monthGroup(), words.weekdayGroup());
  }

  /** A pattern and how to turn its match into a value, given the publication date. */
  private record Rule(PrefilteredPattern pattern, BiFunction<Matcher, LocalDate, Value> value) {}

  /** The resolved value of a match: a date or null, and the offset to the previous incident. */
  private record Value(IncidentDate date, Integer daysAfterPrevious) {}

  private static final Value NONE = new Value(null, null);

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

  // The rules in the order they are tried, with the month and weekday names of the packs.
  private List<Rule> rules(String month, String weekday) {
    return List.of(
        // "between 28 March and 2 April", "28 March - 2 April 2024".
        rule(
            "\\b" + RANGE_OPENER + DAY + "\\s*" + month + TO + DAY + "\\s*" + month + YEAR + "\\b",
            (m, p) -> crossMonths(m, 1, 2, 3, 4, 5, p)),
        // "between Mar.28 and Apr.7".
        rule(
            "\\b" + RANGE_OPENER + month + "\\s*" + DAY + TO + month + "\\s*" + DAY + YEAR + "\\b",
            (m, p) -> crossMonths(m, 2, 1, 4, 3, 5, p)),
        // "dans la nuit du lundi 2 au mardi 3 mai", "from Monday 2 to Tuesday 3 May": each day
        // with its weekday.
        rule(
            "\\b"
                + RANGE_OPENER
                + weekday
                + "\\s+"
                + DAY
                + TO
                + weekday
                + "\\s+"
                + DAY
                + "\\s*"
                + month
                + YEAR
                + "\\b",
            (m, p) -> sameMonth(m, 2, 4, 5, 6, p)),
        // "dans la nuit de mardi au mercredi 12 mars": the night ends on the day named.
        rule(
            "\\b(?:(?:dans\\s+)?la\\s+nuit\\s+d[ue]|(?:on\\s+)?the\\s+night\\s+(?:of|from|between))\\s+"
                + weekday
                + "(?:\\s+night)?\\s+(?:à|au|to|into|and)\\s+"
                + weekday
                + ",?\\s+(?:the\\s+)?"
                + DAY
                + "\\s*"
                + month
                + YEAR
                + "\\b",
            (m, p) -> nightEnding(m, 3, 4, 5, p)),
        // "between 27 and 31 March", "16-18 April", "dans la nuit du 4 au 5 mai".
        rule(
            "\\b" + RANGE_OPENER + DAY + TO + DAY + "\\s*" + month + YEAR + "\\b",
            (m, p) -> sameMonth(m, 1, 2, 3, 4, p)),
        // "April 11-12", "Jan 1-3", "Apr.26-27".
        rule(
            "\\b"
                + RANGE_OPENER
                + month
                + "\\s*"
                + DAY
                + "\\s*(?:-|–|to|through)\\s*"
                + DAY
                + YEAR
                + "\\b",
            (m, p) -> sameMonth(m, 2, 3, 1, 4, p)),
        rule("\\b" + DAY + "\\s*" + month + YEAR + "\\b", (m, p) -> dayOf(m, 1, 2, 3, p)),
        rule("\\b" + month + "\\s*" + DAY + YEAR + "\\b", (m, p) -> dayOf(m, 2, 1, 3, p)),
        // "12/12 - 15/12": coders' days without a year.
        rule(
            "\\b(\\d{1,2})/(\\d{1,2})\\s*(?:-|–|to|and)\\s*(\\d{1,2})/(\\d{1,2})\\b(?![/.]?\\d)",
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
            "(?<=\\b(?:on|of|the|last|from|since|until|dated|and|le|du|au)\\s)(\\d{1,2})/(\\d{1,2})\\b(?![/.]?\\d)",
            (m, p) -> oneDay(day(num(m, 1), num(m, 2), null, p), m.group())),
        // ISO dates, as coders' notes write them: "Date: 2024-08-24".
        rule(
            "\\b((?:19|20)\\d\\d)-(\\d{2})-(\\d{2})\\b(?!-)",
            (m, p) -> oneDay(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), m.group())),
        // "in January", "mid-March 2024"; an abbreviation only with its year ("Feb. 2020").
        rule(
            "\\b(?:(?:in|en|during|durant|since|depuis|circa)\\s+)?(?:(?:early|late|mid|d[ée]but|fin|mi)[\\s-]+)?"
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
            "\\b(?:(?:dans\\s+)?la\\s+nuit\\s+d[ue]|(?:on\\s+)?the\\s+night\\s+(?:of|from|between)|overnight(?:\\s+from)?)\\s+"
                + weekday
                + "(?:\\s+night)?\\s+(?:à|au|to|into|and)\\s+"
                + weekday
                + "\\b",
            (m, p) ->
                DateArithmetic.night(
                    words.weekday(m.group(1)), words.weekday(m.group(2)), p, m.group())),
        // "ce lundi", "this Monday": the most recent such day, publication day included.
        rule(
            "\\b(?:ce|this)\\s+" + weekday + "\\b(?!\\s+(?:week|semaine))",
            (m, p) -> DateArithmetic.weekdayOrToday(words.weekday(m.group(1)), p, m.group())),
        rule(
            "\\b(?:on\\s+|last\\s+|this\\s+past\\s+)?" + weekday + "(?:\\s+derni(?:er|ère))?\\b",
            (m, p) -> DateArithmetic.weekday(words.weekday(m.group(1)), p, m.group())),
        needsPublication(
            "\\b(?:yesterday|hier)\\b", (p, text) -> IncidentDate.day(p.minusDays(1), text)),
        needsPublication(
            "\\b(?:earlier this week|this week|cette semaine|en d[ée]but de semaine|plus t[ôo]t cette semaine)\\b",
            DateArithmetic::thisWeek),
        needsPublication(
            "\\b(?:last week|the previous week|la semaine derni[èe]re|la semaine pass[ée]e)\\b",
            DateArithmetic::lastWeek),
        needsPublication(
            "\\b(?:last month|le mois dernier|le mois pass[ée])\\b", DateArithmetic::lastMonth),
        needsPublication(
            "\\b(?:last year|l'ann[ée]e derni[èe]re|l'an dernier|l’ann[ée]e derni[èe]re|l’an dernier)\\b",
            DateArithmetic::lastYear),
        new Rule(
            PrefilteredPattern.compile(
                "\\b(?:the\\s+(?:next|following|subsequent)\\s+day|the\\s+day\\s+after|le\\s+lendemain|au\\s+lendemain|the\\s+next\\s+morning)\\b",
                CI),
            (m, p) -> new Value(null, 1)),
        // "the same day", "le même jour": the previous incident's day; "earlier the same day"
        // tells the same incident's earlier hours.
        new Rule(
            PrefilteredPattern.compile(
                "(?<!earlier )(?<!later )(?<!plus tôt )(?<!plus tard )\\b(?:(?:on\\s+)?(?:that|the)\\s+same\\s+day|(?:le|ce)\\s+même\\s+jour|le\\s+jour\\s+même)\\b",
                CI),
            (m, p) -> new Value(null, 0)));
  }

  /**
   * The date phrases of {@code sentence}, in order, resolved against {@code published} (may be
   * null); offsets are relative to the sentence.
   */
  public List<DateMention> find(String sentence, LocalDate published) {
    Found last = lastFound.get();
    if (last != null
        && last.sentence() == sentence
        && Objects.equals(last.published(), published)) {
      return new ArrayList<>(last.mentions());
    }
    List<DateMention> out = findAll(sentence, published);
    lastFound.set(new Found(sentence, published, List.copyOf(out)));
    return out;
  }

  /**
   * The last answer of {@link #find} on this thread: the extractor reads a sentence's dates twice,
   * for the narrative year and for its facts, and the rules are costly to run.
   */
  private record Found(String sentence, LocalDate published, List<DateMention> mentions) {}

  private final ThreadLocal<Found> lastFound = new ThreadLocal<>();

  private List<DateMention> findAll(String sentence, LocalDate published) {
    List<DateMention> out = new ArrayList<>();
    for (Rule rule : rules) {
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
        out.add(
            approximate(
                sentence, new DateMention(s, e, m.group(), v.date(), v.daysAfterPrevious())));
      }
    }
    out.sort(Comparator.comparingInt(DateMention::start));
    // "ce dimanche 30 janvier 2022", "on Sunday, 30 January": the weekday names the date after it.
    for (int i = out.size() - 2; i >= 0; i--) {
      DateMention day = out.get(i);
      DateMention date = out.get(i + 1);
      if (weekdayOnly.matcher(day.text()).find()
          && date.date() != null
          && date.start() - day.end() <= 3
          && sentence.substring(day.end(), date.start()).matches("[\\s,]*(?:the\\s+)?")) {
        // One phrase from the weekday on, so that "accusent, ce mardi 19 août" reads as the
        // report's date as "accusent, ce mardi" would.
        String text = sentence.substring(day.start(), date.end());
        IncidentDate d = date.date();
        out.set(
            i,
            new DateMention(
                day.start(),
                date.end(),
                text,
                new IncidentDate(d.start(), d.end(), d.precision(), text),
                null));
        out.remove(i + 1);
      }
    }
    return out;
  }

  // A single day that the words around it call approximate becomes the week around it, and its
  // phrase takes in those words.
  private static DateMention approximate(String sentence, DateMention d) {
    IncidentDate date = d.date();
    if (date == null || date.precision() != DatePrecision.DAY || !date.start().equals(date.end())) {
      return d;
    }
    int start = d.start();
    int end = d.end();
    Matcher month =
        MONTH_OF.matcher(sentence.substring(end, Math.min(sentence.length(), end + 20)));
    if (month.find()) {
      // "Around 15 August 2019 (month of)": the coder knows the month only.
      String text = sentence.substring(start, end + month.group().length());
      return new DateMention(
          start,
          end + month.group().length(),
          text,
          DateArithmetic.month(date.start().getMonthValue(), date.start().getYear(), null, text),
          null);
    }
    Matcher before = APPROX_BEFORE.matcher(sentence.substring(Math.max(0, start - 40), start));
    Matcher after =
        APPROX_AFTER.matcher(sentence.substring(end, Math.min(sentence.length(), end + 60)));
    if (before.find()) {
      start -= before.group().length();
    } else if (after.find()) {
      end += after.group().length();
    } else {
      return d;
    }
    String text = sentence.substring(start, end);
    return new DateMention(start, end, text, DateArithmetic.around(date.start(), text), null);
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

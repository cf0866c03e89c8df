package org.harmwatch.nlp.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.nlp.time.DateRules.Rule;
import org.harmwatch.nlp.time.DateRules.Value;

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
 * and weekday names come from the language packs ({@link CalendarWords}) the finder is made with,
 * the other date words from {@code date-phrases.tsv} ({@link DatePhrases}); the rules that join
 * them are {@link DateRules}. Immutable and thread-safe.
 */
public final class DateFinder {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private final DatePhrases phrases;
  private final Pattern weekdayOnly;
  private final Pattern weekdayThenDate;
  private final List<Rule> rules;

  /** A finder with the month, weekday and date words of every bundled pack. */
  public DateFinder() {
    this(CalendarWords.bundled());
  }

  /**
   * A finder with the month and weekday names of {@code words} and the date words of every bundled
   * pack.
   */
  public DateFinder(CalendarWords words) {
    this(words, DatePhrases.bundled());
  }

  /**
   * A finder with the month and weekday names of {@code words} and the date words of {@code
   * phrases}.
   */
  public DateFinder(CalendarWords words, DatePhrases phrases) {
    this.phrases = phrases;
    this.weekdayOnly =
        Pattern.compile(
            "^(?:" + phrases.group("NAMED_WEEKDAY_BEFORE") + "\\s+)?" + words.weekdayGroup() + "$",
            CI);
    this.weekdayThenDate = Pattern.compile("[\\s,]*(?:" + phrases.join("ARTICLE") + "\\s+)?");
    this.rules = DateRules.of(words, phrases);
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
          v = DateRules.NONE;
        }
        out.add(
            phrases.approximate(
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
          && weekdayThenDate.matcher(sentence.substring(day.end(), date.start())).matches()) {
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
}

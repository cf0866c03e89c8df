package org.harmwatch.nlp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.nlp.time.DateMention;

/**
 * The separate days of a date phrase that names two days of one month joined by "and" ("les 16 et
 * 18 août", "on 3 and 5 May"), as opposed to a span ("du 16 au 18", "16-18"): two days apart are
 * two events (GUIDELINES §1), not the days between them. Stateless.
 */
final class NamedDays {
  // Two day numbers joined by "and"/"et", an optional article before the second.
  private static final Pattern TWO_DAYS =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th|er)?\\s+(?:and|et|&)\\s+(?:(?:le|the)\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b",
          Pattern.CASE_INSENSITIVE);

  // "between 3 and 7 June", "entre le 3 et le 7 juin": a span, whatever joins its days.
  private static final Pattern SPAN_OPENER =
      Pattern.compile("^(?:between|entre|from|du|over)\\b", Pattern.CASE_INSENSITIVE);

  private NamedDays() {}

  /**
   * The two days {@code mention} names apart, each as a one-day mention over the same phrase; empty
   * when it names a span, one day, consecutive days (a night or an event over two days) or days it
   * could not resolve.
   */
  static List<DateMention> of(DateMention mention) {
    IncidentDate d = mention.date();
    if (d == null || d.start() == null || d.end() == null) {
      return List.of();
    }
    Matcher m = TWO_DAYS.matcher(mention.text());
    if (SPAN_OPENER.matcher(mention.text()).find() || !m.find()) {
      return List.of();
    }
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(2));
    if (second - first < 2
        || d.start().getDayOfMonth() != first
        || d.end().getDayOfMonth() != second
        || d.start().getMonthValue() != d.end().getMonthValue()) {
      return List.of();
    }
    try {
      LocalDate a = d.start();
      LocalDate b = d.start().withDayOfMonth(second);
      return List.of(one(mention, a), one(mention, b));
    } catch (DateTimeException e) {
      return List.of();
    }
  }

  /**
   * The dates of each of {@code places} events that a list item's {@code dates} tell: when one of
   * them names two days apart and the item names one place (the place on each day) or two (the
   * first place on the first day, the second on the second), two lists, each with that phrase
   * replaced by its day; else none.
   */
  static List<List<DateMention>> perPlace(List<DateMention> dates, int places) {
    for (int i = 0; i < dates.size(); i++) {
      List<DateMention> days = of(dates.get(i));
      if (!days.isEmpty() && (places == 1 || places == days.size())) {
        List<List<DateMention>> out = new ArrayList<>();
        for (DateMention day : days) {
          List<DateMention> own = new ArrayList<>(dates);
          own.set(i, day);
          out.add(own);
        }
        return out;
      }
    }
    return List.of();
  }

  private static DateMention one(DateMention m, LocalDate day) {
    return new DateMention(
        m.start(), m.end(), m.text(), IncidentDate.day(day, m.text()), m.daysAfterPrevious());
  }
}

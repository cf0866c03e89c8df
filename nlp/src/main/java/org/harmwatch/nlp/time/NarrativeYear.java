package org.harmwatch.nlp.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.model.IncidentDate;

/**
 * The year a retrospective's narrative is in, and the re-reading of its dates without a year by it.
 * A report published in 2024 that tells "In March 2014, ... On February 5, the militia attacked
 * ..." means February 5, 2014, not 2024: a date without a year takes the year the same sentence
 * gives right after it ("on February 1 and 5, 2014"), else the year of the last date with a year
 * told before it, when that year is at least {@link #MIN_YEARS_BACK} before publication (a paper
 * that mentions last December's events and then "on March 3" still means this March). Stateless and
 * thread-safe.
 */
public final class NarrativeYear {
  /** How many years before publication a narrative year must be to re-read dates. */
  public static final int MIN_YEARS_BACK = 2;

  private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
  private static final Pattern MONTH =
      Pattern.compile(
          "\\b" + CalendarWords.bundled().monthGroup() + "\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // ", 2014" or " and 5, 2014" right after a date without a year.
  private static final Pattern YEAR_AFTER =
      Pattern.compile(
          "^(?:\\s*(?:and|et|to|au|-|–)\\s*\\d{1,2}(?:st|nd|rd|th|er)?)?,?\\s+((?:19|20)\\d\\d)\\b");

  private final DateFinder finder;

  /** A reader that finds dates with {@code finder}. */
  public NarrativeYear(DateFinder finder) {
    this.finder = finder;
  }

  /**
   * The year of the last date with a year that {@code sentence} tells, or {@code current} when it
   * tells none.
   */
  public Integer update(Integer current, String sentence, LocalDate published) {
    if (!FOUR_DIGIT_YEAR.matcher(sentence).find()) {
      return current;
    }
    Integer year = current;
    for (DateMention dm : finder.find(sentence, published)) {
      if (dm.date() != null && FOUR_DIGIT_YEAR.matcher(dm.text()).find()) {
        year = dm.date().start().getYear();
      }
    }
    return year;
  }

  /**
   * The dates {@code found} in {@code sentence}, those without a year re-read in the narrative year
   * (see the class comment); {@code narrative} is the year of the last dated sentence before, or
   * null.
   */
  public List<DateMention> reread(
      String sentence, List<DateMention> found, Integer narrative, LocalDate published) {
    if (published == null || found.isEmpty()) {
      return found;
    }
    List<DateMention> out = new ArrayList<>(found.size());
    for (DateMention dm : found) {
      out.add(rereadOne(sentence, dm, narrative, published));
    }
    return out;
  }

  private DateMention rereadOne(
      String sentence, DateMention dm, Integer narrative, LocalDate published) {
    if (dm.date() == null
        || dm.relativeToPrevious()
        || FOUR_DIGIT_YEAR.matcher(dm.text()).find()
        || !MONTH.matcher(dm.text()).find()) {
      return dm;
    }
    Integer year = null;
    Matcher after = YEAR_AFTER.matcher(sentence.substring(dm.end()));
    if (after.find()) {
      year = Integer.valueOf(after.group(1));
    } else if (narrative != null && narrative <= published.getYear() - MIN_YEARS_BACK) {
      year = narrative;
    }
    if (year == null || year > published.getYear()) {
      return dm;
    }
    LocalDate anchor = LocalDate.of(year, 12, 31);
    for (DateMention again :
        finder.find(dm.text(), anchor.isAfter(published) ? published : anchor)) {
      IncidentDate d = again.date();
      if (d != null && !again.relativeToPrevious()) {
        return new DateMention(dm.start(), dm.end(), dm.text(), d, null);
      }
    }
    return dm;
  }
}

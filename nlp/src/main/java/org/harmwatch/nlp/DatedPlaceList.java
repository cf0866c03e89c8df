package org.harmwatch.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.nlp.quantity.CasualtyMention;
import org.harmwatch.nlp.time.DateMention;

/**
 * The incidents a list tells: a bulleted item under an event sentence, or a sentence that lists
 * places each with its own day, as a list without bullets ("positions were attacked: at A on 12
 * May, at B and C on 14 and 16 May, at D on 15 May"): one incident per place and day, each place
 * taking the day that follows it. Stateless.
 */
final class DatedPlaceList {
  /** The fewest days a sentence lists for it to be read as such a list. */
  static final int MIN_DAYS = 3;

  // Three day numbers or more: the cheap test before reading a sentence as a list.
  private static final Pattern DAY_NUMBERS = Pattern.compile("\\b\\d{1,2}\\b");

  private DatedPlaceList() {}

  /** Whether {@code text} has enough day numbers to be such a list (a cheap test). */
  static boolean mayList(String text) {
    Matcher m = DAY_NUMBERS.matcher(text);
    int n = 0;
    while (n < MIN_DAYS && m.find()) {
      n++;
    }
    return n >= MIN_DAYS;
  }

  /**
   * The incidents that {@code f} lists, after {@code previous}; empty unless it names at least
   * {@link #MIN_DAYS} days of their own, each after a place below country level of its own.
   */
  static List<IncidentDraft> split(SentenceFacts f, IncidentDraft previous) {
    List<DateMention> days =
        f.dates().stream()
            .filter(
                d ->
                    d.date() != null
                        && !d.relativeToPrevious()
                        && (d.date().precision() == DatePrecision.DAY
                            || !NamedDays.of(d).isEmpty()))
            .toList();
    if (days.size() < MIN_DAYS
        || days.stream().map(d -> d.date().start()).distinct().count() < days.size()) {
      // "on 21, 28 and 29 March, including one on 21 March": the same day told twice is a
      // summary and its detail, not a list.
      return List.of();
    }
    String text = f.sentence().text();
    List<List<Location>> placesOf = new ArrayList<>();
    List<List<CasualtyMention>> figuresOf = new ArrayList<>();
    int from = 0;
    for (DateMention day : days) {
      List<Location> places = finest(f.locations(), text, from, day.start());
      if (places.isEmpty()) {
        return List.of();
      }
      placesOf.add(places);
      int segmentStart = from;
      // "13 killed in A on 2 May; 8 in B on 5 May": each figure goes with its place's day.
      figuresOf.add(
          f.casualties().stream()
              .filter(c -> c.start() >= segmentStart && c.end() <= day.start())
              .toList());
      from = day.end();
    }
    List<IncidentDraft> out = new ArrayList<>();
    IncidentDraft before = previous;
    for (int i = 0; i < days.size(); i++) {
      List<Location> places = placesOf.get(i);
      List<List<DateMention>> datesOf = NamedDays.perPlace(List.of(days.get(i)), places.size());
      if (places.size() == 1 && datesOf.size() == 2) {
        places = List.of(places.get(0), places.get(0));
      }
      for (int j = 0; j < places.size(); j++) {
        IncidentDraft d = new IncidentDraft(f.sentence().paragraph(), before, true);
        d.facts.add(
            new SentenceFacts(
                f.sentence(),
                f.trigger(),
                false,
                places.size() == 1 ? figuresOf.get(i) : List.of(),
                datesOf.isEmpty() ? List.of(days.get(i)) : datesOf.get(j),
                List.of(places.get(j)),
                f.sources(),
                null));
        out.add(d);
        before = d;
      }
    }
    return out;
  }

  /**
   * The incidents a list item under an event sentence tells: one per place it names at its finest
   * level below country ("• Kankinda and Nzibira, in Walungu territory, on 18 May": two), each told
   * by the item alone; none when the item gives no date or no such place.
   */
  static List<IncidentDraft> item(SentenceFacts item, IncidentDraft previous) {
    List<IncidentDraft> out = new ArrayList<>();
    if (item.generic() || item.dates().stream().noneMatch(d -> d.date() != null)) {
      return out;
    }
    // The villages of "Kankinda, in the territory of Walungu", not the territory around them.
    LocationPrecision finest =
        item.locations().stream()
            .map(l -> l.precision())
            .min(Comparator.naturalOrder())
            .orElse(LocationPrecision.COUNTRY);
    List<Location> places = new ArrayList<>();
    for (Location place : item.locations()) {
      if (finest != LocationPrecision.COUNTRY
          && place.precision() == finest
          && !places.contains(place)) {
        places.add(place);
      }
    }
    // "• Kankinda et Nyamarhege, dans le territoire de Walungu": villages no gazetteer holds.
    List<Location> named = ListItemPlaces.named(item.sentence().text(), item.locations());
    if (named.size() > places.size()) {
      places = named;
    }
    List<List<DateMention>> datesOf = NamedDays.perPlace(item.dates(), places.size());
    if (places.size() == 1 && datesOf.size() == 2) {
      places = List.of(places.get(0), places.get(0));
    }
    IncidentDraft before = previous;
    for (int i = 0; i < places.size(); i++) {
      Location place = places.get(i);
      // Places of one item are events of their own, whatever their shared day: none merges.
      IncidentDraft d = new IncidentDraft(item.sentence().paragraph(), before, places.size() > 1);
      d.facts.add(
          new SentenceFacts(
              item.sentence(),
              item.trigger(),
              false,
              item.casualties(),
              datesOf.isEmpty() ? item.dates() : datesOf.get(i),
              List.of(place),
              item.sources(),
              item.amongTheDead()));
      d.paragraphSource = previous == null ? null : previous.paragraphSource;
      out.add(d);
      before = d;
    }
    return out;
  }

  // The places named in text[from, to) at the finest level found there, below country level.
  private static List<Location> finest(List<Location> found, String text, int from, int to) {
    List<Location> inside = new ArrayList<>();
    for (Location l : found) {
      if (l.text() == null || l.precision() == LocationPrecision.COUNTRY) {
        continue;
      }
      int at = text.indexOf(l.text(), from);
      if (at >= 0 && at + l.text().length() <= to && !inside.contains(l)) {
        inside.add(l);
      }
    }
    LocationPrecision finest =
        inside.stream()
            .map(Location::precision)
            .min(Comparator.naturalOrder())
            .orElse(LocationPrecision.COUNTRY);
    return inside.stream().filter(l -> l.precision() == finest).toList();
  }
}

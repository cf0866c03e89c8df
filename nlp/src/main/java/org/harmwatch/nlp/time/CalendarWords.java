package org.harmwatch.nlp.time;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.harmwatch.nlp.lang.LanguagePacks;

/**
 * The names of the months and weekdays of a choice of language packs ({@code months.tsv}, {@code
 * weekdays.tsv}: a document language's, or every pack's), as regular-expression alternations for
 * the date rules and as lookups from a matched name to its month or day. A month name ending in "."
 * in its file is an abbreviation: its full stop is optional in the text and it counts only beside a
 * day or a year. Immutable and thread-safe.
 */
public final class CalendarWords {
  private static volatile CalendarWords bundled;

  private final Map<String, Integer> months = new HashMap<>();
  private final Map<String, DayOfWeek> weekdays = new HashMap<>();
  private final Set<String> monthNames = new LinkedHashSet<>();
  private final String monthAlternation;
  private final String fullMonthAlternation;
  private final String weekdayAlternation;

  /** The words of {@code packs}; fails naming the file and entry that is not a month or day. */
  public CalendarWords(LanguagePacks packs) {
    List<String> all = new ArrayList<>();
    List<String> full = new ArrayList<>();
    packs
        .keyed("months.tsv")
        .forEach(
            (key, names) -> {
              int month = number(key, 12, "months.tsv");
              for (String name : names) {
                boolean abbreviation = name.endsWith(".");
                String word = abbreviation ? name.substring(0, name.length() - 1) : name;
                months.put(norm(word), month);
                monthNames.add(word.toLowerCase(Locale.ROOT));
                all.add(letters(word, "months.tsv") + (abbreviation ? "\\.?" : ""));
                if (!abbreviation) {
                  full.add(word);
                }
              }
            });
    List<String> days = new ArrayList<>();
    packs
        .keyed("weekdays.tsv")
        .forEach(
            (key, names) -> {
              DayOfWeek day = DayOfWeek.of(number(key, 7, "weekdays.tsv"));
              for (String name : names) {
                weekdays.put(norm(name), day);
                days.add(letters(name, "weekdays.tsv"));
              }
            });
    this.monthAlternation = group(all);
    this.fullMonthAlternation = group(full);
    this.weekdayAlternation = group(days);
  }

  /** The words of the bundled language packs, read once. */
  public static CalendarWords bundled() {
    CalendarWords b = bundled;
    if (b == null) {
      synchronized (CalendarWords.class) {
        b = bundled;
        if (b == null) {
          b = new CalendarWords(LanguagePacks.bundled());
          bundled = b;
        }
      }
    }
    return b;
  }

  /** A capturing group of every month name and abbreviation, longest first. */
  String monthGroup() {
    return monthAlternation;
  }

  /** A capturing group of the full month names only ("march", not "mar"). */
  String fullMonthGroup() {
    return fullMonthAlternation;
  }

  /** A capturing group of every weekday name. */
  String weekdayGroup() {
    return weekdayAlternation;
  }

  /** The month (1-12) that {@code name} names ("Feb.", "février"), or null. */
  public Integer month(String name) {
    return months.get(norm(name));
  }

  /** The weekday that {@code name} names, or null. */
  public DayOfWeek weekday(String name) {
    return weekdays.get(norm(name));
  }

  /** Every month name and abbreviation, lower case, without full stops. */
  public Set<String> monthNames() {
    return Set.copyOf(monthNames);
  }

  private static int number(String key, int max, String file) {
    try {
      int n = Integer.parseInt(key.strip());
      if (n >= 1 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalStateException(file + ": key '" + key + "' is not a number from 1 to " + max);
  }

  // Names go into patterns as they are: only letters, so that none can change the pattern.
  private static String letters(String word, String file) {
    if (!word.matches("\\p{L}+")) {
      throw new IllegalStateException(file + ": '" + word + "' is not a word of letters");
    }
    return word;
  }

  // A pack that names no month (or no weekday) gets a group that matches nothing.
  private static String group(List<String> alternatives) {
    if (alternatives.isEmpty()) {
      return "(" + LanguagePacks.NOTHING + ")";
    }
    List<String> sorted = new ArrayList<>(new LinkedHashSet<>(alternatives));
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return "(" + String.join("|", sorted) + ")";
  }

  // Lower case, without the full stop of an abbreviation nor accents: "Févr." → "fevr".
  static String norm(String s) {
    String n = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return n.replaceAll("\\p{M}+", "").replace(".", "").strip();
  }
}

package org.harmwatch.nlp.time;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The names of the months in English and French, January first. Immutable. */
public final class MonthNames {
  /** English month names, lower case. */
  public static final List<String> ENGLISH =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  /** French month names, lower case, with their accents. */
  public static final List<String> FRENCH =
      List.of(
          "janvier",
          "février",
          "mars",
          "avril",
          "mai",
          "juin",
          "juillet",
          "août",
          "septembre",
          "octobre",
          "novembre",
          "décembre");

  /** Every English and French month name. */
  public static final Set<String> ALL =
      Set.copyOf(Stream.concat(ENGLISH.stream(), FRENCH.stream()).toList());

  private MonthNames() {}
}

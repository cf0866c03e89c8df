package org.harmwatch.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;

/**
 * The places a list item names at its head ("• Kankinda et Nyamarhege, dans le territoire de
 * Walungu, le 18 août"): one location per name, the gazetteer's when it found the name, else the
 * name placed in the district (or province) the item's other places lie in, without coordinates, as
 * the gold places a village that no gazetteer holds. Stateless and thread-safe.
 */
final class ListItemPlaces {
  private static final String NAME = "\\p{Lu}[\\p{L}'’-]*(?:/\\p{Lu}[\\p{L}'’-]*)?";
  private static final String NAMES = NAME + "(?:\\s+" + NAME + ")*";
  private static final String JOIN = "(?:\\s*,\\s*|\\s+(?:et|and|&)\\s+)";

  // The bullet, then two names or more joined by commas or "and", then a break that ends the head.
  private static final Pattern HEAD =
      Pattern.compile(
          "^[^\\p{L}]*(" + NAMES + "(?:" + JOIN + NAMES + ")+)(?=\\s*[,;:(]|\\s+\\p{Ll})");
  private static final Pattern SPLIT = Pattern.compile(JOIN);

  private ListItemPlaces() {}

  /**
   * The places of the item {@code text} whose head names two places or more, given the {@code
   * found} locations the gazetteer resolved in it; empty when the head names fewer than two or when
   * no found place tells the district the unknown names lie in.
   */
  static List<Location> named(String text, List<Location> found) {
    Matcher m = HEAD.matcher(text);
    if (!m.find()) {
      return List.of();
    }
    Location around = district(found);
    List<Location> out = new ArrayList<>();
    for (String name : SPLIT.split(m.group(1))) {
      Location known = known(name, found);
      if (known != null) {
        out.add(known);
      } else if (around != null) {
        out.add(inDistrict(name, around));
      } else {
        return List.of();
      }
    }
    return out;
  }

  // The gazetteer's place for a head name, when the item's words that named it start with it.
  private static Location known(String name, List<Location> found) {
    String key = name.toLowerCase(Locale.ROOT);
    for (Location l : found) {
      String text = l.text() == null ? l.name() : l.text();
      if (l.precision() == LocationPrecision.PLACE
          && text != null
          && text.toLowerCase(Locale.ROOT).startsWith(key)) {
        return l;
      }
    }
    return null;
  }

  // The district the item's places lie in: a found district itself, or the one of a found place.
  private static Location district(List<Location> found) {
    for (Location l : found) {
      if (l.precision() == LocationPrecision.ADMIN2 || l.admin2() != null) {
        return l;
      }
    }
    return null;
  }

  private static Location inDistrict(String name, Location around) {
    String admin2 =
        around.precision() == LocationPrecision.ADMIN2 && around.admin2() == null
            ? around.name()
            : around.admin2();
    return new Location(
        name,
        around.countryCode(),
        around.admin1(),
        admin2,
        null,
        null,
        LocationPrecision.ADMIN2,
        null,
        name);
  }
}

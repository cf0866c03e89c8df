package org.harmwatch.geo;

import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.geo.Gazetteer.Entry;

/**
 * A resolution before it becomes a {@link Location}: the name to show, the country, the gazetteer
 * row (null for parts of a country such as "central Mali") and the precision. Holds the naming
 * rules of results: divisions show their official admin1 name, places and countries the gazetteer's
 * name; only places carry coordinates, and second-level divisions that stand for their seat.
 *
 * @param seat the town of the division's own name that a coder places it at ("Damboa LGA" at
 *     Damboa), or null
 */
record Resolution(
    String name, String countryCode, Entry entry, LocationPrecision precision, Entry seat) {

  /** A resolution without a seat. */
  Resolution(String name, String countryCode, Entry entry, LocationPrecision precision) {
    this(name, countryCode, entry, precision, null);
  }

  /** The resolution that a gazetteer row stands for, named by its kind. */
  static Resolution of(Entry e) {
    LocationPrecision p =
        switch (e.kind()) {
          case ADMIN1 -> LocationPrecision.ADMIN1;
          case ADMIN2 -> LocationPrecision.ADMIN2;
          case COUNTRY -> LocationPrecision.COUNTRY;
          case PLACE -> LocationPrecision.PLACE;
        };
    String name =
        e.kind() == Gazetteer.Kind.ADMIN1 && !e.admin1().isEmpty()
            ? Admin1Names.shown(e.countryCode(), e.admin1())
            : e.name();
    return new Resolution(name, e.countryCode(), e, p);
  }

  /** The same row shown under the phrase as written ("the Mopti region"). */
  Resolution writtenAs(String written) {
    return new Resolution(written, countryCode, entry, precision, seat);
  }

  /** The same division, placed at {@code town}, the seat that bears its name. */
  Resolution atSeat(Entry town) {
    return new Resolution(name, countryCode, entry, precision, town);
  }

  /** The location, with {@code text} as the phrase of the document it came from. */
  Location toLocation(String text) {
    if (entry == null) {
      return new Location(name, countryCode, null, null, null, null, precision, null, text);
    }
    String admin1 = blankToNull(Admin1Names.shown(countryCode, entry.admin1()));
    String admin2 = precision == LocationPrecision.ADMIN1 ? null : blankToNull(entry.admin2());
    Entry at = precision == LocationPrecision.PLACE ? entry : seat;
    return new Location(
        name,
        countryCode,
        admin1,
        admin2,
        at == null ? null : at.lat(),
        at == null ? null : at.lon(),
        precision,
        entry.geonamesId(),
        text);
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}

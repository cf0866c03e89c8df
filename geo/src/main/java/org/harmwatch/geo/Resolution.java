package org.harmwatch.geo;

import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.geo.Gazetteer.Entry;

/**
 * A resolution before it becomes a {@link Location}: the name to show, the country, the gazetteer
 * row (null for parts of a country such as "central Mali") and the precision. Holds the naming
 * rules of results: divisions show their official admin1 name, places and countries the gazetteer's
 * name; only places carry coordinates.
 */
record Resolution(String name, String countryCode, Entry entry, LocationPrecision precision) {

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
    return new Resolution(written, countryCode, entry, precision);
  }

  /** The location, with {@code text} as the phrase of the document it came from. */
  Location toLocation(String text) {
    if (entry == null) {
      return new Location(name, countryCode, null, null, null, null, precision, null, text);
    }
    String admin1 = blankToNull(Admin1Names.shown(countryCode, entry.admin1()));
    String admin2 = precision == LocationPrecision.ADMIN1 ? null : blankToNull(entry.admin2());
    boolean point = precision == LocationPrecision.PLACE;
    return new Location(
        name,
        countryCode,
        admin1,
        admin2,
        point ? entry.lat() : null,
        point ? entry.lon() : null,
        precision,
        entry.geonamesId(),
        text);
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}

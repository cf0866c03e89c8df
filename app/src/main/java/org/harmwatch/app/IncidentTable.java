package org.harmwatch.app;

import java.util.stream.Collectors;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Incident;

/** A fixed-width text table of incidents, for people reading a terminal. */
final class IncidentTable {
  private static final String FORMAT = "%-24s %-23s %-32s %-28s %-9s %s";

  private IncidentTable() {}

  static String header() {
    return String.format(FORMAT, "document", "date", "type", "place", "killed", "perpetrators");
  }

  static String row(Incident i) {
    String date =
        i.date() == null
            ? "-"
            : i.date().start().equals(i.date().end())
                ? i.date().start().toString()
                : i.date().start() + ".." + i.date().end();
    String type = i.subEventType() == null ? "-" : i.subEventType().code();
    String place =
        i.location() == null ? "-" : i.location().name() + " (" + i.location().countryCode() + ")";
    return String.format(
        FORMAT,
        cut(i.document() == null ? "-" : i.document().id(), 24),
        date,
        cut(type, 32),
        cut(place, 28),
        count(i.casualties().killed()),
        i.perpetrators().stream().map(Actor::name).collect(Collectors.joining("; ")));
  }

  private static String count(Count c) {
    if (c == null) {
      return "-";
    }
    if (c.max() == null) {
      return c.min() == null ? "?" : c.min() + "+";
    }
    return c.min() != null && c.min().equals(c.max())
        ? c.min().toString()
        : c.min() + "-" + c.max();
  }

  private static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}

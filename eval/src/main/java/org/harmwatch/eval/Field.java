package org.harmwatch.eval;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;

/**
 * A scored field of an incident, with the rule deciding whether a predicted value is right and a
 * short rendering of the value for miss lists.
 *
 * <p>Rules: absent on both sides is right; present on one side only is wrong. Dates need equal
 * start and end; admin1 is compared without accents or case; coordinates must lie within {@value
 * #MAX_KM} km; killed needs equal {@code min} and {@code max}; perpetrators and reported_by compare
 * as case-insensitive sets.
 *
 * <p>Immutable and thread-safe.
 */
public enum Field {
  EVENT_TYPE("event_type"),
  SUB_EVENT_TYPE("sub_event_type"),
  DATE("date"),
  COUNTRY("country"),
  ADMIN1("admin1"),
  COORDINATES("coordinates"),
  KILLED("killed"),
  CHILDREN_KILLED("children_killed"),
  PERPETRATORS("perpetrators"),
  REPORTED_BY("reported_by");

  /** Coordinates within this distance of the gold ones are right. */
  public static final double MAX_KM = 50.0;

  private final String code;

  Field(String code) {
    this.code = code;
  }

  /** The snake_case name used in reports. */
  public String code() {
    return code;
  }

  /** Whether {@code predicted} has this field right with respect to {@code gold}. */
  public boolean correct(Incident gold, Incident predicted) {
    return switch (this) {
      case EVENT_TYPE -> gold.eventType() == predicted.eventType();
      case SUB_EVENT_TYPE -> gold.subEventType() == predicted.subEventType();
      case DATE -> sameDate(gold.date(), predicted.date());
      case COUNTRY ->
          Objects.equals(lower(country(gold.location())), lower(country(predicted.location())));
      case ADMIN1 ->
          Objects.equals(
              normalize(admin1(gold.location())), normalize(admin1(predicted.location())));
      case COORDINATES -> closeEnough(gold.location(), predicted.location());
      case KILLED -> sameCount(gold.casualties().killed(), predicted.casualties().killed());
      case CHILDREN_KILLED ->
          Objects.equals(
              gold.casualties().childrenKilled(), predicted.casualties().childrenKilled());
      case PERPETRATORS -> names(gold.perpetrators()).equals(names(predicted.perpetrators()));
      case REPORTED_BY -> lowerSet(gold.reportedBy()).equals(lowerSet(predicted.reportedBy()));
    };
  }

  /** A short rendering of this field of {@code incident} ("null" when absent). */
  public String render(Incident incident) {
    if (incident == null) {
      return "-";
    }
    Location l = incident.location();
    return switch (this) {
      case EVENT_TYPE -> incident.eventType() == null ? "null" : incident.eventType().code();
      case SUB_EVENT_TYPE ->
          incident.subEventType() == null ? "null" : incident.subEventType().code();
      case DATE ->
          incident.date() == null ? "null" : incident.date().start() + ".." + incident.date().end();
      case COUNTRY -> String.valueOf(country(l));
      case ADMIN1 -> String.valueOf(admin1(l));
      case COORDINATES ->
          l == null || !l.hasCoordinates()
              ? "null"
              : String.format(Locale.ROOT, "%.4f,%.4f", l.lat(), l.lon());
      case KILLED -> renderCount(incident.casualties().killed());
      case CHILDREN_KILLED -> String.valueOf(incident.casualties().childrenKilled());
      case PERPETRATORS ->
          incident.perpetrators().stream()
              .map(Actor::name)
              .collect(Collectors.joining("; ", "[", "]"));
      case REPORTED_BY -> String.join("; ", incident.reportedBy()).transform(s -> "[" + s + "]");
    };
  }

  /** Lower case, without accents, hyphens or repeated blanks; null stays null. */
  static String normalize(String s) {
    if (s == null) {
      return null;
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return n.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").trim();
  }

  private static boolean sameDate(IncidentDate g, IncidentDate p) {
    if (g == null || p == null) {
      return g == null && p == null;
    }
    return g.start().equals(p.start()) && g.end().equals(p.end());
  }

  private static boolean closeEnough(Location g, Location p) {
    boolean gc = g != null && g.hasCoordinates();
    boolean pc = p != null && p.hasCoordinates();
    if (!gc || !pc) {
      return !gc && !pc;
    }
    return Location.km(g.lat(), g.lon(), p.lat(), p.lon()) <= MAX_KM;
  }

  private static boolean sameCount(Count g, Count p) {
    if (g == null || p == null) {
      return g == null && p == null;
    }
    return Objects.equals(g.min(), p.min()) && Objects.equals(g.max(), p.max());
  }

  private static String renderCount(Count c) {
    return c == null ? "null" : "{" + c.min() + "," + c.max() + "}";
  }

  private static String country(Location l) {
    return l == null ? null : l.countryCode();
  }

  private static String admin1(Location l) {
    return l == null ? null : l.admin1();
  }

  private static String lower(String s) {
    return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
  }

  private static Set<String> names(List<Actor> actors) {
    return lowerSet(actors.stream().map(Actor::name).toList());
  }

  private static Set<String> lowerSet(List<String> values) {
    return values.stream().map(Field::lower).collect(Collectors.toCollection(TreeSet::new));
  }
}

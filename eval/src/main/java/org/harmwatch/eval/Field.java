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
 * A scored field of an incident: whether an incident has a value for it, the rule deciding whether
 * a predicted value agrees with the gold one, and a short rendering of the value for miss lists.
 *
 * <p>Rules: dates need equal start and end; country is compared without case; admin1 and admin2
 * without accents, hyphens or case; coordinates must lie within {@value #MAX_KM} km; every count
 * ({@code civilians_killed}, {@code injured}, {@code detained}, {@code killed_exact}) needs equal
 * {@code min} and {@code max}; {@code killed} needs equal {@code min} and, unless the gold's is
 * open ("at least N"), equal {@code max}; perpetrators, targets and reported_by compare as
 * case-insensitive sets of names, the actor names of perpetrators and targets also without
 * punctuation and without the replacement character U+FFFD ("Lord's" = "Lords" = "Lord" U+FFFD
 * "s"): a gold file whose apostrophes were lost in a re-encoding holds the same name, and an
 * encoding defect is not an extraction error. A field absent on both sides of a matched pair is
 * right. The {@link #headline() headline} fields are today's report; {@link #goldOnly() gold-only}
 * fields are scored only where the gold gives a value, because gold sets leave them unspecified
 * (ACLED rows before 2019 have no sub-event type; ACLED gold empties perpetrators where actor1 is
 * "X and/or Y").
 *
 * <p>Immutable and thread-safe.
 */
public enum Field {
  EVENT_TYPE("event_type", true, false),
  SUB_EVENT_TYPE("sub_event_type", true, true),
  DATE("date", true, false),
  COUNTRY("country", true, false),
  ADMIN1("admin1", true, false),
  COORDINATES("coordinates", true, false),
  KILLED("killed", true, false),
  KILLED_EXACT("killed_exact", false, false),
  CHILDREN_KILLED("children_killed", true, false),
  PERPETRATORS("perpetrators", true, true),
  REPORTED_BY("reported_by", true, false),
  ADMIN2("admin2", false, false),
  CIVILIANS_KILLED("civilians_killed", false, false),
  INJURED("injured", false, false),
  DETAINED("detained", false, false),
  TARGETS("targets", false, false);

  /** Coordinates within this distance of the gold ones are right. */
  public static final double MAX_KM = 50.0;

  /** What comparing one field of a gold incident and of its prediction gives. */
  public enum Outcome {
    /** Both have a value and they agree. */
    RIGHT,
    /** Neither has a value (a matched pair): right, but no value to count in P and R. */
    RIGHT_EMPTY,
    /** Both have a value and they differ. */
    WRONG,
    /** The gold has a value, the prediction (or the unmatched gold's absent prediction) none. */
    MISSING,
    /** The prediction has a value, the gold none (or there is no gold incident). */
    SPURIOUS,
    /** An unmatched gold incident without a value: not right, nothing to count in P and R. */
    UNMATCHED_EMPTY,
    /** Not scored: a gold-only field the gold leaves unspecified, or no value on either side. */
    UNSCORED
  }

  private final String code;
  private final boolean headline;
  private final boolean goldOnly;

  Field(String code, boolean headline, boolean goldOnly) {
    this.code = code;
    this.headline = headline;
    this.goldOnly = goldOnly;
  }

  /** The snake_case name used in reports. */
  public String code() {
    return code;
  }

  /** Whether the field is one of the headline figures (the report's first table, the floors). */
  public boolean headline() {
    return headline;
  }

  /** Whether the field is scored only where the gold gives it a value. */
  public boolean goldOnly() {
    return goldOnly;
  }

  /** The headline fields, in report order. */
  public static List<Field> headlines() {
    return java.util.Arrays.stream(values()).filter(Field::headline).toList();
  }

  /** The field with snake_case {@code code}; throws naming the bad code and the known ones. */
  public static Field fromCode(String code) {
    for (Field f : values()) {
      if (f.code.equals(code)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown field '"
            + code
            + "'; known: "
            + java.util.Arrays.stream(values()).map(Field::code).toList());
  }

  /**
   * Compares this field of a gold incident with its prediction; either may be null (an unmatched
   * gold incident, a spurious prediction), not both.
   */
  public Outcome compare(Scored gold, Scored predicted) {
    if (gold == null && predicted == null) {
      throw new IllegalArgumentException("nothing to compare");
    }
    boolean g = gold != null && has(gold);
    boolean p = predicted != null && has(predicted);
    if (gold != null && goldOnly && !g) {
      return Outcome.UNSCORED;
    }
    if (gold == null) {
      return p ? Outcome.SPURIOUS : Outcome.UNSCORED;
    }
    if (predicted == null) {
      return g ? Outcome.MISSING : Outcome.UNMATCHED_EMPTY;
    }
    if (g && p) {
      return agree(gold, predicted) ? Outcome.RIGHT : Outcome.WRONG;
    }
    if (g) {
      return Outcome.MISSING;
    }
    return p ? Outcome.SPURIOUS : Outcome.RIGHT_EMPTY;
  }

  /**
   * Whether {@code predicted} has this field right with respect to {@code gold}: both have equal
   * values, or neither has one (also for gold-only fields, which {@link #compare} leaves unscored).
   */
  public boolean correct(Incident gold, Incident predicted) {
    Scored g = Scored.of(gold);
    Scored p = Scored.of(predicted);
    boolean hg = has(g);
    boolean hp = has(p);
    return hg && hp ? agree(g, p) : hg == hp;
  }

  /** Whether {@code incident} has a value for this field. */
  public boolean has(Scored scored) {
    Incident i = scored.incident();
    Location l = i.location();
    return switch (this) {
      case EVENT_TYPE -> i.eventType() != null;
      case SUB_EVENT_TYPE -> i.subEventType() != null;
      case DATE -> i.date() != null;
      case COUNTRY -> blank(country(l)) != null;
      case ADMIN1 -> normalize(l == null ? null : l.admin1()) != null;
      case ADMIN2 -> normalize(l == null ? null : l.admin2()) != null;
      case COORDINATES -> l != null && l.hasCoordinates();
      case KILLED, KILLED_EXACT -> present(i.casualties().killed());
      case CIVILIANS_KILLED -> present(scored.civiliansKilled());
      case INJURED -> present(i.casualties().injured());
      case DETAINED -> present(i.casualties().detained());
      case CHILDREN_KILLED -> i.casualties().childrenKilled() != null;
      case PERPETRATORS -> !names(i.perpetrators()).isEmpty();
      case TARGETS -> !names(i.targets()).isEmpty();
      case REPORTED_BY -> !lowerSet(i.reportedBy()).isEmpty();
    };
  }

  // Both sides have a value here.
  private boolean agree(Scored gold, Scored predicted) {
    Incident g = gold.incident();
    Incident p = predicted.incident();
    return switch (this) {
      case EVENT_TYPE -> g.eventType() == p.eventType();
      case SUB_EVENT_TYPE -> g.subEventType() == p.subEventType();
      case DATE -> sameDate(g.date(), p.date());
      case COUNTRY -> lower(country(g.location())).equals(lower(country(p.location())));
      case ADMIN1 -> normalize(g.location().admin1()).equals(normalize(p.location().admin1()));
      case ADMIN2 -> normalize(g.location().admin2()).equals(normalize(p.location().admin2()));
      case COORDINATES -> g.location().kmTo(p.location()) <= MAX_KM;
      case KILLED -> withinGold(g.casualties().killed(), p.casualties().killed());
      case KILLED_EXACT -> sameCount(g.casualties().killed(), p.casualties().killed());
      case CIVILIANS_KILLED -> sameCount(gold.civiliansKilled(), predicted.civiliansKilled());
      case INJURED -> sameCount(g.casualties().injured(), p.casualties().injured());
      case DETAINED -> sameCount(g.casualties().detained(), p.casualties().detained());
      case CHILDREN_KILLED ->
          Objects.equals(g.casualties().childrenKilled(), p.casualties().childrenKilled());
      case PERPETRATORS -> names(g.perpetrators()).equals(names(p.perpetrators()));
      case TARGETS -> names(g.targets()).equals(names(p.targets()));
      case REPORTED_BY -> lowerSet(g.reportedBy()).equals(lowerSet(p.reportedBy()));
    };
  }

  /** A short rendering of this field of {@code incident} ("null" when absent, "-" for none). */
  public String render(Incident incident) {
    return incident == null ? "-" : render(Scored.of(incident));
  }

  /** A short rendering of this field ("null" when absent, "-" for no incident). */
  public String render(Scored scored) {
    if (scored == null) {
      return "-";
    }
    Incident incident = scored.incident();
    Location l = incident.location();
    return switch (this) {
      case EVENT_TYPE -> incident.eventType() == null ? "null" : incident.eventType().code();
      case SUB_EVENT_TYPE ->
          incident.subEventType() == null ? "null" : incident.subEventType().code();
      case DATE ->
          incident.date() == null ? "null" : incident.date().start() + ".." + incident.date().end();
      case COUNTRY -> String.valueOf(country(l));
      case ADMIN1 -> String.valueOf(l == null ? null : l.admin1());
      case ADMIN2 -> String.valueOf(l == null ? null : l.admin2());
      case COORDINATES ->
          l == null || !l.hasCoordinates()
              ? "null"
              : String.format(Locale.ROOT, "%.4f,%.4f", l.lat(), l.lon());
      case KILLED, KILLED_EXACT -> renderCount(incident.casualties().killed());
      case CIVILIANS_KILLED -> renderCount(scored.civiliansKilled());
      case INJURED -> renderCount(incident.casualties().injured());
      case DETAINED -> renderCount(incident.casualties().detained());
      case CHILDREN_KILLED -> String.valueOf(incident.casualties().childrenKilled());
      case PERPETRATORS -> renderActors(incident.perpetrators());
      case TARGETS -> renderActors(incident.targets());
      case REPORTED_BY -> String.join("; ", incident.reportedBy()).transform(s -> "[" + s + "]");
    };
  }

  /** Lower case, without accents, hyphens or repeated blanks; null or blank gives null. */
  static String normalize(String s) {
    if (s == null) {
      return null;
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    n = n.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").trim();
    return n.isEmpty() ? null : n;
  }

  private static boolean sameDate(IncidentDate g, IncidentDate p) {
    return g.start().equals(p.start()) && g.end().equals(p.end());
  }

  private static boolean present(Count c) {
    return c != null && (c.min() != null || c.max() != null);
  }

  /**
   * Whether a predicted toll agrees with the gold one: equal minimums, and equal maximums unless
   * the gold's is open. A gold "at least N" (coded datasets state every toll so: ACLED's fatalities
   * are the lowest figure the sources support) cannot check a prediction's upper bound; {@link
   * #KILLED_EXACT} still counts the difference.
   */
  private static boolean withinGold(Count g, Count p) {
    return Objects.equals(g.min(), p.min())
        && (g.max() == null || Objects.equals(g.max(), p.max()));
  }

  private static boolean sameCount(Count g, Count p) {
    return Objects.equals(g.min(), p.min()) && Objects.equals(g.max(), p.max());
  }

  private static String renderCount(Count c) {
    return c == null ? "null" : "{" + c.min() + "," + c.max() + "}";
  }

  private static String renderActors(List<Actor> actors) {
    return actors.stream().map(Actor::name).collect(Collectors.joining("; ", "[", "]"));
  }

  private static String country(Location l) {
    return l == null ? null : l.countryCode();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String lower(String s) {
    return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
  }

  private static Set<String> names(List<Actor> actors) {
    return lowerSet(actors.stream().map(a -> actorKey(a.name())).toList());
  }

  /**
   * An actor name as compared: without punctuation, symbols or U+FFFD, a hyphen or slash as a
   * blank, blanks collapsed ("Boko Haram - Jama'atu" = "Boko Haram Jamaatu").
   */
  static String actorKey(String name) {
    if (name == null) {
      return null;
    }
    return name.replaceAll("[-/\\u2010-\\u2015]", " ")
        .replaceAll("[\\p{P}\\p{S}\\uFFFD]", "")
        .replaceAll("[\\s\\u00A0]+", " ")
        .trim();
  }

  private static Set<String> lowerSet(List<String> values) {
    return values.stream()
        .map(Field::lower)
        .filter(s -> s != null && !s.isEmpty())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}

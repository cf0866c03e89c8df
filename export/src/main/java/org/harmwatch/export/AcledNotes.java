package org.harmwatch.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.harmwatch.core.corroboration.FigureEstimate;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.SubEventType;

/**
 * Writes an incident's ACLED-style {@code notes}: one sentence of who did what to whom, when and
 * where ("On 12 March 2024, JNIM attacked civilians in Djibo (Soum, Sahel)."), then one of the toll
 * ("At least 12 people were killed and 3 injured."). Every part comes from a field of the incident,
 * and so from the words of the source it points at; a part the incident does not know is left out,
 * never filled in. Stateless.
 */
final class AcledNotes {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  private AcledNotes() {}

  /** The notes of {@code r}; {@code country} is the country's name, or null. */
  static String of(ExportRecord r, String country) {
    Incident i = r.incident();
    StringBuilder s = new StringBuilder();
    String when = when(i.date());
    String who = actors(i.perpetrators(), null);
    String whom = actors(i.targets(), "civilians");
    String where = where(i.location(), country);
    String verb = verb(i.subEventType());
    StringBuilder clause = new StringBuilder();
    if (who == null) {
      // No perpetrator is named: the passive voice says so without inventing one.
      clause.append(whom == null ? "an event took place" : whom + " " + passive(i.subEventType()));
    } else {
      clause.append(who).append(' ').append(verb);
      if (whom != null) {
        clause.append(' ').append(whom);
      }
    }
    if (where != null) {
      clause.append(" in ").append(where);
    }
    if (when != null) {
      s.append(when).append(", ").append(clause);
    } else {
      s.append(Character.toUpperCase(clause.charAt(0))).append(clause.substring(1));
    }
    s.append('.');
    String toll = toll(r);
    if (toll != null) {
      s.append(' ').append(toll);
    }
    return s.toString();
  }

  private static String when(IncidentDate d) {
    if (d == null) {
      return null;
    }
    LocalDate start = d.start();
    return switch (d.precision()) {
      case DAY ->
          d.end().equals(start)
              ? "On " + DAY.format(start)
              : "Between " + DAY.format(start) + " and " + DAY.format(d.end());
      case WEEK -> "Around " + DAY.format(start) + " (week of)";
      case MONTH -> "In " + MONTH.format(start);
      case YEAR -> "In " + start.getYear();
    };
  }

  private static String actors(List<Actor> actors, String civiliansWord) {
    Set<String> names = new LinkedHashSet<>();
    for (Actor a : actors) {
      if (a.type() == ActorType.CIVILIANS && civiliansWord != null) {
        names.add(civiliansWord);
      } else {
        names.add(a.name());
      }
    }
    if (names.isEmpty()) {
      return null;
    }
    List<String> list = new ArrayList<>(names);
    if (list.size() == 1) {
      return list.get(0);
    }
    return String.join(", ", list.subList(0, list.size() - 1))
        + " and "
        + list.get(list.size() - 1);
  }

  private static String verb(SubEventType t) {
    if (t == null) {
      return "attacked";
    }
    return switch (t) {
      case ARMED_CLASH -> "clashed with";
      case GOVERNMENT_REGAINS_TERRITORY, NON_STATE_ACTOR_OVERTAKES_TERRITORY ->
          "took territory from";
      case AIR_DRONE_STRIKE -> "carried out an air or drone strike against";
      case SHELLING_ARTILLERY_MISSILE_ATTACK -> "shelled";
      case REMOTE_EXPLOSIVE_LANDMINE_IED -> "detonated an explosive device against";
      case SUICIDE_BOMB -> "carried out a suicide bombing against";
      case GRENADE -> "threw a grenade at";
      case CHEMICAL_WEAPON -> "used a chemical weapon against";
      case ABDUCTION_FORCED_DISAPPEARANCE -> "abducted";
      case SEXUAL_VIOLENCE -> "committed sexual violence against";
      case ARRESTS -> "arrested";
      case LOOTING_PROPERTY_DESTRUCTION -> "looted or destroyed the property of";
      case EXCESSIVE_FORCE_AGAINST_PROTESTERS -> "used excessive force against";
      case ATTACK, MOB_VIOLENCE -> "attacked";
      default -> "acted against";
    };
  }

  private static String passive(SubEventType t) {
    if (t == null) {
      return "were attacked";
    }
    return switch (t) {
      case ARMED_CLASH -> "were involved in a clash";
      case AIR_DRONE_STRIKE -> "were hit by an air or drone strike";
      case SHELLING_ARTILLERY_MISSILE_ATTACK -> "were shelled";
      case REMOTE_EXPLOSIVE_LANDMINE_IED -> "were hit by an explosive device";
      case SUICIDE_BOMB -> "were hit by a suicide bombing";
      case GRENADE -> "were hit by a grenade";
      case ABDUCTION_FORCED_DISAPPEARANCE -> "were abducted";
      case SEXUAL_VIOLENCE -> "were subjected to sexual violence";
      case ARRESTS -> "were arrested";
      case LOOTING_PROPERTY_DESTRUCTION -> "had their property looted or destroyed";
      default -> "were attacked";
    };
  }

  private static String where(Location l, String country) {
    if (l == null) {
      return country;
    }
    List<String> around = new ArrayList<>();
    for (String part : new String[] {l.admin2(), l.admin1()}) {
      if (part != null
          && !part.isBlank()
          && !part.equalsIgnoreCase(l.name())
          && !around.contains(part)) {
        around.add(part);
      }
    }
    String name = l.name() != null && !l.name().isBlank() ? l.name() : null;
    if (name == null) {
      return around.isEmpty() ? country : String.join(", ", around);
    }
    return around.isEmpty() ? name : name + " (" + String.join(", ", around) + ")";
  }

  private static String toll(ExportRecord r) {
    List<String> parts = new ArrayList<>();
    Casualties c = r.incident().casualties();
    String killed = figure(r.killed(), c.killed());
    String injured = figure(r.injured(), c.injured());
    String detained = figure(r.detained(), c.detained());
    if (killed != null) {
      parts.add(killed + (isOne(r.killed()) ? " person was killed" : " people were killed"));
    }
    if (injured != null) {
      parts.add(
          parts.isEmpty()
              ? injured + (isOne(r.injured()) ? " person was injured" : " people were injured")
              : injured + " injured");
    }
    if (detained != null) {
      parts.add(
          parts.isEmpty()
              ? detained
                  + (isOne(r.detained())
                      ? " person was abducted or detained"
                      : " people were abducted or detained")
              : detained + " abducted or detained");
    }
    if (parts.isEmpty()) {
      return null;
    }
    String joined =
        parts.size() == 1
            ? parts.get(0)
            : String.join(", ", parts.subList(0, parts.size() - 1))
                + " and "
                + parts.get(parts.size() - 1);
    return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ".";
  }

  /**
   * "12", or "at least 12" when sources support a higher figure or give 12 as a minimum; null when
   * none is stated or it is zero.
   */
  private static String figure(FigureEstimate e, Count own) {
    Integer low = AcledCsvWriter.lowest(e);
    if (low == null || (low == 0 && (e.high() == null || e.high() == 0))) {
      return null;
    }
    boolean more = (e.high() != null && e.high() > low) || (own != null && own.max() == null);
    return (more ? "at least " : "") + low;
  }

  private static boolean isOne(FigureEstimate e) {
    Integer low = AcledCsvWriter.lowest(e);
    return low != null && low == 1;
  }
}

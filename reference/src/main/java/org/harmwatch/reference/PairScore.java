package org.harmwatch.reference;

import static org.harmwatch.reference.CrossChecker.WINDOW_DAYS;
import static org.harmwatch.reference.Names.sharesHalf;

import java.util.List;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.reference.ReferenceEvent;

/**
 * The score of an incident of ours against an event of theirs, as {@link CrossChecker} describes
 * it: date, place, type, actors and figures, with vetoes.
 */
final class PairScore {
  private PairScore() {}

  private static final double VETO = -1;

  // The score of a pair; its reasons are added to `why` when it is not null (the scan of the
  // candidates runs without them, and only the best is explained).
  static double score(Ours ours, Theirs theirs, List<String> why) {
    CheckedIncident o = ours.incident;
    ReferenceEvent e = theirs.event;
    double score = 0;
    // Date
    long os = o.start().toEpochDay();
    long oe = o.end().toEpochDay();
    long es = e.dateStart().toEpochDay();
    long ee = e.dateEnd().toEpochDay();
    long gap = Math.max(0, Math.max(es - oe, os - ee));
    if (gap > WINDOW_DAYS) {
      return VETO;
    }
    if (gap == 0 && os == oe && es == ee) {
      score += 0.30;
      add(why, "same day");
    } else if (gap == 0) {
      score += 0.25;
      add(why, "dates overlap");
    } else {
      score += gap == 1 ? 0.20 : gap <= 3 ? 0.12 : 0.05;
      if (why != null) {
        why.add(gap + (gap == 1 ? " day" : " days") + " apart");
      }
    }
    // Place
    if (o.lat() != null && e.hasCoordinates()) {
      double km = Location.km(o.lat(), o.lon(), e.lat(), e.lon());
      boolean precise = o.precisePlace() && (e.geoPrecision() == null || e.geoPrecision() == 1);
      if (km > 50 && precise) {
        return VETO;
      }
      double p = km <= 2 ? 0.30 : km <= 10 ? 0.25 : km <= 25 ? 0.18 : km <= 50 ? 0.10 : 0;
      if (p > 0) {
        score += p;
        if (why != null) {
          why.add(km < 1 ? "same place" : Math.round(km) + " km apart");
        }
      }
    } else {
      if (ours.place != null && ours.place.equals(theirs.location)) {
        score += 0.30;
        add(why, "same place name (" + e.location() + ")");
      } else if (ours.admin1 != null
          && theirs.admin1 != null
          && !ours.admin1.equals(theirs.admin1)) {
        return VETO;
      } else if (ours.admin2 != null && ours.admin2.equals(theirs.admin2)) {
        score += 0.15;
        add(why, "same district (" + e.admin2() + ")");
      } else if (ours.admin1 != null && theirs.admin1 != null) {
        score += 0.08;
        add(why, "same province (" + e.admin1() + ")");
      }
    }
    // Type
    if (o.subEventType() != null && o.subEventType() == e.subEventType()) {
      score += 0.20;
      add(why, "same sub-event type (" + o.subEventType().code() + ")");
    } else if (o.eventType() != null && o.eventType() == e.eventType()) {
      score += 0.15;
      add(why, "same event type (" + o.eventType().code() + ")");
    } else if (o.eventType() != null
        && e.eventType() != null
        && violent(o.eventType()) != violent(e.eventType())) {
      score -= 0.20;
    }
    // Actors
    double actor = 0;
    String actorName = null;
    for (int p = 0; p < ours.perpetrators.length; p++) {
      for (int t = 0; t < theirs.actors.length; t++) {
        double s =
            ours.perpetrators[p].equals(theirs.actorKeys[t])
                ? 0.10
                : sharesHalf(ours.perpetratorWords[p], theirs.actorWords[t]) ? 0.06 : 0;
        if (s > actor) {
          actor = s;
          actorName = theirs.actors[t];
        }
      }
    }
    if (actor > 0) {
      score += actor;
      add(why, "actor " + actorName);
    }
    if (ours.civilians && theirs.civilians) {
      score += 0.03;
      add(why, "civilians targeted");
    }
    // Figures
    Integer f = e.fatalities();
    if (f != null && o.best() != null) {
      int low = o.low() != null ? o.low() : o.best();
      int high = o.high() != null ? o.high() : o.best();
      if (f >= low && f <= high) {
        score += 0.10;
        add(
            why,
            "fatalities " + f + (low == high ? " as ours" : " within our " + low + "-" + high));
      } else if (Math.abs(f - o.best()) <= Math.max(1, o.best() / 5)) {
        score += 0.05;
        add(why, "fatalities " + f + " close to our " + o.best());
      } else {
        score -= 0.05;
        add(why, "fatalities differ: ours " + o.best() + ", theirs " + f);
      }
    }
    return score;
  }

  private static void add(List<String> why, String reason) {
    if (why != null) {
      why.add(reason);
    }
  }

  private static boolean violent(EventType t) {
    return t == EventType.BATTLES
        || t == EventType.EXPLOSIONS_REMOTE_VIOLENCE
        || t == EventType.VIOLENCE_AGAINST_CIVILIANS;
  }
}

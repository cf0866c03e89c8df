package org.harmwatch.link;

import static org.harmwatch.link.Linker.reportedAfter;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.model.SubEventType;

/**
 * The scoring of one pair of reports for {@link Linker}: additive evidence (dates, places, event
 * types, perpetrators, tolls, a shared wire story) with vetoes that mark two certainly different
 * events. Stateless.
 */
final class PairScorer {
  private PairScorer() {}

  /**
   * The name of one report's place (a resolved town or village) when the other report's evidence
   * sentences or place phrase name it too (accents and case ignored, whole words), else null. It
   * recovers place agreement when the other report's place was not resolved or only to a region.
   */
  static String namedPlace(LinkInput x, LinkInput y) {
    String n = placeNamedIn(x.incident().location(), y.incident());
    return n != null ? n : placeNamedIn(y.incident().location(), x.incident());
  }

  private static String placeNamedIn(Location l, Incident other) {
    if (l == null || l.precision() != LocationPrecision.PLACE || l.name() == null) {
      return null;
    }
    String name = words(l.name());
    if (name.length() < 4) {
      return null;
    }
    Location ol = other.location();
    if (ol != null && ol.text() != null && words(ol.text()).contains(name)) {
      return l.name();
    }
    for (org.harmwatch.core.model.Evidence e : other.evidence()) {
      if (e.text() != null && words(e.text()).contains(name)) {
        return l.name();
      }
    }
    // Headlines usually name the place ("Hombori: twenty civilians killed ...").
    if (other.document() != null
        && other.document().title() != null
        && words(other.document().title()).contains(name)) {
      return l.name();
    }
    return null;
  }

  // Accent- and case-folded words, each surrounded by single spaces.
  private static String words(String s) {
    return " " + Folding.fold(s).replaceAll("[^a-z0-9]+", " ").trim() + " ";
  }

  /** Scores a pair; null means a veto (certainly different events). */
  static Link score(LinkInput x, LinkInput y) {
    Incident a = x.incident();
    Incident b = y.incident();
    if (x.documentId().equals(y.documentId())) {
      // The extractor already folds one event told twice in a document into one incident.
      return null;
    }
    double s = 0;
    List<String> why = new ArrayList<>();

    if (a.date() != null && b.date() != null) {
      long gap = gapDays(a.date().start(), a.date().end(), b.date().start(), b.date().end());
      long tol = tolerance(a.date().precision()) + tolerance(b.date().precision());
      if (gap > tol) {
        return null;
      }
      boolean bothDay =
          a.date().precision() == DatePrecision.DAY && b.date().precision() == DatePrecision.DAY;
      if (gap == 0 && bothDay && a.date().start().equals(b.date().start())) {
        s += 0.3;
        why.add("same day");
      } else if (gap == 0) {
        s += bothDay ? 0.25 : 0.15;
        why.add("overlapping dates");
      } else {
        s += 0.1;
        why.add(gap + " day(s) apart");
      }
    }

    long after = reportedAfter(x, y);
    if (after >= 0) {
      s += 0.1;
      why.add("reported " + after + " day(s) after");
    }

    Location la = a.location();
    Location lb = b.location();
    if (la != null && lb != null) {
      if (la.countryCode() != null
          && lb.countryCode() != null
          && !la.countryCode().equals(lb.countryCode())) {
        return null;
      }
      if (la.hasCoordinates()
          && lb.hasCoordinates()
          && la.precision() == LocationPrecision.PLACE
          && lb.precision() == LocationPrecision.PLACE) {
        double km = la.kmTo(lb);
        if (km > 50) {
          return null;
        } else if (km <= 25) {
          s += km <= 5 ? 0.3 : 0.22;
          why.add(Math.round(km) + " km apart");
        } else {
          s += 0.05;
          why.add(Math.round(km) + " km apart");
        }
      } else if (same(la.admin2(), lb.admin2())) {
        s += namedPlace(x, y) != null ? 0.2 : 0.15;
        why.add("same admin2 " + la.admin2());
      } else if (same(la.admin1(), lb.admin1())) {
        String named = namedPlace(x, y);
        s += named != null ? 0.2 : 0.08;
        why.add(named != null ? named + " named by both" : "same admin1 " + la.admin1());
      } else if (la.admin1() != null && lb.admin1() != null) {
        return null;
      }
    } else {
      // One report's place was not resolved; its sentences may still name the other's place.
      String named = namedPlace(x, y);
      if (named != null) {
        s += 0.2;
        why.add(named + " named by both");
      }
    }

    EventType ea = a.eventType();
    EventType eb = b.eventType();
    if (a.subEventType() != b.subEventType()
        && (abductionLike(a.subEventType()) || abductionLike(b.subEventType()))) {
      return null;
    }
    if (a.subEventType() != null && a.subEventType() == b.subEventType()) {
      s += 0.15;
      why.add("both " + a.subEventType().code());
    } else if (ea != null && ea == eb) {
      s += 0.1;
      why.add("both " + ea.name().toLowerCase(Locale.ROOT));
    } else if (ea != null && eb != null) {
      if (!compatible(a.subEventType(), b.subEventType(), ea, eb)) {
        return null;
      }
      s += 0.05;
      why.add("compatible event types");
    }

    List<Actor> actorsA = named(a.perpetrators());
    List<Actor> actorsB = named(b.perpetrators());
    String shared = sharedPerpetrator(actorsA, actorsB);
    if (shared != null) {
      s += 0.15;
      why.add("both name " + shared);
    } else if (!actorsA.isEmpty() && !actorsB.isEmpty()) {
      // Both name who did it, and no name agrees: strong evidence of two events.
      s -= 0.2;
      why.add("different perpetrators");
    }

    Count ka = a.casualties().killed();
    Count kb = b.casualties().killed();
    Integer pa = point(ka);
    Integer pb = point(kb);
    if (pa != null && pb != null) {
      double r = Math.min(pa, pb) / (double) Math.max(1, Math.max(pa, pb));
      if (r >= 0.6) {
        s += 0.1;
        why.add("similar tolls (" + pa + "/" + pb + " killed)");
      } else if (r < 0.3 && Math.max(pa, pb) >= 5) {
        s -= 0.1;
        why.add("different tolls (" + pa + "/" + pb + " killed)");
      }
    }

    if (x.fingerprint() != null && x.fingerprint().equals(y.fingerprint())) {
      s += 0.3;
      why.add("same wire story");
    }
    double score = Math.max(0, Math.min(1, s));
    score = Math.round(score * 1000) / 1000.0;
    return new Link(x.id(), y.id(), score, String.join(", ", why));
  }

  private static boolean compatible(SubEventType sa, SubEventType sb, EventType ea, EventType eb) {
    // One strike is often coded as remote violence by one outlet and as an attack on civilians by
    // another; a clash and an abduction, however, are different events.
    boolean remoteVsCivilian =
        (ea == EventType.EXPLOSIONS_REMOTE_VIOLENCE && eb == EventType.VIOLENCE_AGAINST_CIVILIANS)
            || (eb == EventType.EXPLOSIONS_REMOTE_VIOLENCE
                && ea == EventType.VIOLENCE_AGAINST_CIVILIANS);
    if (remoteVsCivilian) {
      return sa != SubEventType.ABDUCTION_FORCED_DISAPPEARANCE
          && sb != SubEventType.ABDUCTION_FORCED_DISAPPEARANCE
          && sa != SubEventType.SEXUAL_VIOLENCE
          && sb != SubEventType.SEXUAL_VIOLENCE;
    }
    boolean battleVsAttack =
        (ea == EventType.BATTLES && eb == EventType.VIOLENCE_AGAINST_CIVILIANS)
            || (eb == EventType.BATTLES && ea == EventType.VIOLENCE_AGAINST_CIVILIANS);
    return battleVsAttack && (sa == SubEventType.ATTACK || sb == SubEventType.ATTACK);
  }

  private static boolean abductionLike(SubEventType t) {
    return t == SubEventType.ABDUCTION_FORCED_DISAPPEARANCE || t == SubEventType.SEXUAL_VIOLENCE;
  }

  // The perpetrators a report names; "gunmen", "unidentified armed group" and other unknown
  // actors name nobody, so they neither confirm nor contradict another report's perpetrator.
  private static List<Actor> named(List<Actor> actors) {
    List<Actor> out = new ArrayList<>(actors.size());
    for (Actor a : actors) {
      if (a.type() != ActorType.UNKNOWN && !a.name().startsWith("Unidentified")) {
        out.add(a);
      }
    }
    return out;
  }

  private static String sharedPerpetrator(List<Actor> a, List<Actor> b) {
    String best = null;
    for (Actor x : a) {
      for (Actor y : b) {
        if (x.name().equalsIgnoreCase(y.name()) && (best == null || x.name().compareTo(best) < 0)) {
          best = x.name();
        }
      }
    }
    return best;
  }

  /** A point value for a count: the max when given, else the min; null when neither. */
  private static Integer point(Count c) {
    if (c == null) {
      return null;
    }
    return c.max() != null ? c.max() : c.min();
  }

  private static boolean same(String a, String b) {
    return a != null && b != null && norm(a).equals(norm(b));
  }

  private static String norm(String s) {
    return Folding.fold(s).replaceAll("[^a-z0-9]", "");
  }

  private static long tolerance(DatePrecision p) {
    return switch (p) {
      case DAY -> 1;
      case WEEK -> 3;
      default -> 7;
    };
  }

  private static long gapDays(LocalDate s1, LocalDate e1, LocalDate s2, LocalDate e2) {
    if (e1.isBefore(s2)) {
      return ChronoUnit.DAYS.between(e1, s2);
    }
    if (e2.isBefore(s1)) {
      return ChronoUnit.DAYS.between(e2, s1);
    }
    return 0;
  }
}

package org.harmwatch.reference;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.reference.CheckRow;
import org.harmwatch.core.reference.ReferenceEvent;

/**
 * Compares our incidents with the events of a reference dataset and says which of ours is which of
 * theirs, with a score and the reasons.
 *
 * <p><b>Blocking.</b> Reference events are indexed by country, each country's events sorted by
 * start day; an incident of ours is compared only with the events of its country whose dates lie
 * within {@value #WINDOW_DAYS} days of its own (a binary search and a scan of that window), so the
 * cost grows with the number of incidents times the events of one country-window, not with the
 * product of the two sets. An incident without country or date is compared with nothing.
 *
 * <p><b>Score.</b> Additive evidence in [0, 1] with vetoes, as in the {@code Linker}: date (same
 * day 0.30, overlapping ranges 0.25, 1 day apart 0.20, up to 3 days 0.12, up to 7 days 0.05); place
 * (distance 2 km or less 0.30, 10 km 0.25, 25 km 0.18, 50 km 0.10; two precise places more than 50
 * km apart are a veto; without coordinates, the same place name 0.30, the same district 0.15, the
 * same province 0.08, different provinces a veto); type (same sub-event type 0.20, same event type
 * 0.15, violence against protest or strategic development -0.20); actors (a perpetrator of ours
 * named among their actors 0.10, sharing half the words 0.06; civilians targeted on both sides
 * 0.03); figures (their fatalities within our low-high 0.10, close 0.05, far apart -0.05). A pair
 * scoring {@link #THRESHOLD} or more matches; each incident of ours takes its best match (ties: the
 * smaller event id); an event may be matched by several incidents of ours (our duplicates).
 *
 * <p>Thread-safe: immutable; {@link #check} uses only local state (and parallel streams whose
 * results are joined in input order, so the outcome does not depend on threads).
 */
public final class CrossChecker {
  /** How far apart (in days) an incident and an event may be to be compared at all. */
  public static final int WINDOW_DAYS = 7;

  /** The score at which an incident and an event match. */
  public static final double THRESHOLD = 0.55;

  /** The outcome of one check: rows (matches, ours only, theirs only) and the comparisons made. */
  public record Outcome(List<CheckRow> rows, long comparisons, long matches) {}

  /** A scored pair, before it is chosen. */
  record Scored(ReferenceEvent event, double score, String reasons) {}

  /**
   * Checks {@code ours} against {@code theirs}: one row per incident of ours (match or ours only,
   * in the order given) and then one per event of theirs no incident matched (in the order given).
   */
  public Outcome check(List<CheckedIncident> ours, List<ReferenceEvent> theirs) {
    Map<String, Bucket> index = index(theirs);
    Scored[] best = new Scored[ours.size()];
    long[] compared = new long[ours.size()];
    IntStream.range(0, ours.size())
        .parallel()
        .forEach(
            i -> {
              CheckedIncident o = ours.get(i);
              if (o.countryCode() == null || o.start() == null) {
                return;
              }
              Bucket b = index.get(o.countryCode().toUpperCase(Locale.ROOT));
              if (b == null) {
                return;
              }
              long from = o.start().toEpochDay() - WINDOW_DAYS - b.longestSpan;
              long to = o.end().toEpochDay() + WINDOW_DAYS;
              int k = b.firstAtOrAfter(from);
              Ours prepared = new Ours(o);
              int found = -1;
              double foundScore = 0;
              long n = 0;
              for (; k < b.events.length && b.starts[k] <= to; k++) {
                n++;
                double s = score(prepared, b.prepared[k], null);
                if (s >= THRESHOLD
                    && (found < 0
                        || s > foundScore
                        || (s == foundScore
                            && b.events[k].eventId().compareTo(b.events[found].eventId()) < 0))) {
                  found = k;
                  foundScore = s;
                }
              }
              if (found >= 0) {
                List<String> why = new ArrayList<>(6);
                double s = score(prepared, b.prepared[found], why);
                best[i] = new Scored(b.events[found], s, String.join("; ", why));
              }
              compared[i] = n;
            });
    List<CheckRow> rows = new ArrayList<>(ours.size() + theirs.size());
    Set<String> matched = new HashSet<>();
    long comparisons = 0;
    long matches = 0;
    for (int i = 0; i < ours.size(); i++) {
      CheckedIncident o = ours.get(i);
      comparisons += compared[i];
      Scored s = best[i];
      if (s == null) {
        rows.add(
            new CheckRow(
                CheckRow.Kind.OURS_ONLY,
                o.id(),
                null,
                o.countryCode(),
                o.month(),
                0,
                o.countryCode() == null ? "no country" : o.start() == null ? "no date" : null,
                o.low(),
                o.best(),
                o.high(),
                null));
        continue;
      }
      matches++;
      matched.add(s.event.eventId());
      rows.add(
          new CheckRow(
              CheckRow.Kind.MATCH,
              o.id(),
              s.event.eventId(),
              o.countryCode(),
              o.month(),
              Math.round(s.score * 1000) / 1000.0,
              s.reasons,
              o.low(),
              o.best(),
              o.high(),
              s.event.fatalities()));
    }
    for (ReferenceEvent e : theirs) {
      if (!matched.contains(e.eventId())) {
        rows.add(
            new CheckRow(
                CheckRow.Kind.THEIRS_ONLY,
                null,
                e.eventId(),
                e.countryCode(),
                e.month(),
                0,
                null,
                null,
                null,
                null,
                e.fatalities()));
      }
    }
    return new Outcome(rows, comparisons, matches);
  }

  private static final double VETO = -1;

  // The score of a pair; its reasons are added to `why` when it is not null (the scan of the
  // candidates runs without them, and only the best is explained).
  private static double score(Ours ours, Theirs theirs, List<String> why) {
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

  /** An incident of ours with its names normalised once. */
  private static final class Ours {
    final CheckedIncident incident;
    final String place;
    final String admin1;
    final String admin2;
    final String[] perpetrators;
    final Set<String>[] perpetratorWords;
    final boolean civilians;

    @SuppressWarnings("unchecked")
    Ours(CheckedIncident o) {
      incident = o;
      place = o.place() == null ? null : norm(o.place());
      admin1 = o.admin1() == null ? null : norm(o.admin1());
      admin2 = o.admin2() == null ? null : norm(o.admin2());
      perpetrators = o.perpetrators().stream().map(CrossChecker::norm).toArray(String[]::new);
      perpetratorWords = new Set[perpetrators.length];
      for (int i = 0; i < perpetrators.length; i++) {
        perpetratorWords[i] = words(perpetrators[i]);
      }
      civilians = o.targets().stream().anyMatch(t -> t.startsWith("Civilians"));
    }
  }

  /** A reference event with its names normalised once. */
  private static final class Theirs {
    final ReferenceEvent event;
    final String location;
    final String admin1;
    final String admin2;
    final String[] actors;
    final String[] actorKeys;
    final Set<String>[] actorWords;
    final boolean civilians;

    @SuppressWarnings("unchecked")
    Theirs(ReferenceEvent e) {
      event = e;
      location = e.location() == null ? null : norm(e.location());
      admin1 = e.admin1() == null ? null : norm(e.admin1());
      admin2 = e.admin2() == null ? null : norm(e.admin2());
      List<String> names = new ArrayList<>(4);
      for (String a : new String[] {e.actor1(), e.assocActor1(), e.actor2(), e.assocActor2()}) {
        if (a != null) {
          for (String part : a.split(";")) {
            if (!part.isBlank()) {
              names.add(part.strip());
            }
          }
        }
      }
      actors = names.toArray(new String[0]);
      actorKeys = new String[actors.length];
      actorWords = new Set[actors.length];
      boolean civ = e.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS;
      for (int i = 0; i < actors.length; i++) {
        actorKeys[i] = norm(actors[i]);
        actorWords[i] = words(actorKeys[i]);
        civ |= actors[i].startsWith("Civilians");
      }
      civilians = civ;
    }
  }

  private static boolean violent(EventType t) {
    return t == EventType.BATTLES
        || t == EventType.EXPLOSIONS_REMOTE_VIOLENCE
        || t == EventType.VIOLENCE_AGAINST_CIVILIANS;
  }

  private static boolean sharesHalf(Set<String> wa, Set<String> wb) {
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    int common = 0;
    for (String w : wa) {
      if (wb.contains(w)) {
        common++;
      }
    }
    return common * 2 >= Math.max(wa.size(), wb.size());
  }

  private static final java.util.regex.Pattern NON_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

  // The words of an already normalised name.
  private static Set<String> words(String normalised) {
    Set<String> out = new HashSet<>();
    for (String w : NON_WORD.split(normalised)) {
      if (w.length() > 2 && !STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static final Set<String> STOP = Set.of("the", "and", "for", "of", "des", "les", "du");

  static String norm(String s) {
    String d =
        Normalizer.isNormalized(s, Normalizer.Form.NFD) && s.chars().allMatch(c -> c < 0x300)
            ? s
            : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return d.toLowerCase(Locale.ROOT).strip();
  }

  private static Map<String, Bucket> index(List<ReferenceEvent> theirs) {
    Map<String, List<ReferenceEvent>> byCountry = new HashMap<>();
    for (ReferenceEvent e : theirs) {
      if (e.countryCode() != null) {
        byCountry
            .computeIfAbsent(e.countryCode().toUpperCase(Locale.ROOT), k -> new ArrayList<>())
            .add(e);
      }
    }
    Map<String, Bucket> out = new HashMap<>();
    byCountry.forEach((k, v) -> out.put(k, new Bucket(v)));
    return out;
  }

  /** One country's events, by start day. */
  private static final class Bucket {
    final ReferenceEvent[] events;
    final Theirs[] prepared;
    final long[] starts;
    final long longestSpan;

    Bucket(List<ReferenceEvent> list) {
      events = list.toArray(new ReferenceEvent[0]);
      Arrays.sort(
          events,
          Comparator.comparing(ReferenceEvent::dateStart).thenComparing(ReferenceEvent::eventId));
      starts = new long[events.length];
      prepared = new Theirs[events.length];
      long span = 0;
      for (int i = 0; i < events.length; i++) {
        starts[i] = events[i].dateStart().toEpochDay();
        prepared[i] = new Theirs(events[i]);
        span = Math.max(span, events[i].dateEnd().toEpochDay() - starts[i]);
      }
      longestSpan = span;
    }

    int firstAtOrAfter(long day) {
      int lo = 0;
      int hi = starts.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] < day) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }
}

package org.harmwatch.reference;

import static org.harmwatch.reference.Bucket.index;
import static org.harmwatch.reference.PairScore.score;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
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
 * <p>The blocking index is {@link Bucket}, the score {@link PairScore}, and the names of both sides
 * are normalised once in {@link Ours} and {@link Theirs}.
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
}

package org.harmwatch.nlp;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.nlp.quantity.CasualtyKind;
import org.harmwatch.nlp.quantity.CasualtyMention;
import org.harmwatch.nlp.time.DateMention;

/**
 * One incident told several times within a document becomes one: retellings merged before assembly,
 * a lead's summary folded into the detailed incident, and duplicates left out after.
 */
final class Deduplication {
  private Deduplication() {}

  /**
   * Merges into the earlier draft a later one that tells the same event again: "on Monday ... in
   * the Tenenkou circle" then "on Monday ... in Diafarabe" (same day, places that do not name two
   * different towns), or "the 37 people killed" told again without a date or place.
   */
  static void mergeRetellings(List<IncidentDraft> drafts) {
    // Each draft's first day, towns and first toll, read once and again only when a merge adds
    // facts to it: reading them per pair made long documents cost the square of their drafts.
    // Only the draft at i is ever removed, so the entries below i stay in place.
    int n = drafts.size();
    Shape[] shapes = new Shape[n];
    for (int k = 0; k < n; k++) {
      shapes[k] = Shape.of(drafts.get(k));
    }
    for (int i = n - 1; i > 0; i--) {
      IncidentDraft later = drafts.get(i);
      if (later.another) {
        continue;
      }
      Shape ls = shapes[i];
      Count lk = ls.killed;
      if (lk != null && ls.date == null && ls.towns.isEmpty()) {
        for (int j = 0; j < i; j++) {
          Count ek = shapes[j].killed;
          if (ek != null
              && Objects.equals(ek.min(), lk.min())
              && Objects.equals(ek.max(), lk.max())) {
            merge(drafts, shapes, j, i);
            break;
          }
        }
        continue;
      }
      IncidentDate ld = ls.date;
      for (int j = 0; j < i; j++) {
        Shape es = shapes[j];
        IncidentDate ed = es.date;
        boolean sameDay = ed != null && ed.equals(ld) && placesCompatible(es.towns, ls.towns);
        // A lead that names the town but not the day, then the account with the day ("troops
        // killed four militiamen in Ningi" ... "on March 17, troops were attacked at a junction in
        // Ningi"), or the reverse: one event told twice, unless the tolls differ.
        boolean undatedTelling =
            (ed == null || ld == null)
                && sharesTown(es.towns, ls.towns)
                && compatibleKilled(es.killed, ls.killed);
        if (sameDay || undatedTelling) {
          merge(drafts, shapes, j, i);
          break;
        }
      }
    }
  }

  // Moves the facts of draft i into draft j, removes draft i and reads j's shape again.
  private static void merge(List<IncidentDraft> drafts, Shape[] shapes, int j, int i) {
    IncidentDraft earlier = drafts.get(j);
    IncidentDraft later = drafts.get(i);
    earlier.facts.addAll(later.facts);
    earlier.sourceFacts.addAll(later.sourceFacts);
    drafts.remove(i);
    shapes[j] = Shape.of(earlier);
  }

  /** What retellings are compared by: a draft's first day, its towns and its first toll. */
  private record Shape(IncidentDate date, Set<String> towns, Count killed) {
    static Shape of(IncidentDraft d) {
      return new Shape(firstDate(d), Deduplication.towns(d), firstKilled(d));
    }
  }

  /**
   * A report's lead often sums up an incident it then tells in detail ("soldiers executed at least
   * 17 men in the Ségou region in March", then "On 3 March, soldiers ... in Nampala"). Such a
   * summary, dated to a month and placed in a region, is not an incident of its own when a later
   * incident of that month and region shares a perpetrator: it only says who reports the detailed
   * one. Only the lead's sources carry over, so that the other events it sums up ("and a drone
   * strike killed eight") do not leak into the detailed incident, which is marked for rebuilding.
   */
  static void foldSummaries(List<IncidentDraft> drafts) {
    for (int i = 0; i < drafts.size(); i++) {
      Incident summary = drafts.get(i).built;
      // Most incidents cannot be a summary at all; testing that once keeps this linear for them.
      if (!mayBeSummary(summary)) {
        continue;
      }
      for (int j = i + 1; j < drafts.size(); j++) {
        if (summarises(summary, drafts.get(j).built)) {
          IncidentDraft lead = drafts.remove(i);
          IncidentDraft detail = drafts.get(j - 1);
          detail.sourceFacts.addAll(lead.facts);
          detail.sourceFacts.addAll(lead.sourceFacts);
          if (lead.paragraphSource != null && detail.paragraphSource == null) {
            detail.paragraphSource = lead.paragraphSource;
          }
          detail.rebuild = true;
          i--;
          break;
        }
      }
    }
  }

  /** Whether {@code lead} is dated to a month or week and placed in a region, as a summary is. */
  static boolean mayBeSummary(Incident lead) {
    DatePrecision coarse = lead.date() == null ? null : lead.date().precision();
    Location l = lead.location();
    return (coarse == DatePrecision.MONTH || coarse == DatePrecision.WEEK)
        && l != null
        && (l.precision() == LocationPrecision.ADMIN1 || l.precision() == LocationPrecision.REGION);
  }

  static boolean summarises(Incident lead, Incident detail) {
    Location l = lead.location();
    Location d = detail.location();
    DatePrecision coarse = lead.date() == null ? null : lead.date().precision();
    boolean sharedPerpetrator =
        lead.perpetrators().stream()
            .map(Actor::name)
            .anyMatch(n -> detail.perpetrators().stream().anyMatch(a -> a.name().equals(n)));
    // "alarmed by the killing of civilians in western Niger this week": an allusion with neither
    // perpetrator nor toll.
    boolean allusion = lead.perpetrators().isEmpty() && lead.casualties().killed() == null;
    return (coarse == DatePrecision.MONTH || coarse == DatePrecision.WEEK)
        && detail.date() != null
        && detail.date().precision() == DatePrecision.DAY
        && !detail.date().start().isBefore(lead.date().start())
        && !detail.date().end().isAfter(lead.date().end())
        && l != null
        && d != null
        && (l.precision() == LocationPrecision.ADMIN1 || l.precision() == LocationPrecision.REGION)
        && Objects.equals(l.countryCode(), d.countryCode())
        && (l.admin1() == null ? allusion : l.admin1().equals(d.admin1()))
        && (sharedPerpetrator || allusion);
  }

  /** Whether {@code d}'s incident is one of {@code kept} told again: same kind, same place. */
  static boolean duplicate(IncidentDraft d, List<Incident> kept) {
    if (d.another || d.built.location() == null) {
      return false;
    }
    Incident a = d.built;
    for (int i = 0; i < kept.size(); i++) {
      Incident b = kept.get(i);
      if (b.subEventType() == a.subEventType()
          && b.location() != null
          && a.location().name() != null
          && a.location().name().equals(b.location().name())
          && a.location().precision() == LocationPrecision.PLACE
          && compatible(a.date(), b.date())
          && compatible(a.casualties().killed(), b.casualties().killed())) {
        return true;
      }
    }
    return false;
  }

  private static boolean compatible(Object x, Object y) {
    if (x == null || y == null) {
      return true;
    }
    if (x instanceof Count a && y instanceof Count b) {
      return Objects.equals(a.min(), b.min()) && Objects.equals(a.max(), b.max());
    }
    if (x instanceof IncidentDate a && y instanceof IncidentDate b) {
      return a.start().equals(b.start()) && a.end().equals(b.end());
    }
    return x.equals(y);
  }

  private static Count firstKilled(IncidentDraft d) {
    for (SentenceFacts f : d.facts) {
      for (CasualtyMention c : f.casualties()) {
        if (c.kind() == CasualtyKind.KILLED) {
          return c.count();
        }
      }
    }
    return null;
  }

  private static IncidentDate firstDate(IncidentDraft d) {
    for (SentenceFacts f : d.facts) {
      for (DateMention dm : f.dates()) {
        if (dm.date() != null && dm.date().precision() == DatePrecision.DAY) {
          return new IncidentDate(dm.date().start(), dm.date().end(), dm.date().precision(), null);
        }
        return null;
      }
    }
    return null;
  }

  private static boolean sharesTown(Set<String> ta, Set<String> tb) {
    for (String x : tb) {
      if (ta.contains(x)) {
        return true;
      }
    }
    return false;
  }

  private static boolean compatibleKilled(Count a, Count b) {
    return a == null
        || b == null
        || Objects.equals(a.min(), b.min()) && Objects.equals(a.max(), b.max());
  }

  private static boolean placesCompatible(Set<String> ta, Set<String> tb) {
    return ta.isEmpty() || tb.isEmpty() || sharesTown(ta, tb);
  }

  private static Set<String> towns(IncidentDraft d) {
    Set<String> out = new LinkedHashSet<>();
    for (SentenceFacts f : d.facts) {
      for (Location l : f.locations()) {
        if (l.precision() == LocationPrecision.PLACE && l.name() != null) {
          out.add(l.name());
        }
      }
    }
    return out;
  }
}

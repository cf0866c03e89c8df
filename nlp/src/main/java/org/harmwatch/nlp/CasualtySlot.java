package org.harmwatch.nlp;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.EventType;
import org.harmwatch.nlp.quantity.CasualtyFinder;
import org.harmwatch.nlp.quantity.CasualtyKind;
import org.harmwatch.nlp.quantity.CasualtyMention;
import org.harmwatch.nlp.quantity.CasualtyMention.Note;
import org.harmwatch.nlp.quantity.CoderFigures;
import org.harmwatch.nlp.text.PrefilteredPattern;

/**
 * The casualty slot resolver: the incident's killed, injured, detained and missing, with the
 * children and women among the dead.
 *
 * <p>When sentences (usually different sources) give different figures for one incident, they are
 * combined as the eval guidelines ask: the lowest minimum and the highest maximum, an open maximum
 * winning ("officials said 20, HRW said 31" → {20, 31}).
 */
final class CasualtySlot {
  private static final PrefilteredPattern BODIES_FOUND =
      PrefilteredPattern.compile(
          "\\b(?:bodies|corps|cadavres)\\b.{0,40}\\b(?:found|discovered|recovered|retrouvés|découverts|retrouvées)\\b|\\b(?:were|was|had been|have been) (?:later |then |summarily )?executed\\b|\\bexécutés\\b|\\bsummarily executed\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  // Reads only whether a sentence's dead were armed; the words of every pack serve every language.
  private static final CasualtyFinder FINDER = new CasualtyFinder();

  private CasualtySlot() {}

  /**
   * The casualties of {@code d} once its event type is known: in violence against civilians, dead
   * told without their side ("more than 150 people were killed") are civilians, unless a sentence
   * of the incident tells of soldiers, police or fighters among the dead.
   */
  static Casualties civiliansOfAnAttack(Casualties c, EventType type, IncidentDraft d) {
    Count killed = c.killed();
    if (type != EventType.VIOLENCE_AGAINST_CIVILIANS
        || killed == null
        || killed.min() == null
        || c.civiliansKilled() != null) {
      return c;
    }
    for (SentenceFacts f : d.facts) {
      if (FINDER.armedAmongDead(f.sentence().text())) {
        return c;
      }
    }
    return new Casualties(
        killed,
        c.injured(),
        c.detained(),
        c.missing(),
        new Count(killed.min(), killed.max(), killed.text()),
        c.childrenKilled(),
        c.womenKilled());
  }

  static Casualties resolve(IncidentDraft d, EvidenceMarks marks) {
    // The first figure of each kind is kept (primary attribution first).
    Map<CasualtyKind, CasualtyMention> figures = new LinkedHashMap<>();
    CasualtyMention coded = null;
    int divisor = -1;
    boolean bodiesFound = false;
    String bodiesText = null;
    for (SentenceFacts f : d.facts) {
      Set<CasualtyKind> seenHere = new HashSet<>();
      for (CasualtyMention c : f.casualties()) {
        if (c.note() == Note.CODED) {
          // The coder's own count for the event stands, whatever the sources said.
          coded = coded == null ? c : coded;
          marks.mark(f, "casualties.killed");
          continue;
        }
        if (c.note() == Note.SPLIT) {
          divisor = divisor < 0 ? c.divisor() : divisor;
          marks.mark(f, "casualties.killed");
          continue;
        }
        CasualtyMention before = figures.get(c.kind());
        if (c.note() == Note.ALSO && before != null) {
          // "Three soldiers were also killed": more deaths, not another source's figure.
          figures.put(c.kind(), add(before, c));
        } else if (!seenHere.add(c.kind())) {
          continue; // within a sentence the first figure of a kind is the one the verb governs
        } else {
          figures.put(c.kind(), before == null ? c : combine(before, c));
        }
        seenHere.add(c.kind());
        marks.mark(f, "casualties." + c.kind().name().toLowerCase(Locale.ROOT));
      }
      Matcher bm = BODIES_FOUND.matcher(f.sentence().text());
      if (bm.find()) {
        bodiesFound = true;
        bodiesText = bm.group();
        marks.mark(f, "casualties.killed");
      }
    }
    CasualtyMention killed = figures.get(CasualtyKind.KILLED);
    CasualtyMention detained = figures.get(CasualtyKind.DETAINED);
    Count killedCount = killed == null ? null : killed.count();
    Count civilians = killed == null ? null : killed.civilians();
    Integer children = killed == null ? null : killed.children();
    Integer women = killed == null ? null : killed.women();
    // "Parmi les victimes figuraient au moins huit enfants": a sub-count of the toll told before,
    // taken only when it fits within that toll.
    for (SentenceFacts f : d.facts) {
      CasualtyMention among = f.amongTheDead();
      if (among == null || killedCount == null) {
        continue;
      }
      if (children == null && within(among.children(), killedCount)) {
        children = among.children();
        marks.mark(f, "casualties.killed");
      }
      if (women == null && within(among.women(), killedCount)) {
        women = among.women();
        marks.mark(f, "casualties.killed");
      }
    }
    // Bodies found after a detention: the detained were killed.
    if (killedCount == null && bodiesFound && detained != null) {
      killedCount = new Count(detained.count().min(), detained.count().max(), bodiesText);
      children = detained.children();
      women = detained.women();
    }
    if (coded != null) {
      killedCount = coded.count();
      civilians = civilians != null && within(civilians.min(), killedCount) ? civilians : null;
    } else if (divisor >= 0 && killedCount != null) {
      // "Fatalities divided between three events": this event's share of the toll.
      killedCount = CoderFigures.divide(killedCount, divisor);
      civilians = null;
    }
    return new Casualties(
        killedCount,
        count(figures.get(CasualtyKind.INJURED)),
        count(detained),
        count(figures.get(CasualtyKind.MISSING)),
        civilians,
        children,
        women);
  }

  // Deaths told in addition to those before: the counts add, and so do the civilians among them.
  static CasualtyMention add(CasualtyMention a, CasualtyMention b) {
    Count x = a.count();
    Count y = b.count();
    Integer min = x.min() == null || y.min() == null ? x.min() : x.min() + y.min();
    Integer max = x.max() == null || y.max() == null ? null : x.max() + y.max();
    Count civilians = a.civilians();
    if (civilians != null && b.civilians() != null) {
      civilians = sum(civilians, b.civilians());
    } else if (civilians == null) {
      civilians = b.civilians();
    }
    return new CasualtyMention(
        a.kind(),
        new Count(min, max, x.text()),
        a.start(),
        a.end(),
        larger(a.children(), b.children()),
        larger(a.women(), b.women()),
        civilians,
        a.note(),
        0);
  }

  private static Count sum(Count x, Count y) {
    Integer min = x.min() == null || y.min() == null ? x.min() : x.min() + y.min();
    Integer max = x.max() == null || y.max() == null ? null : x.max() + y.max();
    return new Count(min, max, x.text());
  }

  // Figures given by different sentences (often different sources) are combined as a range: the
  // lowest minimum and the highest maximum, an open maximum winning; sub-counts keep the largest.
  static CasualtyMention combine(CasualtyMention a, CasualtyMention b) {
    Count x = a.count();
    Count y = b.count();
    // "several" or "a man" next to a real figure adds nothing: the figure stands.
    if (vague(y)) {
      return a;
    }
    if (vague(x)) {
      return b;
    }
    // "two nephews died" beside "dozens were killed" counts a part of the victims, not another
    // toll.
    if (y.max() != null && x.min() != null && y.max() * 2 < x.min()) {
      return a;
    }
    if (x.max() != null && y.min() != null && x.max() * 2 < y.min()) {
      return b;
    }
    Integer min =
        x.min() == null || y.min() == null ? null : Integer.valueOf(Math.min(x.min(), y.min()));
    if (min == null) {
      min = x.min() != null ? x.min() : y.min();
    }
    Integer max = x.max() == null || y.max() == null ? null : Math.max(x.max(), y.max());
    if (min != null && max != null && max < min) {
      max = null;
    }
    Integer children = larger(a.children(), b.children());
    Integer women = larger(a.women(), b.women());
    Count civilians = a.civilians() != null ? a.civilians() : b.civilians();
    return new CasualtyMention(
        a.kind(),
        new Count(min, max, x.text()),
        a.start(),
        a.end(),
        children,
        women,
        civilians,
        a.note(),
        0);
  }

  private static boolean within(Integer part, Count toll) {
    return part != null && (toll.max() != null ? part <= toll.max() : toll.min() != null);
  }

  private static boolean vague(Count c) {
    return c.max() == null && c.min() != null && c.min() <= 2;
  }

  private static Integer larger(Integer a, Integer b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : Integer.valueOf(Math.max(a, b));
  }

  private static Count count(CasualtyMention m) {
    return m == null ? null : m.count();
  }
}

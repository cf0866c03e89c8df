package org.harmwatch.nlp.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.harmwatch.core.model.Count;
import org.harmwatch.nlp.lang.LanguagePacks;
import org.harmwatch.nlp.quantity.CasualtyMention.Note;
import org.harmwatch.nlp.quantity.CasualtyWords.Role;
import org.harmwatch.nlp.quantity.FigureContext.Side;
import org.harmwatch.nlp.quantity.FigureReader.Figure;
import org.harmwatch.nlp.text.Token;
import org.harmwatch.nlp.time.CalendarWords;

/**
 * Finds casualty figures (killed, injured, detained, missing) in one sentence, English or French,
 * with the children, women and civilians among them. Stateless and thread-safe.
 *
 * <p>Rules, chosen to never overstate a figure (the numbers themselves: {@link FigureReader}):
 *
 * <ul>
 *   <li>a figure counts what the verb or noun next to it says ("killed 5", "13 civilians were
 *       killed", "25 morts"); the abducted and kidnapped are detained;
 *   <li>deaths on different sides add up, as ACLED's fatalities do: "killing 12 soldiers and at
 *       least 7 civilians" → killed {19, null}, civilians {7, null}; "killed 5 militants, losing 2
 *       soldiers" → {7, 7};
 *   <li>"also", "another", "other" mark deaths in addition to those told before;
 *   <li>a coder's own count ("unknown fatalities coded as 10", "19 fatalities split between 3
 *       events") is found by {@link CoderFigures};
 *   <li>ages ("aged 2 to 17"), years, days, distances and durations are not counts.
 * </ul>
 */
public final class CasualtyFinder {
  private static final Set<String> AND = Set.of("and", "et");
  private static final Set<String> PRONOUNS = Set.of("him", "her");
  // "The bomber blew herself up, killing herself and 4 traders": the attacker is among the dead.
  private static final Set<String> SELF = Set.of("himself", "herself");
  private static final Set<String> ONE = Set.of("un", "une", "a", "an", "one");

  private final CasualtyWords words;
  private final VictimPhrases victims;
  private final FigureContext context;
  private final ArmedDead armedDead;

  /** A finder with the words of every bundled pack. */
  public CasualtyFinder() {
    this(CasualtyWords.BUNDLED);
  }

  /** A finder with the words of {@code packs} (a document language's, or every pack). */
  public CasualtyFinder(LanguagePacks packs, CalendarWords calendar) {
    this(new CasualtyWords(packs, calendar));
  }

  private CasualtyFinder(CasualtyWords words) {
    this.words = words;
    this.victims = new VictimPhrases(words);
    this.context = new FigureContext(words);
    this.armedDead = new ArmedDead(words, context);
  }

  /** The casualty figures of {@code sentence}, in order; offsets are relative to it. */
  public List<CasualtyMention> find(String sentence) {
    List<Token> t = Token.of(sentence);
    List<CasualtyMention> out = new ArrayList<>();
    List<Side> sides = new ArrayList<>();
    int lastFigureEnd = -10;
    int lastSubEnd = -10;
    for (int i = 0; i < t.size(); i++) {
      if (!out.isEmpty()
          && i >= 1
          && i + 1 < t.size()
          && words.is(Role.INCLUDING, t.get(i - 1).lower())
          && ONE.contains(t.get(i).lower())
          && (context.child(t, i + 1) || context.woman(t, i + 1))) {
        // "trois civils, dont un enfant": one child among them.
        replaceLast(out, out.get(out.size() - 1).withSub(context.child(t, i + 1), 1));
        lastSubEnd = i + 1;
        i++;
        continue;
      }
      if (i >= 1
          && PRONOUNS.contains(t.get(i).lower())
          && words.kind(t.get(i - 1).lower()) == CasualtyKind.KILLED) {
        // "abducted a councilman, then killed him": one death.
        int s = t.get(i - 1).start();
        int e = t.get(i).end();
        out.add(
            new CasualtyMention(
                CasualtyKind.KILLED,
                new Count(1, null, sentence.substring(s, e)),
                s,
                e,
                null,
                null));
        sides.add(null);
        continue;
      }
      Figure f = FigureReader.at(t, i, words);
      if (f == null) {
        continue;
      }
      int after = f.last() + 1;
      String noun = after < t.size() ? t.get(after).lower() : "";
      if (words.is(Role.NOT_PEOPLE, noun)
          || noun.indexOf('-') > 0
              && words.is(Role.NOT_PEOPLE, noun.substring(0, noun.indexOf('-')))
          || FigureReader.isAge(t, i)
          || FigureReader.isDayOrYear(t, i, f, words)
          || slashDate(sentence, t.get(f.last()))) {
        i = f.last();
        continue;
      }
      // "at least six of them children": a sub-count of the figure just read.
      if (!out.isEmpty()
          && f.count().min() != null
          && after + 2 < t.size()
          && noun.equals("of")
          && t.get(after + 1).lower().equals("them")
          && (context.child(t, after + 2) || context.woman(t, after + 2))) {
        replaceLast(
            out, out.get(out.size() - 1).withSub(context.child(t, after + 2), f.count().min()));
        i = after + 2;
        continue;
      }
      // "including five women and seven children": the second sub-count of one figure.
      boolean andSub =
          i >= 1
              && AND.contains(t.get(i - 1).lower())
              && i - 1 - lastSubEnd <= 2
              && lastSubEnd >= 0;
      // "including seven children": a sub-count of the figure before it.
      if ((context.isSub(t, i) || andSub) && !out.isEmpty() && f.count().min() != null) {
        boolean c = context.child(t, after) || context.child(t, after + 1);
        boolean w = context.woman(t, after) || context.woman(t, after + 1);
        if (c || w) {
          replaceLast(out, out.get(out.size() - 1).withSub(c, f.count().min()));
          i = f.last();
          lastSubEnd = after + (context.child(t, after) || context.woman(t, after) ? 0 : 1);
          continue;
        }
      }
      CasualtyKind kind = context.kindAround(t, f.first(), f.last());
      if (kind == null
          && !out.isEmpty()
          && f.first() >= 1
          && (AND.contains(t.get(f.first() - 1).lower()) && f.first() - lastFigureEnd <= 3
              || FigureContext.asWellAs(t, f.first()) && f.first() - lastFigureEnd <= 6
              || toll(t, f.first(), lastFigureEnd, out)
                  && after < t.size()
                  && context.personWord(t, after))) {
        // "killing 12 soldiers and at least 7 civilians": the verb governs both figures.
        kind = out.get(out.size() - 1).kind();
      }
      if (kind != null) {
        int lastJoinable = lastFigureEnd;
        lastFigureEnd = f.last();
        int start = t.get(f.first()).start();
        int end = t.get(f.last()).end();
        Count count = new Count(f.count().min(), f.count().max(), sentence.substring(start, end));
        Side side = context.side(t, after);
        if (side == Side.COMBATANT
            && count.max() == null
            && count.min() != null
            && count.min() <= 2) {
          // "killed several terrorists": a side's unnumbered claim, no toll of its own.
          i = f.last();
          continue;
        }
        CasualtyMention m = new CasualtyMention(kind, count, start, end, null, null);
        if (kind == CasualtyKind.KILLED && side == Side.CIVILIAN) {
          m = m.withCivilians(count);
        }
        if (context.child(t, after) && kind == CasualtyKind.KILLED && f.count().min() != null) {
          // "a tué deux enfants": the dead are children.
          m = m.withSub(true, f.count().min());
        }
        if (context.also(t, f.first(), after)) {
          m = m.withNote(Note.ALSO);
        }
        if (kind == CasualtyKind.KILLED
            && joined(t, f.first(), lastJoinable, out)
            && context.people(t, after)
            && !vague(count)) {
          // "35 herders and 4 farmers were killed", "five soldiers, as well as four civilians":
          // one verb for every group named, one toll.
          out.set(out.size() - 1, sum(out.get(out.size() - 1), m));
          sides.set(sides.size() - 1, null);
        } else if (!mergeSides(out, sides, m, side)) {
          out.add(m);
          sides.add(side);
        }
        int lone = kind == CasualtyKind.KILLED && !vague(count) ? context.loneJoined(t, after) : -1;
        if (lone > 0) {
          // "killing two soldiers and a civilian": one more death under the same verb.
          int s = t.get(after).start();
          int e = t.get(lone).end();
          CasualtyMention one =
              new CasualtyMention(
                  CasualtyKind.KILLED, new Count(1, 1, sentence.substring(s, e)), s, e, null, null);
          out.set(out.size() - 1, sum(out.get(out.size() - 1), one));
          sides.set(sides.size() - 1, null);
          f = new Figure(f.first(), lone, f.count());
        }
      }
      i = f.last();
    }
    for (int i = 1; i < t.size(); i++) {
      if (SELF.contains(t.get(i).lower())
          && words.kind(t.get(i - 1).lower()) == CasualtyKind.KILLED) {
        int s = t.get(i - 1).start();
        int e = t.get(i).end();
        String text = sentence.substring(s, e);
        int killed = firstKilled(out);
        if (killed >= 0) {
          CasualtyMention self =
              new CasualtyMention(CasualtyKind.KILLED, new Count(1, 1, text), s, e, null, null);
          out.set(killed, sum(out.get(killed), self));
        } else if (i + 2 < t.size()
            && AND.contains(t.get(i + 1).lower())
            && FigureReader.at(t, i + 2, words) != null
            && context.people(t, FigureReader.at(t, i + 2, words).last() + 1)) {
          // "killing herself and 4 traders"
          Figure f = FigureReader.at(t, i + 2, words);
          Count c = f.count();
          int end = t.get(f.last()).end();
          out.add(
              new CasualtyMention(
                  CasualtyKind.KILLED,
                  new Count(
                      c.min() == null ? null : c.min() + 1,
                      c.max() == null ? null : c.max() + 1,
                      sentence.substring(s, end)),
                  s,
                  end,
                  null,
                  null));
        } else {
          out.add(
              new CasualtyMention(CasualtyKind.KILLED, new Count(1, null, text), s, e, null, null));
        }
        break;
      }
    }
    CasualtyMention later = victims.woundedWhoDied(sentence);
    if (later != null) {
      // "one of the wounded succumbed": the wounded one now counts among the dead only.
      out.removeIf(m -> m.start() < later.end() && later.start() < m.end());
      out.add(later);
    }
    CasualtyMention coded = CoderFigures.find(sentence, words);
    if (coded != null) {
      // "19 fatalities split between 3 events": the coder's phrase, not a figure of its own.
      out.removeIf(m -> m.start() < coded.end() && coded.start() < m.end());
      out.add(coded);
    }
    return out;
  }

  /**
   * Whether {@code sentence} may count soldiers, police or fighters among the dead ({@link
   * ArmedDead}).
   */
  public boolean armedAmongDead(String sentence) {
    return armedDead.amongDead(sentence);
  }

  /** A lone victim named with an article ("a pregnant woman injured") as {1, null}, or null. */
  public CasualtyMention loneVictim(String sentence) {
    return victims.loneVictim(sentence);
  }

  /** The children and women among the dead told by a sentence of their own, or null. */
  public CasualtyMention amongTheDead(String sentence) {
    return victims.amongTheDead(sentence);
  }

  // Deaths of another side than the figure before ("12 soldiers and at least 7 civilians", "5
  // militants, losing 2 soldiers") add to it: one toll, every side.
  private static boolean mergeSides(
      List<CasualtyMention> out, List<Side> sides, CasualtyMention m, Side side) {
    if (out.isEmpty() || side == null || m.kind() != CasualtyKind.KILLED) {
      return false;
    }
    CasualtyMention last = out.get(out.size() - 1);
    Side lastSide = sides.get(sides.size() - 1);
    if (last.kind() != CasualtyKind.KILLED || lastSide == null || lastSide == side) {
      return false;
    }
    out.set(out.size() - 1, sum(last, m));
    sides.set(sides.size() - 1, null);
    return true;
  }

  // Two figures of the dead as one toll: the counts add, the sub-counts of either stand.
  private static CasualtyMention sum(CasualtyMention last, CasualtyMention m) {
    Count a = last.count();
    Count b = m.count();
    Integer min = a.min() == null || b.min() == null ? null : a.min() + b.min();
    Integer max = a.max() == null || b.max() == null ? null : a.max() + b.max();
    Count civilians = last.civilians() != null ? last.civilians() : m.civilians();
    if (last.civilians() != null && m.civilians() != null) {
      Count x = last.civilians();
      Count y = m.civilians();
      civilians =
          new Count(
              x.min() == null || y.min() == null ? null : x.min() + y.min(),
              x.max() == null || y.max() == null ? null : x.max() + y.max(),
              x.text());
    }
    return new CasualtyMention(
        CasualtyKind.KILLED,
        new Count(min, max, a.text() + " … " + b.text()),
        last.start(),
        m.end(),
        last.children() != null ? last.children() : m.children(),
        last.women() != null ? last.women() : m.women(),
        civilians,
        m.note() == Note.ALSO ? Note.ALSO : last.note(),
        0);
  }

  // Whether the figure at {@code first} is joined to the killed figure just before it, which ended
  // at {@code lastEnd}, by "and" or "as well as" within a word or two of its noun.
  private static boolean joined(List<Token> t, int first, int lastEnd, List<CasualtyMention> out) {
    if (out.isEmpty()
        || out.get(out.size() - 1).kind() != CasualtyKind.KILLED
        || out.get(out.size() - 1).count() == null
        || first - lastEnd > 6
        || first - lastEnd < 3) {
      return false;
    }
    return AND.contains(t.get(first - 1).lower()) || FigureContext.asWellAs(t, first);
  }

  // A number written against another by a slash ("on 18/03", "3/2021") is part of a date.
  private static boolean slashDate(String sentence, Token tok) {
    boolean before =
        tok.start() >= 2
            && sentence.charAt(tok.start() - 1) == '/'
            && Character.isDigit(sentence.charAt(tok.start() - 2));
    boolean after =
        tok.end() + 1 < sentence.length()
            && sentence.charAt(tok.end()) == '/'
            && Character.isDigit(sentence.charAt(tok.end() + 1));
    return before || after;
  }

  // "28 gendarmes morts et 4 civils": "and" right after the word of the toll before, whose noun
  // and word stand between the two figures.
  private boolean toll(List<Token> t, int first, int lastEnd, List<CasualtyMention> out) {
    return first - lastEnd == 4
        && AND.contains(t.get(first - 1).lower())
        && words.kind(t.get(first - 2).lower()) == out.get(out.size() - 1).kind();
  }

  // "Several", "a few": no figure to add to another.
  private static boolean vague(Count c) {
    return c.max() == null && (c.min() == null || c.min() <= 2);
  }

  private static int firstKilled(List<CasualtyMention> out) {
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).kind() == CasualtyKind.KILLED && out.get(i).count() != null) {
        return i;
      }
    }
    return -1;
  }

  private static void replaceLast(List<CasualtyMention> out, CasualtyMention m) {
    out.set(out.size() - 1, m);
  }
}

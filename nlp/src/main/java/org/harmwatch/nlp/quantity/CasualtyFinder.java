package org.harmwatch.nlp.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.harmwatch.core.model.Count;
import org.harmwatch.nlp.text.Token;
import org.harmwatch.nlp.time.MonthNames;

/**
 * Finds casualty figures (killed, injured, detained, missing) in one sentence, English or French,
 * with the children and women among them. Stateless and thread-safe.
 *
 * <p>Rules, chosen to never overstate a figure:
 *
 * <ul>
 *   <li>"at least N", "au moins N" → {N, null}; "more than N", "over N", "plus de N" → {N+1, null};
 *   <li>"between N and M", "entre N et M", "N to M" → {N, M}; a bare "N" → {N, N};
 *   <li>approximations ("some", "about", "around", "environ", "une dizaine", "a dozen") → {N,
 *       null}: the source's number is taken as a lower bound and no maximum is invented;
 *   <li>"nearly N", "almost N", "près de N" are approximations too → {N, null}; "up to N", "as many
 *       as N", "jusqu'à N" → {1, N}; "several", "plusieurs" → {2, null}; "scores" → {40, null};
 *   <li>"dozens", "des dizaines" → {24, null}; "hundreds", "des centaines" → {200, null};
 *   <li>one person named with an indefinite article ("a pregnant woman injured") → {1, null};
 *   <li>ages ("aged 2 to 17"), years, distances and durations are not counts.
 * </ul>
 */
public final class CasualtyFinder {
  private static final Map<String, CasualtyKind> KIND_WORDS =
      Map.ofEntries(
          Map.entry("killed", CasualtyKind.KILLED),
          Map.entry("killing", CasualtyKind.KILLED),
          Map.entry("kill", CasualtyKind.KILLED),
          Map.entry("kills", CasualtyKind.KILLED),
          Map.entry("dead", CasualtyKind.KILLED),
          Map.entry("died", CasualtyKind.KILLED),
          Map.entry("deaths", CasualtyKind.KILLED),
          Map.entry("death", CasualtyKind.KILLED),
          Map.entry("executed", CasualtyKind.KILLED),
          Map.entry("executing", CasualtyKind.KILLED),
          Map.entry("massacred", CasualtyKind.KILLED),
          Map.entry("slaughtered", CasualtyKind.KILLED),
          Map.entry("murdered", CasualtyKind.KILLED),
          Map.entry("slain", CasualtyKind.KILLED),
          Map.entry("bodies", CasualtyKind.KILLED),
          Map.entry("lives", CasualtyKind.KILLED),
          Map.entry("toll", CasualtyKind.KILLED),
          Map.entry("tués", CasualtyKind.KILLED),
          Map.entry("tuées", CasualtyKind.KILLED),
          Map.entry("tué", CasualtyKind.KILLED),
          Map.entry("tuée", CasualtyKind.KILLED),
          Map.entry("tuant", CasualtyKind.KILLED),
          Map.entry("morts", CasualtyKind.KILLED),
          Map.entry("mortes", CasualtyKind.KILLED),
          Map.entry("mort", CasualtyKind.KILLED),
          Map.entry("décès", CasualtyKind.KILLED),
          Map.entry("exécutés", CasualtyKind.KILLED),
          Map.entry("exécutées", CasualtyKind.KILLED),
          Map.entry("exécuté", CasualtyKind.KILLED),
          Map.entry("assassinés", CasualtyKind.KILLED),
          Map.entry("abattus", CasualtyKind.KILLED),
          Map.entry("abattues", CasualtyKind.KILLED),
          Map.entry("abattu", CasualtyKind.KILLED),
          Map.entry("abattue", CasualtyKind.KILLED),
          Map.entry("fusillés", CasualtyKind.KILLED),
          Map.entry("massacrés", CasualtyKind.KILLED),
          Map.entry("corps", CasualtyKind.KILLED),
          Map.entry("cadavres", CasualtyKind.KILLED),
          Map.entry("bilan", CasualtyKind.KILLED),
          Map.entry("injured", CasualtyKind.INJURED),
          Map.entry("injuring", CasualtyKind.INJURED),
          Map.entry("wounded", CasualtyKind.INJURED),
          Map.entry("wounding", CasualtyKind.INJURED),
          Map.entry("hurt", CasualtyKind.INJURED),
          Map.entry("blessés", CasualtyKind.INJURED),
          Map.entry("blessées", CasualtyKind.INJURED),
          Map.entry("blessé", CasualtyKind.INJURED),
          Map.entry("blessée", CasualtyKind.INJURED),
          Map.entry("blessant", CasualtyKind.INJURED),
          Map.entry("arrested", CasualtyKind.DETAINED),
          Map.entry("arresting", CasualtyKind.DETAINED),
          Map.entry("detained", CasualtyKind.DETAINED),
          Map.entry("detaining", CasualtyKind.DETAINED),
          Map.entry("abducted", CasualtyKind.MISSING),
          Map.entry("abducting", CasualtyKind.MISSING),
          Map.entry("kidnapped", CasualtyKind.MISSING),
          Map.entry("kidnapping", CasualtyKind.MISSING),
          Map.entry("hostage", CasualtyKind.MISSING),
          Map.entry("abduction", CasualtyKind.MISSING),
          Map.entry("enlèvement", CasualtyKind.MISSING),
          Map.entry("away", CasualtyKind.MISSING),
          Map.entry("rounded", CasualtyKind.DETAINED),
          Map.entry("enlevés", CasualtyKind.MISSING),
          Map.entry("enlevées", CasualtyKind.MISSING),
          Map.entry("enlevé", CasualtyKind.MISSING),
          Map.entry("enlevant", CasualtyKind.MISSING),
          Map.entry("arrêtés", CasualtyKind.DETAINED),
          Map.entry("arrêtées", CasualtyKind.DETAINED),
          Map.entry("arrêté", CasualtyKind.DETAINED),
          Map.entry("interpellés", CasualtyKind.DETAINED),
          Map.entry("kidnappés", CasualtyKind.MISSING),
          Map.entry("otages", CasualtyKind.MISSING),
          Map.entry("missing", CasualtyKind.MISSING),
          Map.entry("disappeared", CasualtyKind.MISSING),
          Map.entry("disparus", CasualtyKind.MISSING),
          Map.entry("disparues", CasualtyKind.MISSING));

  // Words after which a number stops being about people: "two drone strikes", "30 km", "3 days".
  private static final Set<String> NOT_PEOPLE =
      union(
          MonthNames.ALL,
          "km",
          "kilometres",
          "kilometers",
          "kilomètres",
          "miles",
          "years",
          "year",
          "ans",
          "an",
          "days",
          "day",
          "jours",
          "jour",
          "weeks",
          "semaines",
          "months",
          "mois",
          "hours",
          "heures",
          "percent",
          "pour",
          "strikes",
          "strike",
          "attacks",
          "attaques",
          "raids",
          "frappes",
          "villages",
          "localités",
          "vehicles",
          "véhicules",
          "motorcycles",
          "motos",
          "drones",
          "times",
          "fois",
          "per",
          "cent");

  private static final Set<String> APPROX_NOUNS =
      Set.of(
          "dizaine",
          "douzaine",
          "quinzaine",
          "vingtaine",
          "trentaine",
          "quarantaine",
          "cinquantaine",
          "centaine");
  private static final Set<String> STOP_AFTER =
      Set.of("and", "et", "who", "qui", "by", "par", "in", "dans", "after", "après");
  private static final Set<String> INDEFINITE = Set.of("a", "an", "un", "une");
  private static final Set<String> NOT_LONE = Set.of("bodies", "corps", "toll", "bilan");
  private static final Set<String> AUXILIARIES =
      Set.of("was", "is", "has", "been", "a", "été", "est");
  // Attackers killed by the army are not casualties of the incident.
  private static final Set<String> COMBATANTS =
      Set.of(
          "terrorists",
          "terrorist",
          "jihadists",
          "militants",
          "assailants",
          "attackers",
          "insurgents",
          "terroristes",
          "jihadistes",
          "djihadistes",
          "assaillants");
  private static final Set<String> CHILD_WORDS =
      Set.of(
          "children",
          "child",
          "boys",
          "boy",
          "girls",
          "girl",
          "minors",
          "infants",
          "babies",
          "teenagers",
          "enfants",
          "enfant",
          "garçons",
          "garçon",
          "filles",
          "fille",
          "mineurs",
          "bébés",
          "bébé",
          "infant",
          "baby",
          "toddlers",
          "nourrisson",
          "nourrissons",
          "élèves",
          "pupils");
  private static final Set<String> WOMEN_WORDS = Set.of("women", "woman", "femmes", "femme");
  private static final Set<String> INCLUDING =
      Set.of("including", "includes", "dont", "notamment", "among", "parmi", "incluant");
  // ", most of them women and children," between a figure and its verb.
  private static final Set<String> ASIDE =
      Set.of("most", "mostly", "many", "all", "la", "majoritairement", "essentiellement");
  private static final Set<String> AND = Set.of("and", "et");
  private static final Set<String> ONE = Set.of("un", "une", "a", "an", "one");
  // Security forces' losses: reported beside civilians' but not counted with them.
  private static final Set<String> SECURITY =
      Set.of(
          "soldiers",
          "soldier",
          "troops",
          "gendarmes",
          "gendarme",
          "policemen",
          "soldats",
          "soldat",
          "militaires",
          "policiers",
          "VDP",
          "vdp");
  private static final Set<String> PERSON_NOUNS =
      Set.of(
          "man",
          "woman",
          "child",
          "boy",
          "girl",
          "civilian",
          "villager",
          "person",
          "resident",
          "farmer",
          "herder",
          "teacher",
          "imam",
          "chief",
          "homme",
          "femme",
          "enfant",
          "civil",
          "villageois",
          "habitant",
          "berger",
          "enseignant",
          "chef");

  /** The casualty figures of {@code sentence}, in order; offsets are relative to it. */
  public List<CasualtyMention> find(String sentence) {
    List<Token> t = Token.of(sentence);
    List<CasualtyMention> out = new ArrayList<>();
    List<CasualtyMention> security = new ArrayList<>();
    int lastFigureEnd = -10;
    int lastSubEnd = -10;
    for (int i = 0; i < t.size(); i++) {
      if (!out.isEmpty()
          && i >= 1
          && i + 1 < t.size()
          && INCLUDING.contains(t.get(i - 1).lower())
          && ONE.contains(t.get(i).lower())
          && (CHILD_WORDS.contains(t.get(i + 1).lower())
              || WOMEN_WORDS.contains(t.get(i + 1).lower()))) {
        // "trois civils, dont un enfant": one child among them.
        CasualtyMention last = out.remove(out.size() - 1);
        out.add(last.withSub(CHILD_WORDS.contains(t.get(i + 1).lower()), 1));
        lastSubEnd = i + 1;
        i++;
        continue;
      }
      Figure f = figureAt(t, i);
      if (f == null) {
        continue;
      }
      int after = f.last + 1;
      if (after < t.size()
          && (NOT_PEOPLE.contains(t.get(after).lower())
              || COMBATANTS.contains(t.get(after).lower()))) {
        i = f.last;
        continue;
      }
      if (isAge(t, i) || isDay(t, i, f)) {
        i = f.last;
        continue;
      }
      // "at least six of them children": a sub-count of the figure just read.
      if (!out.isEmpty()
          && f.count.min() != null
          && after + 2 < t.size()
          && t.get(after).lower().equals("of")
          && t.get(after + 1).lower().equals("them")
          && (CHILD_WORDS.contains(t.get(after + 2).lower())
              || WOMEN_WORDS.contains(t.get(after + 2).lower()))) {
        CasualtyMention last = out.remove(out.size() - 1);
        out.add(last.withSub(CHILD_WORDS.contains(t.get(after + 2).lower()), f.count.min()));
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
      if ((isSub(t, i) || andSub) && !out.isEmpty() && f.count.min() != null) {
        String noun = after < t.size() ? t.get(after).lower() : "";
        String noun2 = after + 1 < t.size() ? t.get(after + 1).lower() : "";
        boolean child = CHILD_WORDS.contains(noun) || CHILD_WORDS.contains(noun2);
        boolean woman = WOMEN_WORDS.contains(noun) || WOMEN_WORDS.contains(noun2);
        if (child || woman) {
          CasualtyMention last = out.remove(out.size() - 1);
          out.add(last.withSub(child, f.count.min()));
          i = f.last;
          lastSubEnd = after + (CHILD_WORDS.contains(noun) || WOMEN_WORDS.contains(noun) ? 0 : 1);
          continue;
        }
      }
      CasualtyKind kind = kindAround(t, f.first, f.last);
      if (kind == null
          && !out.isEmpty()
          && f.first >= 1
          && AND.contains(t.get(f.first - 1).lower())
          && f.first - lastFigureEnd <= 3) {
        // "killing 12 soldiers and at least 7 civilians": the verb governs both figures.
        kind = out.get(out.size() - 1).kind();
      }
      if (kind != null) {
        lastFigureEnd = f.last;
        int start = t.get(f.first).start();
        int end = t.get(f.last).end();
        CasualtyMention m =
            new CasualtyMention(
                kind, withText(f.count, sentence.substring(start, end)), start, end, null, null);
        if (after < t.size()
            && CHILD_WORDS.contains(t.get(after).lower())
            && kind == CasualtyKind.KILLED
            && f.count.min() != null) {
          // "a tué deux enfants": the dead are children.
          m = m.withSub(true, f.count.min());
        }
        out.add(m);
        if (after < t.size() && SECURITY.contains(t.get(after).lower())) {
          security.add(m);
        }
      }
      i = f.last;
    }
    // "killing 12 soldiers and at least 7 civilians": the civilians' figure is the incident's; the
    // soldiers' stands alone only when nobody else is counted.
    for (CasualtyMention m : security) {
      if (out.stream().anyMatch(o -> o.kind() == m.kind() && !security.contains(o))) {
        out.remove(m);
      }
    }
    return out;
  }

  private static Count withText(Count c, String text) {
    return new Count(c.min(), c.max(), text);
  }

  /** A number expression over tokens {@code [first, last]}. */
  private static final Set<String> THE_DEAD =
      Set.of("dead", "victims", "killed", "morts", "victimes", "tués", "tuées", "défunts");

  /**
   * The children and women among the dead told by a sentence of their own ("Parmi les victimes
   * figuraient au moins huit enfants", "Among the dead were six women and two children", "The
   * victims included four children"), as a killed mention without a count of its own; null when the
   * sentence tells none.
   */
  public CasualtyMention amongTheDead(String sentence) {
    List<Token> t = Token.of(sentence);
    if (!opensWithTheDead(t)) {
      return null;
    }
    Integer children = null;
    Integer women = null;
    int start = -1;
    int end = -1;
    for (int i = 0; i < t.size(); i++) {
      Figure f = figureAt(t, i);
      if (f == null) {
        continue;
      }
      int after = f.last + 1;
      String noun = after < t.size() ? t.get(after).lower() : "";
      if (f.count.min() != null && CHILD_WORDS.contains(noun) && children == null) {
        children = f.count.min();
      } else if (f.count.min() != null && WOMEN_WORDS.contains(noun) && women == null) {
        women = f.count.min();
      } else {
        i = f.last;
        continue;
      }
      start = start < 0 ? t.get(f.first).start() : start;
      end = t.get(after).end();
      i = after;
    }
    return children == null && women == null
        ? null
        : new CasualtyMention(CasualtyKind.KILLED, null, start, end, children, women);
  }

  // "Parmi les victimes", "Among (the) dead", "The victims included".
  private static boolean opensWithTheDead(List<Token> t) {
    if (t.size() < 3) {
      return false;
    }
    String a = t.get(0).lower();
    String b = t.get(1).lower();
    String c = t.get(2).lower();
    return (a.equals("parmi") && b.equals("les") && THE_DEAD.contains(c))
        || (a.equals("among") && (THE_DEAD.contains(b) || b.equals("the") && THE_DEAD.contains(c)))
        || (a.equals("the")
            && THE_DEAD.contains(b)
            && (c.equals("included") || c.equals("include") || c.equals("were")));
  }

  private record Figure(int first, int last, Count count) {}

  private static Figure figureAt(List<Token> t, int i) {
    String w = t.get(i).lower();
    String next = i + 1 < t.size() ? t.get(i + 1).lower() : "";
    // Vague quantities.
    if (w.equals("dozens") || (w.equals("des") && next.equals("dizaines"))) {
      return new Figure(i, w.equals("des") ? i + 1 : i, new Count(24, null, null));
    }
    if (w.equals("scores")
        && (next.equals("of") || next.isEmpty() || KIND_WORDS.containsKey(next))) {
      return new Figure(i, i, new Count(40, null, null));
    }
    if (w.equals("several") || w.equals("plusieurs")) {
      return new Figure(i, i, new Count(2, null, null));
    }
    if (w.equals("hundreds") || (w.equals("des") && next.equals("centaines"))) {
      return new Figure(i, w.equals("des") ? i + 1 : i, new Count(200, null, null));
    }
    if ((w.equals("a") && next.equals("dozen"))) {
      return new Figure(i, i + 1, new Count(12, null, null));
    }
    if (w.equals("une") && APPROX_NOUNS.contains(next)) {
      int n =
          switch (next) {
            case "dizaine" -> 10;
            case "douzaine" -> 12;
            case "quinzaine" -> 15;
            case "vingtaine" -> 20;
            case "trentaine" -> 30;
            case "quarantaine" -> 40;
            case "cinquantaine" -> 50;
            default -> 100;
          };
      return new Figure(i, i + 1, new Count(n, null, null));
    }
    // Ranges: "between 5 and 7", "entre 5 et 7".
    if ((w.equals("between") || w.equals("entre")) && i + 3 < t.size()) {
      Integer a = NumberWords.parse(t.get(i + 1).text());
      Integer b = NumberWords.parse(t.get(i + 3).text());
      String and = t.get(i + 2).lower();
      if (a != null && b != null && (and.equals("and") || and.equals("et")) && b >= a) {
        return new Figure(i, i + 3, new Count(a, b, null));
      }
    }
    // Qualifiers of one, two or three words, then the number.
    int q = i;
    String qual = "";
    for (int len = 3; len >= 1; len--) {
      if (i + len < t.size()) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < len; k++) {
          sb.append(k > 0 ? " " : "").append(t.get(i + k).lower());
        }
        if (QUALIFIERS.contains(sb.toString())) {
          qual = sb.toString();
          q = i + len;
          break;
        }
      }
    }
    Integer n = NumberWords.parse(t.get(q).text());
    if (n == null
        || (q == i && isArticleOne(t, i))
        || (i > 0 && t.get(i - 1).lower().equals("no"))) {
      return null;
    }
    // "13 to 15" as a range of people, not "aged 2 to 17" (filtered by isAge).
    if (qual.isEmpty()
        && q + 2 < t.size()
        && (t.get(q + 1).lower().equals("to") || t.get(q + 1).lower().equals("à"))) {
      Integer b = NumberWords.parse(t.get(q + 2).text());
      if (b != null && b >= n) {
        return new Figure(i, q + 2, new Count(n, b, null));
      }
    }
    Count c =
        switch (qual) {
          case "" -> new Count(n, n, null);
          case "more than", "over", "plus de", "upwards of", "in excess of", "more then" ->
              new Count(n + 1, null, null);
          case "up to", "as many as", "jusqu'à" -> new Count(Math.min(1, n), n, null);
          default -> new Count(n, null, null);
        };
    return new Figure(i, q, c);
  }

  private static final Set<String> QUALIFIERS =
      Set.of(
          "at least",
          "no fewer than",
          "no less than",
          "more than",
          "over",
          "upwards of",
          "in excess of",
          "some",
          "about",
          "around",
          "approximately",
          "roughly",
          "an estimated",
          "nearly",
          "almost",
          "up to",
          "as many as",
          "au moins",
          "plus de",
          "près de",
          "environ",
          "quelque",
          "jusqu'à",
          "pas moins de",
          "at minimum",
          "a minimum of",
          "au minimum");

  // French "un/une" are articles far more often than counts; lone victims are found separately.
  private static boolean isArticleOne(List<Token> t, int i) {
    String w = t.get(i).lower();
    return w.equals("un") || w.equals("une");
  }

  private static boolean isAge(List<Token> t, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      String w = t.get(k).lower();
      if (w.equals("aged")
          || w.equals("âgés")
          || w.equals("âgées")
          || w.equals("ages")
          || w.equals("âgé")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> MONTH_ABBREVIATIONS =
      Set.of(
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
          "janv", "févr", "avr", "juil", "déc");

  private static boolean isDay(List<Token> t, int i, Figure f) {
    if (i > 0
        && MONTH_ABBREVIATIONS.contains(t.get(i - 1).lower())
        && Character.isDigit(t.get(i).text().charAt(0))) {
      return true;
    }
    if (i > 0 && NOT_PEOPLE.contains(t.get(i - 1).lower())) {
      String prev = t.get(i - 1).lower();
      return !prev.equals("per")
          && !prev.equals("cent")
          && Character.isDigit(t.get(i).text().charAt(0));
    }
    String w = t.get(f.last).text();
    return w.length() == 4 && w.startsWith("19") || w.length() == 4 && w.startsWith("20");
  }

  private static boolean isSub(List<Token> t, int i) {
    for (int k = Math.max(0, i - 2); k < i; k++) {
      if (INCLUDING.contains(t.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> PREP =
      Set.of("of", "the", "de", "des", "à", "a", "la", "le", "les");

  private static CasualtyKind kindAround(List<Token> t, int first, int last) {
    // Before: "killed 5", "the deaths of at least 13", "tuant 5", "a coûté la vie à 5".
    CasualtyKind before = null;
    int beforeDist = Integer.MAX_VALUE;
    for (int k = first - 1, d = 1; k >= 0 && d <= 3; k--, d++) {
      String w = t.get(k).lower();
      CasualtyKind kind = KIND_WORDS.get(w);
      if (kind != null) {
        before = kind;
        beforeDist = d;
        break;
      }
      if (!PREP.contains(w) && !w.equals("vie") && !w.equals("taken")) {
        break;
      }
    }
    // After: "13 civilians were killed", "25 morts", "five people, including a child, died".
    CasualtyKind after = null;
    int afterDist = Integer.MAX_VALUE;
    for (int k = last + 1, d = 1; k < t.size() && d <= 6; k++, d++) {
      Token tok = t.get(k);
      if (tok.lower().equals(",")
          && k + 1 < t.size()
          && (INCLUDING.contains(t.get(k + 1).lower()) || ASIDE.contains(t.get(k + 1).lower()))) {
        // Skip an inserted ", including five children," to reach the verb.
        int close = k + 1;
        while (close < t.size() && !t.get(close).lower().equals(",")) {
          close++;
        }
        k = close;
        continue;
      }
      if (tok.lower().equals(",") && d > 1) {
        break;
      }
      CasualtyKind kind = KIND_WORDS.get(tok.lower());
      if (kind != null && !tok.lower().equals("lives")) {
        after = kind;
        afterDist = d;
        break;
      }
      if (AND.contains(tok.lower())
          && d <= 2
          && k + 1 < t.size()
          && NumberWords.parse(t.get(k + 1).text()) != null) {
        // "five civilians and two soldiers were killed": one verb for both figures.
        k++;
        d -= 2;
        continue;
      }
      if (NumberWords.parse(tok.text()) != null || STOP_AFTER.contains(tok.lower())) {
        break;
      }
    }
    if (before != null && beforeDist <= afterDist) {
      return before;
    }
    return after;
  }

  /**
   * A lone victim named with an indefinite article in {@code sentence} ("a pregnant woman injured",
   * "un enfant a été tué"), as {@code {1, null}}; null when there is none.
   */
  public CasualtyMention loneVictim(String sentence) {
    List<Token> t = Token.of(sentence);
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i).lower();
      if (!INDEFINITE.contains(w)) {
        continue;
      }
      for (int k = i + 1; k <= i + 3 && k < t.size(); k++) {
        if (PERSON_NOUNS.contains(t.get(k).lower())) {
          for (int v = k + 1; v <= k + 3 && v < t.size(); v++) {
            CasualtyKind kind = KIND_WORDS.get(t.get(v).lower());
            if (kind != null && kind != CasualtyKind.KILLED
                || kind == CasualtyKind.KILLED && !NOT_LONE.contains(t.get(v).lower())) {
              int s = t.get(i).start();
              int e = t.get(v).end();
              return new CasualtyMention(
                  kind, new Count(1, null, sentence.substring(s, e)), s, e, null, null);
            }
            if (!AUXILIARIES.contains(t.get(v).lower())) {
              break;
            }
          }
          break;
        }
      }
    }
    return null;
  }

  private static Set<String> union(Set<String> a, String... b) {
    return Set.copyOf(Stream.concat(a.stream(), Stream.of(b)).toList());
  }
}

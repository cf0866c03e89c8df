package org.harmwatch.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.SubEventType;

/**
 * Scores predicted incidents against gold ones. Per document, predicted and gold incidents are
 * paired one-to-one, greedily by descending {@link #similarity}; pairs below {@link
 * #MIN_SIMILARITY} stay unmatched. Incident precision, recall and F1 count matched pairs over all
 * documents. Each {@link Field} is compared on every matched pair, every unmatched gold incident
 * (its values are missing, and it is never right) and every spurious prediction (its values are
 * spurious): see {@link Field#compare} and {@link FieldCounts}; the two sides of a gold battle are
 * compared in either order (see {@link BattleSides}). Event and sub-event types of matched pairs
 * fill confusion matrices. Predictions for documents absent from the gold are ignored.
 *
 * <p>Stateless and thread-safe.
 */
public final class Scorer {
  /** The lowest similarity at which a predicted incident may be paired with a gold one. */
  public static final double MIN_SIMILARITY = 2.0;

  private Scorer() {}

  /** Scores {@code predictedByDocId} (missing documents count as predicting nothing). */
  public static EvalReport score(
      List<GoldDocument> gold, Map<String, List<Incident>> predictedByDocId) {
    int goldCount = 0;
    int predictedCount = 0;
    int matchedCount = 0;
    Map<Field, FieldCounts> counts = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      counts.put(f, FieldCounts.ZERO);
    }
    Confusion events =
        new Confusion(
            Field.EVENT_TYPE.code(),
            Arrays.stream(EventType.values()).map(EventType::code).toList());
    Confusion subEvents =
        new Confusion(
            Field.SUB_EVENT_TYPE.code(),
            Arrays.stream(SubEventType.values()).map(SubEventType::code).toList());
    List<Miss> misses = new ArrayList<>();
    for (GoldDocument doc : gold) {
      List<Incident> g = doc.incidents();
      List<Incident> p = predictedByDocId.getOrDefault(doc.docId(), List.of());
      List<Scored> ps = p.stream().map(Scored::of).toList();
      goldCount += g.size();
      predictedCount += p.size();
      int[] pairOf = match(g, p);
      Set<Integer> usedPredictions = new HashSet<>();
      for (int gi = 0; gi < g.size(); gi++) {
        int pi = pairOf[gi];
        Scored gs = doc.scored(gi);
        if (pi < 0) {
          misses.add(new Miss(doc.docId(), "unmatched_gold", gi, -1, summary(g.get(gi)), "-"));
          for (Field f : Field.values()) {
            counts.put(f, counts.get(f).plus(f.compare(gs, null), true));
          }
          continue;
        }
        matchedCount++;
        usedPredictions.add(pi);
        Scored pp = BattleSides.oriented(gs, ps.get(pi));
        Incident gi0 = g.get(gi);
        Incident pi0 = p.get(pi);
        events.add(code(gi0.eventType()), code(pi0.eventType()));
        subEvents.add(code(gi0.subEventType()), code(pi0.subEventType()));
        for (Field f : Field.values()) {
          Field.Outcome o = f.compare(gs, pp);
          counts.put(f, counts.get(f).plus(o, true));
          if (o == Field.Outcome.WRONG
              || o == Field.Outcome.MISSING
              || o == Field.Outcome.SPURIOUS) {
            misses.add(new Miss(doc.docId(), f.code(), gi, pi, f.render(gs), f.render(pp)));
          }
        }
      }
      for (int pi = 0; pi < p.size(); pi++) {
        if (!usedPredictions.contains(pi)) {
          misses.add(new Miss(doc.docId(), "spurious", -1, pi, "-", summary(p.get(pi))));
          Scored pp = ps.get(pi);
          for (Field f : Field.values()) {
            counts.put(f, counts.get(f).plus(f.compare(null, pp), false));
          }
        }
      }
    }
    return new EvalReport(
        gold.size(), goldCount, predictedCount, matchedCount, counts, events, subEvents, misses);
  }

  /**
   * Pairs gold with predicted incidents one-to-one: {@code result[g]} is the predicted index paired
   * with gold index {@code g}, or -1.
   */
  public static int[] match(List<Incident> gold, List<Incident> predicted) {
    record Pair(int g, int p, double score) {}
    List<Pair> pairs = new ArrayList<>();
    for (int gi = 0; gi < gold.size(); gi++) {
      for (int pi = 0; pi < predicted.size(); pi++) {
        double s = similarity(gold.get(gi), predicted.get(pi));
        if (s >= MIN_SIMILARITY) {
          pairs.add(new Pair(gi, pi, s));
        }
      }
    }
    pairs.sort(
        Comparator.comparingDouble(Pair::score)
            .reversed()
            .thenComparingInt(Pair::g)
            .thenComparingInt(Pair::p));
    int[] result = new int[gold.size()];
    java.util.Arrays.fill(result, -1);
    boolean[] taken = new boolean[predicted.size()];
    for (Pair pair : pairs) {
      if (result[pair.g()] < 0 && !taken[pair.p()]) {
        result[pair.g()] = pair.p();
        taken[pair.p()] = true;
      }
    }
    return result;
  }

  /**
   * How alike two incidents are, from 0: same event type (2) and sub-type (1), overlapping dates
   * (2), same place (2: coordinates within 50 km, or same admin1 when either has no coordinates),
   * overlapping killed figures (1), a shared perpetrator (1), overlapping evidence (3).
   */
  public static double similarity(Incident a, Incident b) {
    double s = 0;
    if (a.eventType() != null && a.eventType() == b.eventType()) {
      s += 2;
    }
    if (a.subEventType() != null && a.subEventType() == b.subEventType()) {
      s += 1;
    }
    if (datesOverlap(a.date(), b.date())) {
      s += 2;
    }
    if (samePlace(a.location(), b.location())) {
      s += 2;
    }
    if (countsOverlap(a.casualties().killed(), b.casualties().killed())) {
      s += 1;
    }
    if (shareActor(a.perpetrators(), b.perpetrators())) {
      s += 1;
    }
    if (evidenceOverlaps(a.evidence(), b.evidence())) {
      s += 3;
    }
    return s;
  }

  static boolean datesOverlap(IncidentDate a, IncidentDate b) {
    return a != null && b != null && !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
  }

  static boolean samePlace(Location a, Location b) {
    if (a == null || b == null) {
      return false;
    }
    if (a.hasCoordinates() && b.hasCoordinates()) {
      return org.harmwatch.core.model.Location.km(a.lat(), a.lon(), b.lat(), b.lon())
          <= Field.MAX_KM;
    }
    String a1 = Field.normalize(a.admin1());
    if (a1 != null && a1.equals(Field.normalize(b.admin1()))) {
      return true;
    }
    String n = Field.normalize(a.name());
    return n != null && n.equals(Field.normalize(b.name()));
  }

  static boolean countsOverlap(Count a, Count b) {
    if (a == null || b == null || a.min() == null || b.min() == null) {
      return false;
    }
    long aMax = a.max() == null ? Long.MAX_VALUE : a.max();
    long bMax = b.max() == null ? Long.MAX_VALUE : b.max();
    return a.min() <= bMax && b.min() <= aMax;
  }

  private static boolean shareActor(List<Actor> a, List<Actor> b) {
    for (Actor x : a) {
      for (Actor y : b) {
        if (x.name().equalsIgnoreCase(y.name())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether two evidence lists share a passage: overlapping offsets (when both have real offsets)
   * or texts of which one contains the other, compared without case and spacing.
   */
  static boolean evidenceOverlaps(List<Evidence> a, List<Evidence> b) {
    for (Evidence x : a) {
      for (Evidence y : b) {
        boolean offsets = x.end() > x.start() && y.end() > y.start();
        if (offsets && x.start() < y.end() && y.start() < x.end()) {
          return true;
        }
        String tx = squash(x.text());
        String ty = squash(y.text());
        if (tx.length() >= 12 && ty.length() >= 12 && (tx.contains(ty) || ty.contains(tx))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String squash(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
  }

  private static String code(EventType t) {
    return t == null ? null : t.code();
  }

  private static String code(SubEventType t) {
    return t == null ? null : t.code();
  }

  private static String summary(Incident i) {
    Location l = i.location();
    return Objects.toString(i.subEventType() == null ? i.eventType() : i.subEventType().code())
        + " @ "
        + (l == null ? "null" : l.name())
        + " "
        + Field.DATE.render(i)
        + " killed="
        + Field.KILLED.render(i);
  }
}

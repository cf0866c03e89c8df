package org.harmwatch.eval;

import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Incident;

/**
 * The reading of a prediction's sides that the scorer compares with a gold battle. ACLED's codebook
 * states that actor 1 and actor 2 do not imply directionality (attacker or defender) except in
 * violence against civilians, so ACLED gold lists the two sides of a battle in no meaningful order:
 * the state's forces come first in most rows whoever attacked. Scoring a battle's perpetrators and
 * targets in the given order would count a coding habit, not an extraction error; a prediction's
 * two sides are therefore read swapped when that agrees with more of the gold's perpetrators and
 * targets than the given order. Other event types keep their order: there the perpetrator is who
 * harmed whom.
 *
 * <p>Stateless and thread-safe.
 */
final class BattleSides {
  private BattleSides() {}

  /** {@code predicted} as given, or with its perpetrators and targets swapped (see the class). */
  static Scored oriented(Scored gold, Scored predicted) {
    Incident g = gold.incident();
    Incident p = predicted.incident();
    if (g.eventType() != EventType.BATTLES) {
      return predicted;
    }
    Scored swapped = new Scored(swap(p), predicted.civiliansKilled());
    return agreements(gold, swapped) > agreements(gold, predicted) ? swapped : predicted;
  }

  private static int agreements(Scored gold, Scored predicted) {
    int n = 0;
    for (Field f : new Field[] {Field.PERPETRATORS, Field.TARGETS}) {
      if (f.compare(gold, predicted) == Field.Outcome.RIGHT) {
        n++;
      }
    }
    return n;
  }

  private static Incident swap(Incident p) {
    return new Incident(
        p.id(),
        p.document(),
        p.eventType(),
        p.subEventType(),
        p.date(),
        p.location(),
        p.targets(),
        p.perpetrators(),
        p.casualties(),
        p.weapons(),
        p.reportedBy(),
        p.evidence(),
        p.confidence(),
        p.provenance());
  }
}

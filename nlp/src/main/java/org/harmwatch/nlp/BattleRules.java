package org.harmwatch.nlp;

import java.util.LinkedHashMap;
import java.util.Map;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.SubEventType;
import org.harmwatch.nlp.event.BattleSigns;

/**
 * The battle rules of the {@link CodingPolicy}: when an attack involving the state's forces or two
 * armed sides is coded as an armed clash, and which side of a battle is its perpetrator.
 */
final class BattleRules {
  private BattleRules() {}

  /**
   * An attack on the state's forces, whose words tell armed people attacked or killed, is a clash
   * even when civilians are named beside them (hurt, or among the bystanders), as long as no
   * civilians are among the dead ({@code civiliansAmongDead}): ACLED codes the attack on the
   * forces; one that also killed civilians stays violence against civilians. Returns the sub-event
   * type.
   */
  static SubEventType attackOnForces(
      SubEventType sub, BattleSigns signs, Map<String, Actor> targets, boolean civiliansAmongDead) {
    if (sub == SubEventType.ATTACK
        && signs.armedVictims()
        && !civiliansAmongDead
        && targets.values().stream().anyMatch(a -> stateSide(a.type()))) {
      return SubEventType.ARMED_CLASH;
    }
    return sub;
  }

  /**
   * An attack (or abduction) on the state's forces ({@link BattleSigns#forcesAttacked}), not by the
   * state's side or unarmed people, is an armed clash (ACLED) unless civilians are among the dead
   * ({@code civiliansAmongDead}, GUIDELINES §2), whoever the roles found. Returns the type.
   */
  static SubEventType forcesAttacked(
      SubEventType sub,
      BattleSigns signs,
      Map<String, Actor> perpetrators,
      boolean civiliansAmongDead) {
    if ((sub == SubEventType.ATTACK || sub == SubEventType.ABDUCTION_FORCED_DISAPPEARANCE)
        && signs.forcesAttacked()
        && !civiliansAmongDead
        && perpetrators.values().stream()
            .noneMatch(a -> stateSide(a.type()) || !CodingPolicy.armed(a.type()))) {
      return SubEventType.ARMED_CLASH;
    }
    return sub;
  }

  /**
   * Both sides fighting: an attack whose words name the state's side (state or foreign forces) and
   * its armed opponents (rebels, unnamed armed groups, ethnic or communal militias) both acting,
   * and tell armed people attacked or killed or fighting back ("the army repulsed rebels who raided
   * the town"), is an armed clash as long as no civilians are among the dead ({@code
   * civiliansAmongDead}): ACLED codes two armed sides fighting as a battle, and an armed group
   * killing villagers as violence against civilians. An opponent named only as whom a victim was
   * suspected of supporting does not fight, hence the words' signs. Returns the sub-event type.
   */
  static SubEventType bothSidesFight(
      SubEventType sub,
      BattleSigns signs,
      Map<String, Actor> perpetrators,
      boolean civiliansAmongDead) {
    if (sub == SubEventType.ATTACK
        && (signs.armedVictims() || signs.fightBack())
        && !civiliansAmongDead
        && perpetrators.values().stream().anyMatch(a -> stateSide(a.type()))
        && perpetrators.values().stream().anyMatch(a -> opposingSide(a.type()))) {
      return SubEventType.ARMED_CLASH;
    }
    return sub;
  }

  /**
   * One side as a battle's perpetrator: ACLED's actor 1 is one side of the fight and actor 2 the
   * other, so when the words found the state's side (state or foreign forces) and its armed
   * opponents (rebels, unnamed armed groups, ethnic or communal militias) both acting, the side
   * named first keeps the perpetrator role and the other becomes the target ("the army clears a
   * Boko Haram camp": the army, against Boko Haram). Political militias stay where the words put
   * them, since they fight on either side.
   */
  static void oneSidePerBattle(
      SubEventType sub, Map<String, Actor> perpetrators, Map<String, Actor> targets) {
    if (sub.eventType() != EventType.BATTLES) {
      return;
    }
    Boolean firstIsState = null;
    boolean state = false;
    boolean opponents = false;
    for (Actor a : perpetrators.values()) {
      boolean s = stateSide(a.type());
      boolean o = opposingSide(a.type());
      if (firstIsState == null && (s || o)) {
        firstIsState = s;
      }
      state |= s;
      opponents |= o;
    }
    if (!state || !opponents) {
      return;
    }
    boolean keepState = firstIsState;
    Map<String, Actor> kept = new LinkedHashMap<>();
    Map<String, Actor> moved = new LinkedHashMap<>();
    for (Map.Entry<String, Actor> e : perpetrators.entrySet()) {
      ActorType t = e.getValue().type();
      boolean other = keepState ? opposingSide(t) : stateSide(t);
      (other ? moved : kept).put(e.getKey(), e.getValue());
    }
    perpetrators.clear();
    perpetrators.putAll(kept);
    moved.forEach(targets::putIfAbsent);
    kept.keySet().forEach(targets::remove);
  }

  private static boolean stateSide(ActorType type) {
    return type == ActorType.STATE_FORCES || type == ActorType.EXTERNAL_FORCES;
  }

  private static boolean opposingSide(ActorType type) {
    return type == ActorType.REBEL_GROUP
        || type == ActorType.UNKNOWN
        || type == ActorType.IDENTITY_MILITIA;
  }
}

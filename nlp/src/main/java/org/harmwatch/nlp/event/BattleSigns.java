package org.harmwatch.nlp.event;

/**
 * What an incident's words say about who was on each side, the cues that tell a battle from
 * violence against civilians (ACLED: an attack on armed actors is a battle; civilians are unarmed).
 *
 * @param armedVictims armed people or a military site attacked ("ambushed an army patrol", "killed
 *     six militants")
 * @param civilianVictims civilians named among the victims ("villagers", "passengers")
 * @param stateRegains the state's forces retook a place ("recaptured the town")
 * @param overtakes an armed group took a place ("seized control of the town")
 * @param fightBack armed people fought back or repelled an attack ("pushed back by the army")
 * @param forcesAttacked the state's forces or their post attacked, or their men killed ("attacked a
 *     police post", "ambushed a group of soldiers", "two gendarmes were killed")
 */
public record BattleSigns(
    boolean armedVictims,
    boolean civilianVictims,
    boolean stateRegains,
    boolean overtakes,
    boolean fightBack,
    boolean forcesAttacked) {

  /** The signs of words that tell no attack on the state's forces in particular. */
  public BattleSigns(
      boolean armedVictims,
      boolean civilianVictims,
      boolean stateRegains,
      boolean overtakes,
      boolean fightBack) {
    this(armedVictims, civilianVictims, stateRegains, overtakes, fightBack, false);
  }

  /** The signs of words that tell no fighting back. */
  public BattleSigns(
      boolean armedVictims, boolean civilianVictims, boolean stateRegains, boolean overtakes) {
    this(armedVictims, civilianVictims, stateRegains, overtakes, false, false);
  }
}

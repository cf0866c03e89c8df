package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.harmwatch.core.geo.CountryProfiles;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.SubEventType;
import org.harmwatch.nlp.event.BattleSigns;
import org.harmwatch.nlp.event.Trigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The coding defaults, one rule per test. */
class CodingPolicyTest {
  private final CodingPolicy policy = new CodingPolicy(CountryProfiles.bundled());

  private static final Casualties NONE = new Casualties(null, null, null, null, null, null);

  private static List<SourceMention> sources(String... names) {
    return java.util.Arrays.stream(names).map(n -> new SourceMention(n, 0, 1, n)).toList();
  }

  private static Trigger trigger(SubEventType hint) {
    return new Trigger(0, 6, "attack", hint, false, false);
  }

  @ParameterizedTest(name = "{0} with cue {1} -> {2}")
  @CsvSource({
    "ATTACK;AIR_DRONE_STRIKE, ATTACK, AIR_DRONE_STRIKE",
    "ARMED_CLASH;SUICIDE_BOMB, ATTACK, ARMED_CLASH",
    "ARMED_CLASH, ARMED_CLASH, ARMED_CLASH",
    "ARMED_CLASH, ATTACK, ARMED_CLASH",
    "GRENADE;ATTACK, ATTACK, GRENADE",
    "ABDUCTION_FORCED_DISAPPEARANCE, ATTACK, ABDUCTION_FORCED_DISAPPEARANCE",
    "ATTACK, ATTACK, ATTACK",
  })
  void subEventTypeByPrecedence(String types, SubEventType cue, SubEventType expected) {
    Set<SubEventType> named = new LinkedHashSet<>();
    for (String t : types.split(";")) {
      named.add(SubEventType.valueOf(t));
    }
    assertThat(CodingPolicy.subEventType(named, trigger(cue), NONE)).isEqualTo(expected);
  }

  @Test
  void abductionWithDeadIsAnAttack() {
    Casualties dead = new Casualties(Count.exactly(3, "3"), null, null, null, null, null);
    assertThat(
            CodingPolicy.subEventType(
                Set.of(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE),
                trigger(SubEventType.ATTACK),
                dead))
        .isEqualTo(SubEventType.ATTACK);
  }

  @Test
  void abductionWithViolenceBeyondTheTakingIsAnAttack() {
    Set<SubEventType> named = Set.of(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE);
    assertThat(CodingPolicy.subEventType(named, trigger(SubEventType.ATTACK), NONE, false))
        .isEqualTo(SubEventType.ATTACK);
    assertThat(CodingPolicy.subEventType(named, trigger(SubEventType.ATTACK), NONE, true))
        .isEqualTo(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE);
  }

  @ParameterizedTest(name = "unattributed strike in {0} -> {1}")
  @CsvSource({"ML, Military Forces of Mali", "BF, Military Forces of Burkina Faso", "KE, ''"})
  void unattributedStrikeIsTheStatesOnlyWhereOnlyTheStateFlies(String country, String expected) {
    Map<String, Actor> perpetrators = new LinkedHashMap<>();
    policy.stateOnlyAirPower(SubEventType.AIR_DRONE_STRIKE, country, "drone strike", perpetrators);
    assertThat(String.join(",", perpetrators.keySet())).isEqualTo(expected);
  }

  @Test
  void strikeWithoutCountryOrWithPerpetratorKeepsWhatItHas() {
    Map<String, Actor> none = new LinkedHashMap<>();
    policy.stateOnlyAirPower(SubEventType.AIR_DRONE_STRIKE, null, "air raid", none);
    assertThat(none).isEmpty();
    Map<String, Actor> named = new LinkedHashMap<>();
    named.put("JNIM", new Actor("JNIM", ActorType.REBEL_GROUP, "JNIM"));
    policy.stateOnlyAirPower(SubEventType.AIR_DRONE_STRIKE, "ML", "drone", named);
    assertThat(named).containsOnlyKeys("JNIM");
  }

  @Test
  void unidentifiedGroupOnlyWhenAlone() {
    Map<String, Actor> p = new LinkedHashMap<>();
    p.put(CodingPolicy.UNIDENTIFIED, new Actor(CodingPolicy.UNIDENTIFIED, ActorType.UNKNOWN, "x"));
    CodingPolicy.unidentifiedOnlyAlone(p);
    assertThat(p).containsOnlyKeys(CodingPolicy.UNIDENTIFIED);
    p.put("JNIM", new Actor("JNIM", ActorType.REBEL_GROUP, "JNIM"));
    CodingPolicy.unidentifiedOnlyAlone(p);
    assertThat(p).containsOnlyKeys("JNIM");
  }

  @Test
  void unarmedActorsAreNoPerpetratorsBesideArmedOnes() {
    Map<String, Actor> p = new LinkedHashMap<>();
    p.put("Protesters", new Actor("Protesters", ActorType.CIVILIANS, "marchers"));
    CodingPolicy.armedPerpetratorsOnly(p);
    assertThat(p).containsOnlyKeys("Protesters");
    p.put(
        "Police Forces of Kenya", new Actor("Police Forces of Kenya", ActorType.STATE_FORCES, "x"));
    CodingPolicy.armedPerpetratorsOnly(p);
    assertThat(p).containsOnlyKeys("Police Forces of Kenya");
  }

  private static final Actor CIVILIANS = Actor.civilians(null);

  private static BattleSigns signs(boolean armed, boolean civilians) {
    return new BattleSigns(armed, civilians, false, false);
  }

  @Test
  void attackOnArmedActorsAloneIsAClash() {
    Map<String, Actor> soldiers = new LinkedHashMap<>();
    soldiers.put(
        "Military Forces of Mali",
        new Actor("Military Forces of Mali", ActorType.STATE_FORCES, "army"));
    Map<String, Actor> none = new LinkedHashMap<>();
    assertThat(CodingPolicy.sides(SubEventType.ATTACK, signs(false, false), none, soldiers))
        .isEqualTo(SubEventType.ARMED_CLASH);
    assertThat(CodingPolicy.sides(SubEventType.ATTACK, signs(false, true), none, soldiers))
        .isEqualTo(SubEventType.ATTACK);
    // An attack on the state's forces, with words of armed people attacked or killed, is a battle
    // even when civilians are named beside them, unless civilians are among the dead.
    assertThat(BattleRules.attackOnForces(SubEventType.ATTACK, signs(true, true), soldiers, false))
        .isEqualTo(SubEventType.ARMED_CLASH);
    assertThat(BattleRules.attackOnForces(SubEventType.ATTACK, signs(true, true), soldiers, true))
        .isEqualTo(SubEventType.ATTACK);
    assertThat(BattleRules.attackOnForces(SubEventType.ATTACK, signs(false, true), soldiers, false))
        .isEqualTo(SubEventType.ATTACK);
    assertThat(CodingPolicy.sides(SubEventType.ATTACK, signs(true, false), none, none))
        .isEqualTo(SubEventType.ARMED_CLASH);
    assertThat(CodingPolicy.sides(SubEventType.ATTACK, signs(false, false), none, none))
        .isEqualTo(SubEventType.ATTACK);
    assertThat(
            CodingPolicy.sides(
                SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, signs(true, false), none, soldiers))
        .isEqualTo(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
  }

  @ParameterizedTest(name = "{0} by {1} (regains {2}, takes {3}) -> {4}")
  @CsvSource({
    "ARMED_CLASH, STATE_FORCES, true, false, GOVERNMENT_REGAINS_TERRITORY",
    "ATTACK, '', true, false, GOVERNMENT_REGAINS_TERRITORY",
    "ARMED_CLASH, REBEL_GROUP, true, false, NON_STATE_ACTOR_OVERTAKES_TERRITORY",
    "ARMED_CLASH, REBEL_GROUP, false, true, NON_STATE_ACTOR_OVERTAKES_TERRITORY",
    // The state's forces taking a place from an armed group regain territory (ACLED).
    "ARMED_CLASH, STATE_FORCES, false, true, GOVERNMENT_REGAINS_TERRITORY",
    "ARMED_CLASH, '', false, true, ARMED_CLASH",
    "AIR_DRONE_STRIKE, STATE_FORCES, true, false, AIR_DRONE_STRIKE",
  })
  void territoryChangesHandsBySide(
      SubEventType sub, String by, boolean regains, boolean takes, SubEventType expected) {
    Map<String, Actor> perpetrators = new LinkedHashMap<>();
    if (!by.isEmpty()) {
      perpetrators.put("P", new Actor("P", ActorType.valueOf(by), "p"));
    }
    assertThat(
            CodingPolicy.sides(
                sub, new BattleSigns(false, false, regains, takes), perpetrators, Map.of()))
        .isEqualTo(expected);
  }

  @Test
  void violenceAgainstCiviliansTargetsCiviliansAndGroupsNotArmedActors() {
    Map<String, Actor> targets = new LinkedHashMap<>();
    targets.put(
        "Military Forces of Mali",
        new Actor("Military Forces of Mali", ActorType.STATE_FORCES, "army"));
    targets.put(
        "Fulani Ethnic Militia",
        new Actor("Fulani Ethnic Militia", ActorType.IDENTITY_MILITIA, "Fulani"));
    targets.put("Women", new Actor("Women", ActorType.CIVILIANS, "women"));
    CodingPolicy.civiliansTargeted(SubEventType.ATTACK, false, targets, CIVILIANS);
    assertThat(targets).containsOnlyKeys("Civilians", "Fulani Ethnic Group", "Women");
  }

  @Test
  void victimGroupsJoinTheCiviliansOfViolenceAgainstCiviliansOnly() {
    Map<String, Actor> attack = new LinkedHashMap<>();
    attack.put("Civilians", CIVILIANS);
    CodingPolicy.victimGroups(SubEventType.ATTACK, List.of("Journalists"), attack);
    assertThat(attack).containsOnlyKeys("Civilians", "Journalists");
    Map<String, Actor> clash = new LinkedHashMap<>();
    CodingPolicy.victimGroups(SubEventType.ARMED_CLASH, List.of("Students"), clash);
    assertThat(clash).isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1}")
  @org.junit.jupiter.params.provider.CsvSource(
      nullValues = "none",
      value = {
        // Harmed groups are named from the year ACLED's codebook made them systematic.
        "2021, Civilians;Farmers",
        "2019, Civilians;Farmers",
        "2016, Civilians",
        "none, Civilians",
      })
  void harmedGroupsJoinTheCiviliansFromTheirFirstYear(Integer year, String expected) {
    Map<String, Actor> targets = new LinkedHashMap<>();
    targets.put("Civilians", CIVILIANS);
    CodingPolicy.harmedGroups(SubEventType.ATTACK, year, List.of("Farmers"), targets);
    assertThat(String.join(";", targets.keySet())).isEqualTo(expected);
  }

  @Test
  void clashDoesNotMakeCiviliansATarget() {
    Map<String, Actor> targets = new LinkedHashMap<>();
    CodingPolicy.civiliansTargeted(SubEventType.ARMED_CLASH, true, targets, CIVILIANS);
    assertThat(targets).isEmpty();
  }

  @Test
  void explosionTargetsCiviliansOnlyWhenNamedAndNoArmedTarget() {
    Map<String, Actor> named = new LinkedHashMap<>();
    CodingPolicy.civiliansTargeted(SubEventType.GRENADE, true, named, CIVILIANS);
    assertThat(named).containsOnlyKeys("Civilians");
    Map<String, Actor> unnamed = new LinkedHashMap<>();
    CodingPolicy.civiliansTargeted(SubEventType.GRENADE, false, unnamed, CIVILIANS);
    assertThat(unnamed).isEmpty();
    Map<String, Actor> armed = new LinkedHashMap<>();
    armed.put(
        "Police Forces of Kenya",
        new Actor("Police Forces of Kenya", ActorType.STATE_FORCES, "police"));
    CodingPolicy.civiliansTargeted(SubEventType.GRENADE, true, armed, CIVILIANS);
    assertThat(armed).containsOnlyKeys("Police Forces of Kenya");
  }

  @Test
  void strikeWeaponIsADroneOnlyWhenItsParagraphNamesOne() {
    List<String> weapons = new ArrayList<>(List.of("firearms"));
    CodingPolicy.strikeWeapon(SubEventType.AIR_DRONE_STRIKE, () -> true, weapons);
    assertThat(weapons).containsExactly("drone", "firearms");
    List<String> plain = new ArrayList<>();
    CodingPolicy.strikeWeapon(SubEventType.AIR_DRONE_STRIKE, () -> false, plain);
    assertThat(plain).containsExactly("airstrike");
    List<String> attack = new ArrayList<>();
    CodingPolicy.strikeWeapon(SubEventType.ATTACK, () -> true, attack);
    assertThat(attack).isEmpty();
  }

  @Test
  void governmentAndArmyAreNamedAfterTheCountry() {
    Set<String> out = new LinkedHashSet<>();
    policy.addSources(
        sources(Reporters.GOVERNMENT, Reporters.STATE_FORCES, "residents"), "ML", out);
    assertThat(out).containsExactly("Government of Mali", "Military Forces of Mali", "residents");
    // every country with a profile, not only the Sahel's
    Set<String> kenya = new LinkedHashSet<>();
    policy.addSources(sources(Reporters.GOVERNMENT, Reporters.STATE_FORCES), "KE", kenya);
    assertThat(kenya).containsExactly("Government of Kenya", "Military Forces of Kenya");
    Set<String> unknown = new LinkedHashSet<>();
    policy.addSources(sources(Reporters.GOVERNMENT, "residents"), null, unknown);
    assertThat(unknown).containsExactly("residents");
  }

  // "name:type" pairs joined by ';', in the order the words named them.
  private static Map<String, Actor> actors(String list) {
    Map<String, Actor> out = new LinkedHashMap<>();
    if (!list.isBlank()) {
      for (String item : list.split(";")) {
        String[] p = item.split(":");
        out.put(p[0], new Actor(p[0], ActorType.fromCode(p[1]), p[0]));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}: {1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Both sides found acting: the first named keeps the role, the other side is the target.
        "ARMED_CLASH|Army:state_forces;LRA:rebel_group||Army|LRA",
        "ARMED_CLASH|LRA:rebel_group;Army:state_forces||LRA|Army",
        "ARMED_CLASH|Gunmen:unknown;Police:state_forces;Mission:external_forces|Civilians:civilians"
            + "|Gunmen|Civilians,Police,Mission",
        "ARMED_CLASH|Army:state_forces;Mission:external_forces;Nuer:identity_militia||Army,Mission"
            + "|Nuer",
        // A political militia stays where the words put it; one side alone, or no battle, as found.
        "ARMED_CLASH|Army:state_forces;Vigilantes:political_militia||Army,Vigilantes|",
        "ARMED_CLASH|Army:state_forces;Mission:external_forces||Army,Mission|",
        "ATTACK|Army:state_forces;LRA:rebel_group||Army,LRA|",
      })
  void aBattleHasOneSideAsPerpetrator(
      SubEventType sub, String perpetrators, String targets, String actor1, String actor2) {
    Map<String, Actor> p = actors(perpetrators);
    Map<String, Actor> t = actors(targets == null ? "" : targets);
    BattleRules.oneSidePerBattle(sub, p, t);
    assertThat(String.join(",", p.keySet())).isEqualTo(actor1);
    assertThat(String.join(",", t.keySet())).isEqualTo(actor2 == null ? "" : actor2);
  }

  @ParameterizedTest(name = "{0} {1} {2}, civilians dead {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the state's side and its armed opponents both acting, and fighting: a battle
        "ATTACK|Army:state_forces;LRA:rebel_group|fight back|false|ARMED_CLASH",
        "ATTACK|Gunmen:unknown;Police:state_forces|armed victims|false|ARMED_CLASH",
        "ATTACK|Nuer:identity_militia;Mission:external_forces|fight back|false|ARMED_CLASH",
        // both named, no sign of a fight (a victim "suspected of supporting the rebels")
        "ATTACK|Army:state_forces;LRA:rebel_group|none|false|ATTACK",
        // civilians among the dead: the armed group's killing of them is what is coded
        "ATTACK|Army:state_forces;LRA:rebel_group|fight back|true|ATTACK",
        // one side alone, or a political militia beside the state, is not by itself a fight
        "ATTACK|LRA:rebel_group;Gunmen:unknown|fight back|false|ATTACK",
        "ATTACK|Army:state_forces|fight back|false|ATTACK",
        "ATTACK|Army:state_forces;Vigilantes:political_militia|fight back|false|ATTACK",
        // other types keep theirs
        "ABDUCTION_FORCED_DISAPPEARANCE|Army:state_forces;LRA:rebel_group|fight back|false"
            + "|ABDUCTION_FORCED_DISAPPEARANCE",
        "AIR_DRONE_STRIKE|Army:state_forces;LRA:rebel_group|fight back|false|AIR_DRONE_STRIKE",
      })
  void bothSidesFightingMakeABattle(
      SubEventType sub,
      String perpetrators,
      String sign,
      boolean civiliansDead,
      SubEventType expected) {
    BattleSigns signs =
        new BattleSigns(
            sign.equals("armed victims"), false, false, false, sign.equals("fight back"));
    assertThat(BattleRules.bothSidesFight(sub, signs, actors(perpetrators), civiliansDead))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} by {1}, forces attacked {2}, civilians dead {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // an attack on the state's forces is a battle, by rebels, unnamed gunmen or militias
        "ATTACK|LRA:rebel_group|true|false|ARMED_CLASH",
        "ATTACK|Gunmen:unknown|true|false|ARMED_CLASH",
        "ATTACK||true|false|ARMED_CLASH",
        // people taken in such an attack: the attack is what is coded
        "ABDUCTION_FORCED_DISAPPEARANCE|Gunmen:unknown|true|false|ARMED_CLASH",
        // civilians among the dead: their killing is what is coded (GUIDELINES §2)
        "ATTACK|Gunmen:unknown|true|true|ATTACK",
        // the state's side, or unarmed people, attacking: not a battle of this kind
        "ATTACK|Army:state_forces|true|false|ATTACK",
        "ATTACK|Mission:external_forces;Gunmen:unknown|true|false|ATTACK",
        "ATTACK|Protesters:civilians|true|false|ATTACK",
        // no sign of the forces attacked, or another type
        "ATTACK|Gunmen:unknown|false|false|ATTACK",
        "GRENADE|Gunmen:unknown|true|false|GRENADE",
      })
  void anAttackOnTheForcesIsABattle(
      SubEventType sub,
      String perpetrators,
      boolean forces,
      boolean civiliansDead,
      SubEventType expected) {
    BattleSigns signs = new BattleSigns(false, true, false, false, false, forces);
    assertThat(
            BattleRules.forcesAttacked(
                sub, signs, actors(perpetrators == null ? "" : perpetrators), civiliansDead))
        .isEqualTo(expected);
  }
}

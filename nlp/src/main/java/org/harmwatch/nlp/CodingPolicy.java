package org.harmwatch.nlp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.harmwatch.core.geo.CountryProfile;
import org.harmwatch.core.geo.CountryProfiles;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.SubEventType;
import org.harmwatch.nlp.event.BattleSigns;
import org.harmwatch.nlp.event.Trigger;

/**
 * The coding rules and defaults that turn what the text says into ACLED-style codes, in one place.
 * Each default is a method named after it and documented with the guideline it follows:
 *
 * <ul>
 *   <li>{@link #subEventType}: which sub-event type wins when an incident's words name several;
 *   <li>{@link #unidentifiedOnlyAlone}: "Unidentified Armed Group" only when no named perpetrator
 *       does the deed;
 *   <li>{@link #stateOnlyAirPower}: an unattributed air or drone strike is the state's in a country
 *       whose profile says only the state flies ({@link CountryProfile#STATE_ONLY_AIR_POWER});
 *   <li>{@link #sides}: an attack on armed actors alone is a clash; places retaken or taken are
 *       territory changes;
 *   <li>{@link BattleRules#forcesAttacked}: an attack on the state's forces is a battle;
 *   <li>{@link BattleRules#bothSidesFight}: the state's side and its armed opponents both acting,
 *       with no civilians among the dead, make a battle;
 *   <li>{@link BattleRules#oneSidePerBattle}: a battle's perpetrators are one side of the fight,
 *       never both;
 *   <li>{@link #civiliansTargeted}: violence against civilians targets civilians, an explosion too
 *       when its words name them;
 *   <li>{@link #harmedGroups}: the groups of civilians told harmed ("Women") are named beside them
 *       from 2019 on;
 *   <li>{@link #strikeWeapon}: an air strike's weapon is a drone when its paragraph names one, else
 *       an airstrike;
 *   <li>{@link #addSources}: "the government" and "the army" as sources are named after the
 *       incident's country, from its profile ("Government of Kenya", "Military Forces of Kenya");
 *       unknown country, no name.
 * </ul>
 */
final class CodingPolicy {
  /** The perpetrator when the text names none but says armed men did it. */
  static final String UNIDENTIFIED = "Unidentified Armed Group";

  /** The first event year whose harmed groups of civilians are named ({@link #harmedGroups}). */
  static final int HARMED_GROUPS_FROM = 2019;

  private final CountryProfiles countries;
  private final Set<String> stateOnlyAirPower;

  /** The policy with the defaults of {@code countries}' profiles. */
  CodingPolicy(CountryProfiles countries) {
    this.countries = countries;
    this.stateOnlyAirPower = countries.withDefault(CountryProfile.STATE_ONLY_AIR_POWER);
  }

  /**
   * The sub-event type among the {@code types} an incident's words name: a clash whenever its words
   * name fighting (ACLED codes any armed engagement as a battle, whatever weapons it saw); then
   * suicide bombs, strikes, shelling, grenades (before explosives: a grenade's blast is an
   * explosion too), explosives and sexual violence; an abduction only when no one is killed; else
   * an attack.
   */
  static SubEventType subEventType(Set<SubEventType> types, Trigger trigger, Casualties c) {
    return subEventType(types, trigger, c, true);
  }

  /**
   * As {@link #subEventType(Set, Trigger, Casualties)}, with an abduction only when {@code
   * takingOnly}: its words tell a taking of people and no violence beyond it (ACLED: an abduction
   * with reports of further violence, arrests and goods taken away are attacks).
   */
  static SubEventType subEventType(
      Set<SubEventType> types, Trigger trigger, Casualties c, boolean takingOnly) {
    if (types.contains(SubEventType.ARMED_CLASH)) {
      return SubEventType.ARMED_CLASH;
    }
    for (SubEventType t :
        List.of(
            SubEventType.SUICIDE_BOMB,
            SubEventType.AIR_DRONE_STRIKE,
            SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK,
            SubEventType.GRENADE,
            SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
            SubEventType.SEXUAL_VIOLENCE)) {
      if (types.contains(t)) {
        return t;
      }
    }
    if (types.contains(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE)
        && c.killed() == null
        && takingOnly) {
      return SubEventType.ABDUCTION_FORCED_DISAPPEARANCE;
    }
    return SubEventType.ATTACK;
  }

  /**
   * ACLED's sides: a place retaken by the state's forces, or taken by them from an armed group, is
   * the government regaining territory and one taken by an armed group a non-state actor overtaking
   * it; an attack on armed people or a military site, or one that kills armed people, with no
   * civilians named among the victims, is an armed clash (an attack on soldiers or police is a
   * battle, violence against civilians needs unarmed victims). A community named as the target
   * ("Turkana herdsmen") is not by itself armed. Returns the sub-event type.
   */
  static SubEventType sides(
      SubEventType sub,
      BattleSigns signs,
      Map<String, Actor> perpetrators,
      Map<String, Actor> targets) {
    boolean state =
        perpetrators.values().stream().anyMatch(a -> a.type() == ActorType.STATE_FORCES);
    if (sub == SubEventType.ARMED_CLASH || sub == SubEventType.ATTACK) {
      if (signs.stateRegains() && (state || perpetrators.isEmpty()) || signs.overtakes() && state) {
        return SubEventType.GOVERNMENT_REGAINS_TERRITORY;
      }
      if ((signs.stateRegains() || signs.overtakes()) && !state && !perpetrators.isEmpty()) {
        return SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
      }
    }
    if (sub == SubEventType.ATTACK
        && !signs.civilianVictims()
        && (signs.armedVictims()
            || targets.values().stream()
                .anyMatch(a -> armed(a.type()) && a.type() != ActorType.IDENTITY_MILITIA))) {
      return SubEventType.ARMED_CLASH;
    }
    return sub;
  }

  /** Whether actors of {@code type} bear arms: all but civilians. */
  static boolean armed(ActorType type) {
    return type != ActorType.CIVILIANS;
  }

  /**
   * Unarmed actors ("Protesters") are no perpetrators beside an armed one: when the police fire on
   * a march, the marchers are the victims, whatever the sentence's word order.
   */
  static void armedPerpetratorsOnly(Map<String, Actor> perpetrators) {
    if (perpetrators.values().stream().anyMatch(a -> armed(a.type()))) {
      perpetrators.values().removeIf(a -> !armed(a.type()));
    }
  }

  /**
   * A people's militia named by its civilians ("Fulani villagers", "Oromo women": a mention the
   * {@code civilianWords} match) suffers the deed, never does it, whatever the words around it: it
   * moves to the targets, where violence against civilians names it as the people's ethnic group.
   */
  static void civiliansOfAPeopleSuffer(
      Map<String, Actor> perpetrators,
      Map<String, Actor> targets,
      java.util.function.Predicate<String> civilianWords) {
    perpetrators
        .values()
        .removeIf(
            a -> {
              boolean civilians =
                  a.type() == ActorType.IDENTITY_MILITIA
                      && a.text() != null
                      && civilianWords.test(a.text());
              if (civilians) {
                targets.putIfAbsent(a.name(), a);
              }
              return civilians;
            });
  }

  /** "Unidentified Armed Group" only when no named perpetrator does the deed. */
  static void unidentifiedOnlyAlone(Map<String, Actor> perpetrators) {
    if (perpetrators.size() > 1) {
      perpetrators.remove(UNIDENTIFIED);
    }
  }

  /**
   * Only state forces fly armed drones and aircraft in the countries whose profile says so (Mali,
   * Burkina Faso and Niger: guideline 6); elsewhere an unattributed strike keeps no perpetrator
   * rather than a guessed one.
   */
  void stateOnlyAirPower(
      SubEventType sub, String country, String cue, Map<String, Actor> perpetrators) {
    if (perpetrators.isEmpty()
        && sub == SubEventType.AIR_DRONE_STRIKE
        && country != null
        && stateOnlyAirPower.contains(country)) {
      Optional<CountryProfile> profile = countries.get(country);
      profile.ifPresent(
          p ->
              perpetrators.put(
                  p.stateForces(), new Actor(p.stateForces(), ActorType.STATE_FORCES, cue)));
    }
  }

  /**
   * The targets of an incident coded {@code sub}: violence against civilians targets civilians by
   * definition ({@code civilians}, the actor named for the incident's country), with the identity
   * groups among its victims named as groups, not militias ("Fulani Ethnic Militia" becomes "Fulani
   * Ethnic Group") and no armed actor; an explosion targets civilians when its words name them and
   * no armed actor is its target; a battle keeps the armed actors it names.
   */
  static void civiliansTargeted(
      SubEventType sub, boolean civilianWords, Map<String, Actor> targets, Actor civilians) {
    if (sub.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS) {
      Map<String, Actor> kept = new LinkedHashMap<>();
      kept.put(civilians.name(), civilians);
      for (Actor a : targets.values()) {
        if (a.type() == ActorType.IDENTITY_MILITIA && a.name().contains(" Ethnic Militia")) {
          String group = a.name().replace(" Ethnic Militia", " Ethnic Group");
          kept.putIfAbsent(group, new Actor(group, ActorType.CIVILIANS, a.text()));
        } else if (!armed(a.type()) && !a.name().startsWith("Civilians")) {
          kept.putIfAbsent(a.name(), a);
        }
      }
      targets.clear();
      targets.putAll(kept);
    } else if (sub.eventType() == EventType.EXPLOSIONS_REMOTE_VIOLENCE
        && civilianWords
        && targets.values().stream().noneMatch(a -> armed(a.type()))) {
      targets.putIfAbsent(civilians.name(), civilians);
    }
  }

  /**
   * The groups of civilians among the victims of violence against civilians ("Students",
   * "Journalists"), named beside the civilians as ACLED's associated actors.
   */
  static void victimGroups(SubEventType sub, List<String> groups, Map<String, Actor> targets) {
    if (sub.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS) {
      for (String g : groups) {
        targets.putIfAbsent(g, new Actor(g, ActorType.CIVILIANS, null));
      }
    }
  }

  /**
   * The groups its words tell harmed among the victims of violence against civilians ("Women" for
   * "raped two women"), named beside the civilians as associated actors for an event of {@code
   * year} from {@value #HARMED_GROUPS_FROM} on, when ACLED's codebook made them systematic; older
   * events (and an unknown year) keep the civilians alone.
   */
  static void harmedGroups(
      SubEventType sub, Integer year, List<String> groups, Map<String, Actor> targets) {
    if (year != null && year >= HARMED_GROUPS_FROM) {
      victimGroups(sub, groups, targets);
    }
  }

  /** An air strike's weapon when its words name none: a drone if its paragraph names one. */
  static void strikeWeapon(SubEventType sub, BooleanSupplier droneNamed, List<String> weapons) {
    if (sub == SubEventType.AIR_DRONE_STRIKE
        && !weapons.contains("drone")
        && !weapons.contains("airstrike")) {
      weapons.add(0, droneNamed.getAsBoolean() ? "drone" : "airstrike");
    }
  }

  /**
   * Adds {@code sources} to {@code out}, naming "the government" and "the army" after the
   * incident's {@code country}; with an unknown country they are left out.
   */
  void addSources(List<SourceMention> sources, String country, Set<String> out) {
    for (SourceMention mention : sources) {
      String source = mention.name();
      if (source.equals(Reporters.GOVERNMENT)
          || source.equals(Reporters.STATE_FORCES)
          || source.equals(Reporters.POLICE)) {
        Optional<CountryProfile> profile =
            country == null ? Optional.empty() : countries.get(country);
        profile.ifPresent(
            p ->
                out.add(
                    switch (source) {
                      case Reporters.STATE_FORCES -> p.stateForces();
                      case Reporters.POLICE ->
                          p.stateForces().replace("Military Forces of ", "Police Forces of ");
                      default -> p.stateForces().replace("Military Forces of ", "Government of ");
                    }));
      } else {
        out.add(source);
      }
    }
  }
}

package org.harmwatch.nlp;

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
import org.harmwatch.core.model.SubEventType;
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
 *   <li>{@link #civiliansTargeted}: civilians named among the victims are a target, except in a
 *       clash, and an attack on armed actors alone is a clash;
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

  private final CountryProfiles countries;
  private final Set<String> stateOnlyAirPower;

  /** The policy with the defaults of {@code countries}' profiles. */
  CodingPolicy(CountryProfiles countries) {
    this.countries = countries;
    this.stateOnlyAirPower = countries.withDefault(CountryProfile.STATE_ONLY_AIR_POWER);
  }

  /**
   * The sub-event type among the {@code types} an incident's words name: suicide bombs, strikes,
   * shelling, explosives and sexual violence first; a clash only when the opening cue says so; an
   * abduction only when no one is killed; else an attack.
   */
  static SubEventType subEventType(Set<SubEventType> types, Trigger trigger, Casualties c) {
    for (SubEventType t :
        List.of(
            SubEventType.SUICIDE_BOMB,
            SubEventType.AIR_DRONE_STRIKE,
            SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK,
            SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
            SubEventType.SEXUAL_VIOLENCE)) {
      if (types.contains(t)) {
        return t;
      }
    }
    if (types.contains(SubEventType.ARMED_CLASH) && trigger.hint() == SubEventType.ARMED_CLASH) {
      return SubEventType.ARMED_CLASH;
    }
    if (types.contains(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE) && c.killed() == null) {
      return SubEventType.ABDUCTION_FORCED_DISAPPEARANCE;
    }
    return SubEventType.ATTACK;
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
   * Civilians the incident's words name are its target, unless it is a clash; an attack whose
   * targets are then only armed actors is a clash. Returns the sub-event type.
   */
  static SubEventType civiliansTargeted(
      SubEventType sub, boolean civilians, Map<String, Actor> targets) {
    if (civilians && sub != SubEventType.ARMED_CLASH) {
      targets.putIfAbsent("Civilians", Actor.civilians(null));
    }
    if (sub == SubEventType.ATTACK
        && !targets.containsKey("Civilians")
        && targets.values().stream().anyMatch(a -> a.type() != ActorType.CIVILIANS)) {
      return SubEventType.ARMED_CLASH;
    }
    return sub;
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

package org.harmwatch.core.model;

import java.util.Locale;

/** An ACLED sub-event type; each belongs to exactly one {@link EventType}. */
public enum SubEventType {
  ARMED_CLASH(EventType.BATTLES),
  GOVERNMENT_REGAINS_TERRITORY(EventType.BATTLES),
  NON_STATE_ACTOR_OVERTAKES_TERRITORY(EventType.BATTLES),
  AIR_DRONE_STRIKE(EventType.EXPLOSIONS_REMOTE_VIOLENCE),
  SHELLING_ARTILLERY_MISSILE_ATTACK(EventType.EXPLOSIONS_REMOTE_VIOLENCE),
  REMOTE_EXPLOSIVE_LANDMINE_IED(EventType.EXPLOSIONS_REMOTE_VIOLENCE),
  SUICIDE_BOMB(EventType.EXPLOSIONS_REMOTE_VIOLENCE),
  GRENADE(EventType.EXPLOSIONS_REMOTE_VIOLENCE),
  CHEMICAL_WEAPON(EventType.EXPLOSIONS_REMOTE_VIOLENCE),
  ATTACK(EventType.VIOLENCE_AGAINST_CIVILIANS),
  ABDUCTION_FORCED_DISAPPEARANCE(EventType.VIOLENCE_AGAINST_CIVILIANS),
  SEXUAL_VIOLENCE(EventType.VIOLENCE_AGAINST_CIVILIANS),
  PEACEFUL_PROTEST(EventType.PROTESTS),
  PROTEST_WITH_INTERVENTION(EventType.PROTESTS),
  EXCESSIVE_FORCE_AGAINST_PROTESTERS(EventType.PROTESTS),
  VIOLENT_DEMONSTRATION(EventType.RIOTS),
  MOB_VIOLENCE(EventType.RIOTS),
  AGREEMENT(EventType.STRATEGIC_DEVELOPMENTS),
  ARRESTS(EventType.STRATEGIC_DEVELOPMENTS),
  CHANGE_TO_GROUP_ACTIVITY(EventType.STRATEGIC_DEVELOPMENTS),
  DISRUPTED_WEAPONS_USE(EventType.STRATEGIC_DEVELOPMENTS),
  HEADQUARTERS_OR_BASE_ESTABLISHED(EventType.STRATEGIC_DEVELOPMENTS),
  LOOTING_PROPERTY_DESTRUCTION(EventType.STRATEGIC_DEVELOPMENTS),
  NON_VIOLENT_TRANSFER_OF_TERRITORY(EventType.STRATEGIC_DEVELOPMENTS),
  OTHER(EventType.STRATEGIC_DEVELOPMENTS);

  private final EventType eventType;

  SubEventType(EventType eventType) {
    this.eventType = eventType;
  }

  /** The event type this sub-type belongs to. */
  public EventType eventType() {
    return eventType;
  }

  /** The snake_case code used in JSON, CSV and the database. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a snake_case code; throws {@link IllegalArgumentException} naming the bad value. */
  public static SubEventType fromCode(String code) {
    for (SubEventType t : values()) {
      if (t.code().equals(code)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown sub_event_type: '" + code + "'");
  }
}

package org.harmwatch.core.model;

import java.util.Locale;

/** An ACLED event type, written in snake_case in the exchange format. */
public enum EventType {
  BATTLES,
  EXPLOSIONS_REMOTE_VIOLENCE,
  VIOLENCE_AGAINST_CIVILIANS,
  PROTESTS,
  RIOTS,
  STRATEGIC_DEVELOPMENTS;

  /** The snake_case code used in JSON, CSV and the database. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a snake_case code; throws {@link IllegalArgumentException} naming the bad value. */
  public static EventType fromCode(String code) {
    for (EventType t : values()) {
      if (t.code().equals(code)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown event_type: '" + code + "'");
  }
}

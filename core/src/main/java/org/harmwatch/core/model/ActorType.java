package org.harmwatch.core.model;

import java.util.Locale;

/** The kind of an actor, as in the exchange format's {@code perpetrators[].type}. */
public enum ActorType {
  STATE_FORCES,
  EXTERNAL_FORCES,
  REBEL_GROUP,
  POLITICAL_MILITIA,
  IDENTITY_MILITIA,
  CIVILIANS,
  UNKNOWN;

  /** The snake_case code used in JSON. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a code; throws {@link IllegalArgumentException} naming the bad value. */
  public static ActorType fromCode(String code) {
    for (ActorType t : values()) {
      if (t.code().equals(code)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown actor type: '" + code + "'");
  }
}

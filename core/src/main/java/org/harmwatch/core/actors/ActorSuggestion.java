package org.harmwatch.core.actors;

import java.util.Objects;

/** A canonical actor offered for what an analyst typed, with the alias or name that matched. */
public record ActorSuggestion(ActorName actor, String matched) {
  public ActorSuggestion {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(matched, "matched");
  }
}

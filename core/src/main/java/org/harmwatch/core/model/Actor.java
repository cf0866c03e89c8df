package org.harmwatch.core.model;

import java.util.Objects;

/**
 * An actor in an incident: its canonical name (e.g. "Military Forces of Mali"), its type and the
 * words of the source that named it ({@code text}, may be null).
 */
public record Actor(String name, ActorType type, String text) {
  public Actor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /** The generic victim actor used when a text says the victims were civilians. */
  public static Actor civilians(String text) {
    return new Actor("Civilians", ActorType.CIVILIANS, text);
  }
}

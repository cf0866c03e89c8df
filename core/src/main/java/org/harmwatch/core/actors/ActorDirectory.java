package org.harmwatch.core.actors;

import java.util.List;
import java.util.Optional;

/**
 * The actors analysts can filter by, looked up by any of their names. Implementations are
 * thread-safe.
 */
public interface ActorDirectory {
  /**
   * Up to {@code max} actors whose canonical name or an alias matches {@code typed} (ignoring case
   * and accents): exact matches first, then names starting with it, then names containing it.
   */
  List<ActorSuggestion> suggest(String typed, int max);

  /** The actor with the canonical name {@code name}, if the directory knows it. */
  Optional<ActorName> actor(String name);

  /** A directory that knows no actor (for stores and tests without a dictionary). */
  static ActorDirectory empty() {
    return ActorCatalog.of(List.of());
  }
}

package org.harmwatch.core.directory;

import java.util.List;
import org.harmwatch.core.model.Actor;

/**
 * The actor dictionary as analysts look things up in it: canonical actors by any of their names or
 * aliases ("UPDF", "Wagner"), each with its type. Implementations are thread-safe.
 */
public interface ActorDirectory {
  /**
   * Canonical actors named by {@code text} (an alias of theirs, or a part of their canonical name),
   * ignoring case and accents; aliases in {@code countryCode} when it is not null. Each actor once,
   * with a null {@code text}; at most {@code limit}; empty for a blank text.
   */
  List<Actor> search(String text, String countryCode, int limit);
}

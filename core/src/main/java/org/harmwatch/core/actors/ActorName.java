package org.harmwatch.core.actors;

import java.util.List;
import java.util.Objects;
import org.harmwatch.core.model.ActorType;

/**
 * An actor as the dictionary names it: its canonical name (what incidents store), its type and the
 * other names reports use for it ("EIGS", "ISSP" for the Islamic State).
 */
public record ActorName(String name, ActorType type, List<String> aliases) {
  public ActorName {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
  }
}

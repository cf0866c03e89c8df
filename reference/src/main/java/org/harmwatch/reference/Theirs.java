package org.harmwatch.reference;

import static org.harmwatch.reference.Names.norm;
import static org.harmwatch.reference.Names.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.reference.ReferenceEvent;

/** A reference event with its names normalised once. */
final class Theirs {
  final ReferenceEvent event;
  final String location;
  final String admin1;
  final String admin2;
  final String[] actors;
  final String[] actorKeys;
  final Set<String>[] actorWords;
  final boolean civilians;

  @SuppressWarnings("unchecked")
  Theirs(ReferenceEvent e) {
    event = e;
    location = e.location() == null ? null : norm(e.location());
    admin1 = e.admin1() == null ? null : norm(e.admin1());
    admin2 = e.admin2() == null ? null : norm(e.admin2());
    List<String> names = new ArrayList<>(4);
    for (String a : new String[] {e.actor1(), e.assocActor1(), e.actor2(), e.assocActor2()}) {
      if (a != null) {
        for (String part : a.split(";")) {
          if (!part.isBlank()) {
            names.add(part.strip());
          }
        }
      }
    }
    actors = names.toArray(new String[0]);
    actorKeys = new String[actors.length];
    actorWords = new Set[actors.length];
    boolean civ = e.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS;
    for (int i = 0; i < actors.length; i++) {
      actorKeys[i] = norm(actors[i]);
      actorWords[i] = words(actorKeys[i]);
      civ |= actors[i].startsWith("Civilians");
    }
    civilians = civ;
  }
}

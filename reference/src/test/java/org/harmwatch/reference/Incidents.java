package org.harmwatch.reference;

import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.DocumentRef;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.model.Provenance;
import org.harmwatch.core.model.SubEventType;

/** Incidents of ours written for these tests (invented, modelled on Sahel reports). */
final class Incidents {
  private Incidents() {}

  /** JNIM attacks civilians in Djibo on 12 March 2024; at least 12 killed. */
  static Incident djibo() {
    return new Incident(
        "inc-djibo",
        new DocumentRef("doc-1", "Gunmen kill civilians in Djibo", LocalDate.of(2024, 3, 14)),
        EventType.VIOLENCE_AGAINST_CIVILIANS,
        SubEventType.ATTACK,
        IncidentDate.day(LocalDate.of(2024, 3, 12), "on Tuesday"),
        new Location(
            "Djibo", "BF", "Sahel", "Soum", 14.1, -1.63, LocationPrecision.PLACE, null, "in Djibo"),
        List.of(
            new Actor(
                "JNIM: Group for Support of Islam and Muslims", ActorType.REBEL_GROUP, "JNIM"),
            new Actor("Ansaroul Islam", ActorType.REBEL_GROUP, "Ansaroul")),
        List.of(Actor.civilians("civilians")),
        new Casualties(Count.exactly(12, "12"), null, null, null, null, null),
        List.of("firearm"),
        List.of("Human Rights Watch", "local sources"),
        List.of(
            new Evidence(
                0,
                60,
                "On Tuesday, JNIM fighters killed 12 civilians in Djibo, \"witnesses\" said.",
                List.of("casualties.killed"))),
        0.9,
        new Provenance("test", null, null));
  }

  /** An army clash in a province, no coordinates, no figure. */
  static Incident clash(String id, LocalDate day) {
    return new Incident(
        id,
        new DocumentRef("doc-" + id, "Clash", day),
        EventType.BATTLES,
        SubEventType.ARMED_CLASH,
        IncidentDate.day(day, null),
        new Location(null, "ML", "Mopti", null, null, null, LocationPrecision.ADMIN1, null, null),
        List.of(new Actor("Military Forces of Mali", ActorType.STATE_FORCES, "the army")),
        List.of(new Actor("Unidentified Armed Group (Mali)", ActorType.UNKNOWN, "gunmen")),
        Casualties.NONE,
        List.of(),
        List.of(),
        List.of(),
        0.5,
        null);
  }
}

package org.harmwatch.export;

import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.corroboration.Corroborated;
import org.harmwatch.core.corroboration.SourceReport;
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
import org.harmwatch.core.review.Grade;
import org.harmwatch.core.review.ReviewState;
import org.harmwatch.core.review.ReviewStatus;
import org.harmwatch.link.Reconciler;

/** Incidents written for these tests (invented, modelled on Sahel reports). */
final class Fixtures {
  private Fixtures() {}

  /** JNIM attacks civilians in Djibo on 12 March 2024; a source says at least 12 killed. */
  static Incident djibo() {
    return new Incident(
        "inc-djibo",
        new DocumentRef("doc-1", "Gunmen kill civilians in Djibo", LocalDate.of(2024, 3, 14)),
        EventType.VIOLENCE_AGAINST_CIVILIANS,
        SubEventType.ATTACK,
        IncidentDate.day(LocalDate.of(2024, 3, 12), "on Tuesday"),
        new Location(
            "Djibo",
            "BF",
            "Sahel",
            "Soum",
            14.1,
            -1.63,
            LocationPrecision.PLACE,
            2361177L,
            "in Djibo"),
        List.of(
            new Actor(
                "JNIM: Group for Support of Islam and Muslims", ActorType.REBEL_GROUP, "JNIM")),
        List.of(Actor.civilians("civilians")),
        new Casualties(
            Count.atLeast(12, "at least 12"), Count.exactly(3, "three"), null, null, 2, null),
        List.of("firearm"),
        List.of("Human Rights Watch", "local sources"),
        List.of(
            new Evidence(
                0,
                60,
                "On Tuesday, JNIM fighters killed at least 12 civilians in Djibo.",
                List.of("casualties.killed")),
            new Evidence(
                61,
                90,
                "Three were wounded, \"witnesses\" said,\nand fled.",
                List.of("casualties.injured"))),
        0.9,
        new Provenance("test", null, null));
  }

  /** The Djibo incident told by two independent reports: 12 (at least) and 15. */
  static Corroborated djiboSources() {
    return new Reconciler()
        .reconcile(
            "inc-djibo",
            List.of(
                new SourceReport(
                    "inc-djibo",
                    "doc-1",
                    LocalDate.of(2024, 3, 14),
                    Count.atLeast(12, null),
                    Count.exactly(3, null),
                    null,
                    null,
                    null,
                    "k1",
                    "first",
                    1),
                new SourceReport(
                    "inc-other",
                    "doc-2",
                    LocalDate.of(2024, 3, 15),
                    Count.exactly(15, null),
                    null,
                    null,
                    null,
                    null,
                    "k2",
                    "same day",
                    0.9)));
  }

  static ReviewState verifiedFair() {
    return new ReviewState(ReviewStatus.VERIFIED, Grade.FAIR);
  }

  /** A clash between the army and an unnamed group in a province, no coordinates. */
  static Incident clash(String id, LocalDate day) {
    return new Incident(
        id,
        new DocumentRef("doc-" + id, "=HYPERLINK(\"http://evil\")", day),
        EventType.BATTLES,
        SubEventType.ARMED_CLASH,
        IncidentDate.day(day, null),
        new Location(
            null,
            "ML",
            "Mopti",
            null,
            null,
            null,
            LocationPrecision.ADMIN1,
            null,
            "in Mopti region"),
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

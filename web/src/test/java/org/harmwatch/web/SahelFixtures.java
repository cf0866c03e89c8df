package org.harmwatch.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.model.Provenance;
import org.harmwatch.core.model.SubEventType;
import org.harmwatch.core.store.IncidentStore;

/**
 * Documents and incidents written for the web tests, modelled on reporting about central Mali,
 * Burkina Faso and western Niger (coordinates approximate). Immutable.
 */
final class SahelFixtures {
  static final String MOURA_DOC = "hrw-2022-04-05-moura";
  static final String BF_DOC = "amnesty-2024-09-barsalogho";
  static final String HTML_DOC = "local-radio-2024-02-tillaberi";

  static final String MOURA_TEXT =
      "Malian armed forces and associated foreign soldiers executed an estimated 300 civilian men"
          + " in Moura, in the Mopti region, between March 27 and 31, 2022. Witnesses said the"
          + " soldiers detained hundreds of men in the village.";
  static final String BF_TEXT =
      "On August 24, 2024, fighters of JNIM attacked residents of Barsalogho who were digging"
          + " trenches, killing at least 133 people. In January, soldiers killed 25 men in a"
          + " village in central Mali.";
  static final String HTML_ORIGINAL =
      "<html><head><title>Tillaberi</title><script>alert('x')</script></head><body><p>A drone"
          + " strike hit a market in the Tillaberi region, killing at least 8"
          + " civilians.</p></body></html>";
  static final String HTML_TEXT =
      "A drone strike hit a market in the Tillaberi region, killing at least 8 civilians.";

  private SahelFixtures() {}

  /** A store holding three documents and four incidents, two of them without coordinates. */
  static InMemoryIncidentStore store() {
    InMemoryIncidentStore store = new InMemoryIncidentStore();
    fill(store);
    return store;
  }

  /** Saves the three documents and four incidents of {@link #store()} into {@code store}. */
  static void fill(IncidentStore store) {
    Document moura =
        new Document(
            MOURA_DOC,
            null,
            "Mali: Massacre by Army, Foreign Soldiers",
            "https://www.hrw.org/news/2022/04/05/mali-massacre-army-foreign-soldiers",
            "Human Rights Watch",
            LocalDate.of(2022, 4, 5),
            "en",
            MOURA_TEXT,
            "text/plain",
            MOURA_TEXT.getBytes(StandardCharsets.UTF_8),
            Instant.parse("2024-05-01T10:00:00Z"));
    store.save(
        moura,
        List.of(
            incident(
                EventType.VIOLENCE_AGAINST_CIVILIANS,
                SubEventType.ATTACK,
                new IncidentDate(
                    LocalDate.of(2022, 3, 27),
                    LocalDate.of(2022, 3, 31),
                    DatePrecision.DAY,
                    "between March 27 and 31, 2022"),
                new Location(
                    "Moura",
                    "ML",
                    "Mopti",
                    "Djenné",
                    14.2167,
                    -4.5667,
                    LocationPrecision.PLACE,
                    2453348L,
                    "in Moura"),
                List.of(
                    new Actor(
                        "Military Forces of Mali", ActorType.STATE_FORCES, "Malian armed forces"),
                    new Actor(
                        "Wagner Group", ActorType.EXTERNAL_FORCES, "associated foreign soldiers")),
                new Count(300, 300, "an estimated 300 civilian men"),
                new Evidence(0, 148, MOURA_TEXT.substring(0, 148), List.of("casualties.killed")))));
    Document bf =
        new Document(
            BF_DOC,
            null,
            "Burkina Faso: Barsalogho attack",
            "https://www.amnesty.org/en/latest/news/2024/09/burkina-faso-barsalogho/",
            "Amnesty International",
            LocalDate.of(2024, 9, 2),
            "en",
            BF_TEXT,
            "text/plain",
            BF_TEXT.getBytes(StandardCharsets.UTF_8),
            null);
    store.save(
        bf,
        List.of(
            incident(
                EventType.VIOLENCE_AGAINST_CIVILIANS,
                SubEventType.ATTACK,
                IncidentDate.day(LocalDate.of(2024, 8, 24), "On August 24, 2024"),
                new Location(
                    "Barsalogho",
                    "BF",
                    "Centre-Nord",
                    "Sanmatenga",
                    13.4167,
                    -1.0667,
                    LocationPrecision.PLACE,
                    2362989L,
                    "Barsalogho"),
                List.of(new Actor("JNIM", ActorType.REBEL_GROUP, "fighters of JNIM")),
                Count.atLeast(133, "killing at least 133 people"),
                new Evidence(0, 115, BF_TEXT.substring(0, 115), List.of("date", "location"))),
            incident(
                EventType.VIOLENCE_AGAINST_CIVILIANS,
                SubEventType.ATTACK,
                new IncidentDate(
                    LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 1, 31),
                    DatePrecision.MONTH,
                    "In January"),
                new Location(
                    "central Mali",
                    "ML",
                    null,
                    null,
                    null,
                    null,
                    LocationPrecision.REGION,
                    null,
                    "a village in central Mali"),
                List.of(new Actor("Military Forces of Mali", ActorType.STATE_FORCES, "soldiers")),
                Count.exactly(25, "killed 25 men"),
                new Evidence(116, BF_TEXT.length(), BF_TEXT.substring(116), List.of()))));
    Document html =
        new Document(
            HTML_DOC,
            null,
            "Frappe de drone à Tillabéri",
            "https://example.org/tillaberi",
            "Radio locale",
            LocalDate.of(2024, 2, 20),
            "fr",
            HTML_TEXT,
            "text/html",
            HTML_ORIGINAL.getBytes(StandardCharsets.UTF_8),
            null);
    store.save(
        html,
        List.of(
            incident(
                EventType.EXPLOSIONS_REMOTE_VIOLENCE,
                SubEventType.AIR_DRONE_STRIKE,
                new IncidentDate(
                    LocalDate.of(2024, 2, 12),
                    LocalDate.of(2024, 2, 18),
                    DatePrecision.WEEK,
                    "last week"),
                new Location(
                    "Tillabéri",
                    "NE",
                    "Tillabéri",
                    null,
                    null,
                    null,
                    LocationPrecision.ADMIN1,
                    2439374L,
                    "the Tillaberi region"),
                List.of(new Actor("Military Forces of Niger", ActorType.STATE_FORCES, null)),
                Count.atLeast(8, "at least 8 civilians"),
                new Evidence(0, HTML_TEXT.length(), HTML_TEXT, List.of("event_type")))));
  }

  /** The French survivors' report of Moura, as a document. */
  static Document mouraSurvivorsDocument() {
    return Document.ofText(
        "moura-fr", "Moura: les survivants", LocalDate.of(2022, 4, 8), MOURA_SURVIVORS);
  }

  /** The incident of {@link #mouraSurvivorsDocument()}, its whole text cited for {@code fields}. */
  static Incident mouraSurvivorsReport(List<String> fields) {
    String text = MOURA_SURVIVORS;
    return incident(
            EventType.VIOLENCE_AGAINST_CIVILIANS,
            SubEventType.ATTACK,
            new IncidentDate(
                LocalDate.of(2022, 3, 27),
                LocalDate.of(2022, 3, 31),
                DatePrecision.DAY,
                "entre le 27 et le 31 mars"),
            new Location(
                "Moura",
                "ML",
                "Mopti",
                "Djenné",
                14.2167,
                -4.5667,
                LocationPrecision.PLACE,
                2453348L,
                "à Moura"),
            List.of(new Actor("Military Forces of Mali", ActorType.STATE_FORCES, "l'armée")),
            Count.atLeast(350, "plus de 350"),
            new Evidence(0, text.length(), text, fields))
        .withDocument(org.harmwatch.core.model.DocumentRef.of(mouraSurvivorsDocument()));
  }

  private static final String MOURA_SURVIVORS =
      "Les survivants de Moura parlent de plus de 350 morts entre le 27 et le 31 mars.";

  static Incident incident(
      EventType type,
      SubEventType sub,
      IncidentDate date,
      Location location,
      List<Actor> perpetrators,
      Count killed,
      Evidence evidence) {
    return new Incident(
        null,
        null,
        type,
        sub,
        date,
        location,
        perpetrators,
        List.of(Actor.civilians("civilians")),
        new Casualties(killed, null, null, null, null, null),
        List.of(),
        List.of("local sources"),
        List.of(evidence),
        0.8,
        new Provenance("test", null, null));
  }
}

package org.harmwatch.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.DocumentRef;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.model.Provenance;
import org.harmwatch.core.model.SubEventType;
import org.junit.jupiter.api.Test;

class ExchangeJsonTest {

  private static Incident sample() {
    return new Incident(
        "i-1",
        new DocumentRef("doc-1", "Raid in central Mali", LocalDate.of(2024, 3, 29)),
        EventType.VIOLENCE_AGAINST_CIVILIANS,
        SubEventType.ATTACK,
        new IncidentDate(
            LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31), DatePrecision.MONTH, "in January"),
        new Location(
            "central Mali",
            "ML",
            null,
            null,
            null,
            null,
            LocationPrecision.REGION,
            null,
            "a village near a military base in central Mali"),
        List.of(new Actor("Military Forces of Mali", ActorType.STATE_FORCES, "the army")),
        List.of(Actor.civilians(null)),
        new Casualties(
            Count.exactly(25, "bodies"), null, Count.exactly(25, "arrested 25"), null, 4, null),
        List.of("firearm"),
        List.of("Human Rights Watch"),
        List.of(new Evidence(10, 20, "They arrested", List.of("casualties.detained"))),
        0.8,
        new Provenance("nlp-1", "gaz-1", "actors-1"));
  }

  @Test
  void writesTheSpecFieldNamesInSnakeCase() {
    JsonNode json = ExchangeJson.toJson(sample());
    assertThat(json.get("event_type").asText()).isEqualTo("violence_against_civilians");
    assertThat(json.get("sub_event_type").asText()).isEqualTo("attack");
    assertThat(json.at("/date/precision").asText()).isEqualTo("month");
    assertThat(json.at("/location/country_code").asText()).isEqualTo("ML");
    assertThat(json.at("/location/lat").isNull()).isTrue();
    assertThat(json.at("/casualties/killed/min").asInt()).isEqualTo(25);
    assertThat(json.at("/casualties/injured").isNull()).isTrue();
    assertThat(json.at("/casualties/children_killed").asInt()).isEqualTo(4);
    assertThat(json.at("/perpetrators/0/type").asText()).isEqualTo("state_forces");
    assertThat(json.at("/reported_by/0").asText()).isEqualTo("Human Rights Watch");
    assertThat(json.at("/document/published").asText()).isEqualTo("2024-03-29");
  }

  @Test
  void roundTripsAnIncident() {
    Incident original = sample();
    Incident back =
        ExchangeJson.incidentFromJson(ExchangeJson.parse(ExchangeJson.toLine(original)));
    assertThat(back).isEqualTo(original);
  }

  @Test
  void readsGoldIncidentsWithPlainActorNames() {
    Incident gold =
        ExchangeJson.incidentFromJson(
            ExchangeJson.parse(
                "{\"event_type\":\"explosions_remote_violence\",\"sub_event_type\":\"air_drone_strike\","
                    + "\"perpetrators\":[\"Military Forces of Mali\"],\"casualties\":{},"
                    + "\"evidence\":[\"The subsequent day, another drone strike\"]}"));
    assertThat(gold.perpetrators())
        .extracting(Actor::name)
        .containsExactly("Military Forces of Mali");
    assertThat(gold.casualties().isEmpty()).isTrue();
    assertThat(gold.evidence().get(0).text()).startsWith("The subsequent day");
  }

  @Test
  void documentNeedsText() {
    assertThatThrownBy(() -> ExchangeJson.documentFromJson(ExchangeJson.parse("{\"id\":\"x\"}")))
        .isInstanceOf(ExchangeFormatException.class)
        .hasMessageContaining("\"text\"");
  }

  @Test
  void documentIdDefaultsToTheHashOfItsText() {
    Document d = ExchangeJson.documentFromJson(ExchangeJson.parse("{\"text\":\"abc\"}"));
    assertThat(d.id())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        .isEqualTo(d.sha256());
  }

  @Test
  void badPublishedDateIsNamed() {
    assertThatThrownBy(
            () ->
                ExchangeJson.documentFromJson(
                    ExchangeJson.parse("{\"text\":\"a\",\"published\":\"29/03/2024\"}")))
        .isInstanceOf(ExchangeFormatException.class)
        .hasMessageContaining("published")
        .hasMessageContaining("29/03/2024");
  }

  @Test
  void badEventTypeIsNamed() {
    assertThatThrownBy(
            () ->
                ExchangeJson.incidentFromJson(ExchangeJson.parse("{\"event_type\":\"massacre\"}")))
        .hasMessageContaining("event_type")
        .hasMessageContaining("massacre");
  }

  @Test
  void aLocationWithoutPrecisionTakesItFromItsMostSpecificField() {
    String[][] rows = {
      {"{\"name\":\"X\",\"country_code\":\"CM\",\"lat\":10.5,\"lon\":14.2}", "place"},
      {"{\"name\":\"X\",\"country_code\":\"CM\",\"admin1\":\"A\",\"admin2\":\"B\"}", "admin2"},
      {"{\"country_code\":\"CM\",\"admin1\":\"A\",\"precision\":null}", "admin1"},
      {"{\"country_code\":\"CM\"}", "country"},
    };
    for (String[] row : rows) {
      Incident i =
          ExchangeJson.incidentFromJson(ExchangeJson.parse("{\"location\":" + row[0] + "}"));
      assertThat(i.location().precision().code()).as(row[0]).isEqualTo(row[1]);
    }
    assertThatThrownBy(
            () ->
                ExchangeJson.incidentFromJson(
                    ExchangeJson.parse("{\"location\":{\"name\":\"X\"}}")))
        .isInstanceOf(ExchangeFormatException.class)
        .hasMessageContaining("no precision");
  }

  @Test
  void civiliansKilledIsReadAndWrittenBesideTheTollOfEverySide() {
    Incident i =
        ExchangeJson.incidentFromJson(
            ExchangeJson.parse(
                "{\"casualties\":{\"killed\":{\"min\":19,\"max\":null},"
                    + "\"civilians_killed\":{\"min\":7,\"max\":null}}}"));
    assertThat(i.casualties().killed().min()).isEqualTo(19);
    assertThat(i.casualties().civiliansKilled().min()).isEqualTo(7);
    Incident back = ExchangeJson.incidentFromJson(ExchangeJson.parse(ExchangeJson.toLine(i)));
    assertThat(back.casualties().civiliansKilled()).isEqualTo(i.casualties().civiliansKilled());
    assertThat(ExchangeJson.toLine(i)).contains("\"civilians_killed\":{\"min\":7");
  }
}

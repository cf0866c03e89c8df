package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.harmwatch.core.geo.CountryProfiles;
import org.harmwatch.core.geo.PlaceContext;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.model.Provenance;
import org.harmwatch.nlp.actors.ActorDictionary;
import org.harmwatch.nlp.event.EventCues;
import org.harmwatch.nlp.text.Sentence;
import org.harmwatch.nlp.text.SentenceSplitter;
import org.harmwatch.nlp.time.DateFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The assembly stage on one draft of our own sentences, annotated but not segmented: the incident
 * it builds carries the slots' values, the document and provenance it is given, the evidence of the
 * sentences that tell it, and a confidence that grows with each field filled.
 */
class IncidentAssemblerTest {
  private static final FakePlaces PLACES = new FakePlaces();
  private static final SentenceAnnotator ANNOTATOR = new SentenceAnnotator(PLACES, new EventCues());
  private static final IncidentAssembler ASSEMBLER =
      new IncidentAssembler(
          new EventCues(),
          new DateFinder(),
          new RoleResolver(ActorDictionary.load()),
          new CodingPolicy(CountryProfiles.bundled()));
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 5, 8);
  private static final Provenance PROVENANCE = new Provenance("assembler-test", "fake-1", "a-1");

  /** The draft of every sentence of {@code text}, in one paragraph. */
  private static IncidentDraft draft(String text) {
    PlaceContext context = PLACES.contextOf(text);
    IncidentDraft d = new IncidentDraft(0, null, false);
    for (Sentence s : new SentenceSplitter().split(text)) {
      d.facts.add(ANNOTATOR.annotate(s, ANNOTATOR.trigger(s), PUBLISHED, context));
    }
    return d;
  }

  private static Incident build(String text, String docCountry, Location docPlace) {
    return ASSEMBLER.build(
        draft(text),
        Document.ofText("doc-1", null, PUBLISHED, text),
        docCountry,
        docPlace,
        PROVENANCE);
  }

  /**
   * Confidence: 0.4 for the event, +0.1 date, +0.15 place, +0.1 perpetrator, +0.15 casualties,
   * +0.05 reporter, at most 0.95. Each row fills a known set of fields.
   */
  static Stream<Arguments> confidence() {
    return Stream.of(
        Arguments.of("an event alone", "Shots were fired at a wedding.", 0.4),
        Arguments.of("an event and its place", "Shots were fired at a wedding in Djibo.", 0.55),
        Arguments.of(
            "event, place and date", "Shots were fired at a wedding in Djibo on 3 May 2023.", 0.65),
        Arguments.of(
            "event, place, date and a toll",
            "Shots were fired at a wedding in Djibo on 3 May 2023, killing four guests.",
            0.8),
        Arguments.of(
            "every field, capped",
            "Gunmen shot dead four guests at a wedding in Djibo on 3 May 2023, residents said.",
            0.95));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("confidence")
  void confidenceGrowsWithEachFieldFilled(String rule, String text, double expected) {
    assertThat(build(text, null, null).confidence()).as(rule).isCloseTo(expected, within());
  }

  private static Offset<Double> within() {
    return Offset.offset(1e-9);
  }

  @Test
  void theIncidentCarriesTheSlotsValuesAndItsDocument() {
    Incident i = build("Gunmen shot dead four herders in Djibo on 3 May 2023.", null, null);
    assertThat(i.id()).isNull();
    assertThat(i.document().id()).isEqualTo("doc-1");
    assertThat(i.provenance()).isEqualTo(PROVENANCE);
    assertThat(i.eventType()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
    assertThat(i.date().start()).isEqualTo(LocalDate.of(2023, 5, 3));
    assertThat(i.location().name()).isEqualTo("Djibo");
    assertThat(i.casualties().killed().min()).isEqualTo(4);
  }

  @Test
  void theFirstSentenceIsTheEventTypesEvidenceAndEveryToldSentenceIsEvidence() {
    String text = "Gunmen raided a farm in Djibo. Four herders were killed.";
    Incident i = build(text, null, null);
    assertThat(i.evidence())
        .extracting(Evidence::text)
        .containsExactly("Gunmen raided a farm in Djibo.", "Four herders were killed.");
    assertThat(i.evidence().get(0).fields()).contains("event_type", "location");
    assertThat(i.evidence().get(1).fields())
        .contains("casualties.killed")
        .doesNotContain("event_type");
  }

  @Test
  void aReportThatNamesNoPlaceTakesTheDocumentsPlaceAndCountry() {
    Location mopti =
        new Location(
            "Mopti", "ML", "Mopti", null, 14.49, -4.2, LocationPrecision.ADMIN1, null, "Mopti");
    Incident i = build("Soldiers shot dead two herders at a well.", "ML", mopti);
    assertThat(i.location()).isEqualTo(mopti);
    assertThat(i.perpetrators()).extracting(Actor::name).containsExactly("Military Forces of Mali");
  }

  @Test
  void theDocumentsCountryNamesTheArmyWhenThereIsNoPlace() {
    assertThat(build("Soldiers shot dead two herders at a well.", "ML", null).perpetrators())
        .extracting(Actor::name)
        .containsExactly("Military Forces of Mali");
    assertThat(build("Soldiers shot dead two herders at a well.", "BF", null).perpetrators())
        .extracting(Actor::name)
        .containsExactly("Military Forces of Burkina Faso");
  }
}

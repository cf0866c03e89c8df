package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.harmwatch.core.geo.CountryProfiles;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Provenance;
import org.harmwatch.core.pipeline.Cancellation;
import org.harmwatch.nlp.actors.ActorDictionary;
import org.harmwatch.nlp.lang.LanguagePacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pipeline of stages on its own, built from its parts rather than through the extractor: what
 * comes out of a document (how many incidents, in which order, with which provenance) and that it
 * stops when cancelled.
 */
class ExtractionPipelineTest {
  private static final ExtractionPipeline PIPELINE =
      new ExtractionPipeline(
          new FakePlaces(),
          ActorDictionary.load(),
          CountryProfiles.bundled(),
          "pipeline-test",
          LanguagePacks.bundled());
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 5, 8);

  private static List<Incident> extract(String text) {
    return PIPELINE.extract(
        Document.ofText("doc-1", null, PUBLISHED, text), "actors-test", Cancellation.none());
  }

  /** Each row: a document of our own words, and the places of the incidents it tells, in order. */
  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of(
            "a text that tells no violence", "The market reopened after the rains.", List.of()),
        Arguments.of(
            "one incident",
            "Gunmen shot dead four herders in Djibo on 3 May 2023.",
            List.of("Djibo")),
        Arguments.of(
            "two incidents, in document order",
            "Gunmen shot dead four herders in Djibo on 3 May 2023.\n\n"
                + "On 5 May 2023, gunmen burned a church in Kaya, killing two worshippers.",
            List.of("Djibo", "Kaya")),
        Arguments.of(
            "a sentence that refers back to the incident adds to it, not a second one",
            "Gunmen shot dead four herders in Djibo on 3 May 2023. The attack on the herders"
                + " in Djibo left four dead.",
            List.of("Djibo")),
        Arguments.of(
            "the same incident told twice is kept once",
            "Gunmen shot dead four herders in Djibo on 3 May 2023.\n\n"
                + "Gunmen shot dead four herders in Djibo on 3 May 2023.",
            List.of("Djibo")),
        Arguments.of(
            "the same killing told again later without its date is kept once",
            "Gunmen shot dead four herders in Djibo on 3 May 2023.\n\n"
                + "The market stayed shut all week.\n\n"
                + "In Djibo, gunmen shot dead four herders.",
            List.of("Djibo")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void incidentsOfADocument(String rule, String text, List<String> places) {
    assertThat(extract(text))
        .as(rule)
        .extracting(i -> i.location() == null ? null : i.location().name())
        .containsExactlyElementsOf(places);
  }

  @Test
  void everyIncidentNamesTheVersionsThatMadeIt() {
    List<Incident> out =
        extract(
            "Gunmen shot dead four herders in Djibo on 3 May 2023.\n\n"
                + "On 5 May 2023, gunmen burned a church in Kaya, killing two worshippers.");
    assertThat(out)
        .extracting(Incident::provenance)
        .containsOnly(new Provenance("pipeline-test", "fake-1", "actors-test"));
    assertThat(out).extracting(i -> i.document().id()).containsOnly("doc-1");
  }

  @Test
  void theIncidentsCannotBeChangedAfterwards() {
    List<Incident> out = extract("Gunmen shot dead four herders in Djibo on 3 May 2023.");
    assertThatThrownBy(() -> out.add(out.get(0))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aCancelledExtractionStops() {
    Cancellation cancellation = new Cancellation();
    cancellation.cancel("test");
    assertThatThrownBy(
            () ->
                PIPELINE.extract(
                    Document.ofText("doc-1", null, PUBLISHED, "Gunmen shot dead four herders."),
                    "actors-test",
                    cancellation))
        .isInstanceOf(Cancellation.Cancelled.class);
  }
}

package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.harmwatch.core.geo.CountryProfiles;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.nlp.actors.ActorDictionary;
import org.harmwatch.nlp.text.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The attribution slot on drafts built by hand: who reports an incident, in the order of precedence
 * its Javadoc gives (own sentences and claims, source lines, the paragraph's organisation, the
 * previous incident in the paragraph, the document's state source), and which sentence it marks as
 * the evidence.
 */
class AttributionResolverTest {
  private static final AttributionResolver ATTRIBUTION =
      new AttributionResolver(
          new RoleResolver(ActorDictionary.load()), new CodingPolicy(CountryProfiles.bundled()));
  private static final String HRW = "Human Rights Watch";

  private static SentenceFacts sentence(String text, List<SourceMention> sources) {
    return sentence(text, sources, List.of());
  }

  private static SentenceFacts sentence(
      String text, List<SourceMention> sources, List<Location> places) {
    return new SentenceFacts(
        new Sentence(0, text.length(), text, 0),
        null,
        false,
        List.of(),
        List.of(),
        places,
        sources,
        null);
  }

  private static SourceMention source(String name) {
    return new SourceMention(name, 0, 4, "said");
  }

  private static final SentenceFacts PLAIN = sentence("Gunmen set fire to a granary.", List.of());

  private static Location somewhere() {
    return new Location(
        "a village", "ML", null, null, null, null, LocationPrecision.PLACE, null, "a village");
  }

  private static Incident reportedBy(List<String> reporters) {
    return new Incident(
        null, null, null, null, null, null, List.of(), List.of(), null, List.of(), reporters,
        List.of(), 0.5, null);
  }

  /** The reporters of a one-sentence draft in paragraph 1 of a Malian report, once set up. */
  private static List<String> reporters(Consumer<IncidentDraft> setUp) {
    IncidentDraft d = new IncidentDraft(1, null, false);
    d.facts.add(PLAIN);
    setUp.accept(d);
    return ATTRIBUTION.resolve(d, "ML", new EvidenceMarks(d.facts));
  }

  static Stream<Arguments> precedence() {
    return Stream.of(
        Arguments.of("no source anywhere: nobody", (Consumer<IncidentDraft>) d -> {}, List.of()),
        Arguments.of(
            "a source in the incident's own sentence",
            (Consumer<IncidentDraft>)
                d ->
                    d.facts.set(0, sentence("Gunmen set fire to a granary.", List.of(source(HRW)))),
            List.of(HRW)),
        Arguments.of(
            "a government source is the country's government",
            (Consumer<IncidentDraft>)
                d ->
                    d.facts.add(
                        sentence("Officials said so.", List.of(source(Reporters.GOVERNMENT)))),
            List.of("Government of Mali")),
        Arguments.of(
            "a police source is the country's police",
            (Consumer<IncidentDraft>)
                d -> d.facts.add(sentence("Police said so.", List.of(source(Reporters.POLICE)))),
            List.of("Police Forces of Mali")),
        Arguments.of(
            "sources in the order first named, each once",
            (Consumer<IncidentDraft>)
                d -> {
                  d.facts.add(sentence("Residents said so.", List.of(source("Local sources"))));
                  d.facts.add(sentence("So did a rights group.", List.of(source(HRW))));
                  d.facts.add(
                      sentence("Residents said it again.", List.of(source("Local sources"))));
                },
            List.of("Local sources", HRW)),
        Arguments.of(
            "a source line beside the incident",
            (Consumer<IncidentDraft>)
                d ->
                    d.sourceFacts.add(
                        sentence("Source: residents.", List.of(source("Local sources")))),
            List.of("Local sources")),
        Arguments.of(
            "the paragraph's organisation when nothing nearer names one",
            (Consumer<IncidentDraft>) d -> d.paragraphSource = HRW,
            List.of(HRW)),
        Arguments.of(
            "the incident's own source beats the paragraph's organisation",
            (Consumer<IncidentDraft>)
                d -> {
                  d.facts.add(sentence("Residents said so.", List.of(source("Local sources"))));
                  d.paragraphSource = HRW;
                },
            List.of("Local sources")),
        Arguments.of(
            "the document's state source is the last resort",
            (Consumer<IncidentDraft>) d -> d.documentSource = source(Reporters.GOVERNMENT),
            List.of("Government of Mali")),
        Arguments.of(
            "the paragraph's organisation beats the document's state source",
            (Consumer<IncidentDraft>)
                d -> {
                  d.paragraphSource = HRW;
                  d.documentSource = source(Reporters.GOVERNMENT);
                },
            List.of(HRW)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("precedence")
  void reportersInOrderOfPrecedence(
      String rule, Consumer<IncidentDraft> setUp, List<String> expected) {
    assertThat(reporters(setUp)).as(rule).containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> previousIncidents() {
    return Stream.of(
        Arguments.of(
            "the previous incident of the same paragraph lends its reporters", 1, false, true),
        Arguments.of("one of another paragraph does not", 0, false, false),
        Arguments.of("unless this one is \"another\" of its kind", 0, true, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("previousIncidents")
  void thePreviousIncidentsReporters(
      String rule, int previousParagraph, boolean another, boolean inherits) {
    IncidentDraft previous = new IncidentDraft(previousParagraph, null, false);
    previous.built = reportedBy(List.of("Amnesty International"));
    IncidentDraft d = new IncidentDraft(1, previous, another);
    d.facts.add(PLAIN);
    List<String> out = ATTRIBUTION.resolve(d, "ML", new EvidenceMarks(d.facts));
    assertThat(out).as(rule).isEqualTo(inherits ? List.of("Amnesty International") : List.of());
  }

  @Test
  void theIncidentsOwnSourceBeatsThePreviousIncidents() {
    IncidentDraft previous = new IncidentDraft(1, null, false);
    previous.built = reportedBy(List.of("Amnesty International"));
    IncidentDraft d = new IncidentDraft(1, previous, false);
    d.facts.add(sentence("Gunmen set fire to a granary.", List.of(source(HRW))));
    assertThat(ATTRIBUTION.resolve(d, "ML", new EvidenceMarks(d.facts))).containsExactly(HRW);
  }

  static Stream<Arguments> claims() {
    return Stream.of(
        Arguments.of("a claim in a later sentence", List.of(), true, true),
        Arguments.of(
            "a claim in the incident's sentence that places it", List.of(somewhere()), false, true),
        Arguments.of(
            "a claim in the incident's sentence that tells no facts", List.of(), false, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("claims")
  void theGroupThatClaimsAnIncidentReportsIt(
      String rule, List<Location> places, boolean later, boolean reports) {
    SentenceFacts claim = sentence("JNIM claimed the raid on the granary.", List.of(), places);
    IncidentDraft d = new IncidentDraft(1, null, false);
    if (later) {
      d.facts.add(PLAIN);
      d.claimFacts.add(claim);
    } else {
      d.facts.add(claim);
    }
    EvidenceMarks marks = new EvidenceMarks(d.facts);
    List<String> out = ATTRIBUTION.resolve(d, "ML", marks);
    if (reports) {
      assertThat(out).as(rule).singleElement().asString().contains("JNIM");
      assertThat(marked(marks)).as(rule).containsExactly(claim.sentence().text());
    } else {
      assertThat(out).as(rule).isEmpty();
      assertThat(marked(marks)).as(rule).isEmpty();
    }
  }

  @Test
  void aSourceLineIsEvidenceOnlyWhenItAddsAReporter() {
    SentenceFacts own = sentence("Residents said so.", List.of(source("Local sources")));
    SentenceFacts repeat = sentence("Source: residents.", List.of(source("Local sources")));
    SentenceFacts fresh = sentence("Source: a rights group.", List.of(source(HRW)));
    IncidentDraft d = new IncidentDraft(1, null, false);
    d.facts.add(own);
    d.sourceFacts.add(repeat);
    d.sourceFacts.add(fresh);
    EvidenceMarks marks = new EvidenceMarks(d.facts);
    assertThat(ATTRIBUTION.resolve(d, "ML", marks)).containsExactly("Local sources", HRW);
    assertThat(marked(marks))
        .containsExactlyInAnyOrder(own.sentence().text(), fresh.sentence().text());
  }

  private static List<String> marked(EvidenceMarks marks) {
    return marks.evidence().stream()
        .filter(e -> e.fields().contains("reported_by"))
        .map(Evidence::text)
        .toList();
  }
}

package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.nlp.text.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The evidence marks on their own: which sentence supports which field, given the sentences that
 * tell an incident and the marks the slot resolvers make, read as a table of marks → evidence.
 */
class EvidenceMarksTest {
  // Two told sentences, and one around them (a label line before, a claim after).
  private static final SentenceFacts LABEL = facts(0, "Date: last Tuesday.");
  private static final SentenceFacts OPENING = facts(20, "Gunmen raided a farm near the river.");
  private static final SentenceFacts TOLL = facts(57, "Three herders died.");
  private static final SentenceFacts CLAIM = facts(77, "A militia said it did it.");

  private static SentenceFacts facts(int start, String text) {
    return new SentenceFacts(
        new Sentence(start, start + text.length(), text, 0),
        null,
        false,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  /** What the evidence reads as: "start:text=[fields]" for each sentence, in order. */
  private static List<String> read(Consumer<EvidenceMarks> marking) {
    EvidenceMarks marks = new EvidenceMarks(List.of(OPENING, TOLL));
    marking.accept(marks);
    return marks.evidence().stream().map(EvidenceMarksTest::show).toList();
  }

  private static String show(Evidence e) {
    return e.start() + "-" + e.end() + ":" + e.text() + "=" + e.fields();
  }

  static Stream<Arguments> cases() {
    String opening = "20-56:Gunmen raided a farm near the river.=";
    String toll = "57-76:Three herders died.=";
    String label = "0-19:Date: last Tuesday.=";
    String claim = "77-102:A militia said it did it.=";
    return Stream.of(
        Arguments.of(
            "told sentences are evidence even when nothing marks them",
            (Consumer<EvidenceMarks>) m -> {},
            List.of(opening + "[]", toll + "[]")),
        Arguments.of(
            "a mark names its field on its own sentence",
            (Consumer<EvidenceMarks>) m -> m.mark(TOLL, "fatalities"),
            List.of(opening + "[]", toll + "[fatalities]")),
        Arguments.of(
            "fields keep the order they were marked in",
            (Consumer<EvidenceMarks>)
                m -> {
                  m.mark(OPENING, "event_type");
                  m.mark(OPENING, "location");
                  m.mark(OPENING, "date");
                },
            List.of(opening + "[event_type, location, date]", toll + "[]")),
        Arguments.of(
            "the same field marked twice is named once",
            (Consumer<EvidenceMarks>)
                m -> {
                  m.mark(OPENING, "date");
                  m.mark(OPENING, "date");
                },
            List.of(opening + "[date]", toll + "[]")),
        Arguments.of(
            "a sentence around the incident joins in document order, before the told ones",
            (Consumer<EvidenceMarks>) m -> m.markAround(LABEL, "date"),
            List.of(label + "[date]", opening + "[]", toll + "[]")),
        Arguments.of(
            "a sentence around the incident joins in document order, after the told ones",
            (Consumer<EvidenceMarks>) m -> m.markAround(CLAIM, "reported_by"),
            List.of(opening + "[]", toll + "[]", claim + "[reported_by]")),
        Arguments.of(
            "marking around a told sentence adds to its fields",
            (Consumer<EvidenceMarks>)
                m -> {
                  m.mark(TOLL, "fatalities");
                  m.markAround(TOLL, "targets");
                },
            List.of(opening + "[]", toll + "[fatalities, targets]")),
        Arguments.of(
            "an opened sentence is evidence supporting no field",
            (Consumer<EvidenceMarks>) m -> m.open(CLAIM),
            List.of(opening + "[]", toll + "[]", claim + "[]")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void marksBecomeEvidence(String rule, Consumer<EvidenceMarks> marking, List<String> expected) {
    assertThat(read(marking)).as(rule).containsExactlyElementsOf(expected);
  }
}

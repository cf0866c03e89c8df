package org.harmwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.harmwatch.core.model.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoldEvidenceTest {
  static final String TEXT =
      "On 3 May, soldiers killed 7 civilians in Diafarabé. Nobody was arrested.";

  static List<GoldDocument> gold(String evidence) {
    return GoldReader.read(
        "g.jsonl",
        List.of(
            "",
            ("{'doc':'d1','incidents':[{'event_type':'battles','evidence':[" + evidence + "]}]}")
                .replace('\'', '"')));
  }

  @Test
  void offsetOnlyEvidenceTakesItsTextFromTheDocument() {
    List<GoldDocument> filled =
        GoldEvidence.fill(gold("{'start':10,'end':37},'Nobody'"), Map.of("d1", TEXT));
    assertThat(filled.get(0).incidents().get(0).evidence())
        .extracting(Evidence::text)
        .containsExactly("soldiers killed 7 civilians", "Nobody");
    assertThat(filled.get(0).source()).isEqualTo("g.jsonl:2");
  }

  @Test
  void documentsNotReadAreLeftAsTheyAre() {
    List<GoldDocument> g = gold("{'start':10,'end':37}");
    assertThat(GoldEvidence.fill(g, Map.of())).isEqualTo(g);
  }

  @Test
  void offsetsOutsideTheDocumentAreAnErrorNamingFileAndLine() {
    assertThatThrownBy(() -> GoldEvidence.fill(gold("{'start':60,'end':99}"), Map.of("d1", TEXT)))
        .isInstanceOf(GoldFormatException.class)
        .hasMessage(
            "g.jsonl:2: document d1 incident 0 evidence 0: offsets [60, 99) fall outside the"
                + " document (72 characters)");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // evidence | the problem reported, or nothing
        "{'start':10,'end':37} |",
        "{'start':10,'end':37,'text':'soldiers killed 7 civilians'} |",
        "'killed 7 civilians' |",
        "{'start':60,'end':99} | offsets [60, 99) fall outside the document (72 characters)",
        "{'start':12,'end':37} | offsets [12, 37) cut a word",
        "{'start':10,'end':37,'text':'soldiers killed 9 civilians'}"
            + " | text 'soldiers killed 9 civilians' differs from the document's"
            + " 'soldiers killed 7 civilians' at [10, 37)",
        "{'start':0,'end':8,'text':'soldiers'} | (the text is at offset 10)",
        "'killed 9 civilians' | text not found in the document: 'killed 9 civilians'",
      })
  void checkerNamesEachProblem(String evidence, String problem) {
    List<String> problems = GoldEvidence.check(gold(evidence), Map.of("d1", TEXT));
    if (problem == null) {
      assertThat(problems).isEmpty();
    } else {
      assertThat(problems)
          .singleElement()
          .asString()
          .startsWith("g.jsonl:2: document d1 incident 0 evidence 0: ")
          .contains(problem);
    }
  }

  @Test
  void checkerHintsAtOffsetsCountedInCodePoints() {
    String text = "\uD83D\uDCF7 Photo. Gunmen killed 3 people in Tera.";
    // Python counts the camera emoji as one character; Java as two.
    int start = text.indexOf("Gunmen") - 1;
    List<String> problems =
        GoldEvidence.check(
            gold("{'start':" + start + ",'end':" + (start + 6) + ",'text':'Gunmen'}"),
            Map.of("d1", text));
    assertThat(problems).singleElement().asString().contains("count code points");
  }

  @Test
  void aWordGluedToAStrayLetterStartsAtItsCapital() {
    String text = "Kinshasa.\nn\nnSelon OCHA, 12 civils ont été tués.";
    int start = text.indexOf("Selon");
    assertThat(
            GoldEvidence.check(
                gold("{'start':" + start + ",'end':" + (start + 10) + "}"), Map.of("d1", text)))
        .isEmpty();
  }

  @Test
  void checkerNamesDocumentsThatAreNotRead() {
    assertThat(GoldEvidence.check(gold("'x'"), Map.of()))
        .containsExactly("g.jsonl:2: document d1 is not in the documents");
  }
}

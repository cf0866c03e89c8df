package org.harmwatch.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentence boundaries: "text" → sentences joined by " || ". */
class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "Gunmen attacked. Nine died.#Gunmen attacked. || Nine died.",
        "Gen. Diarra said so. It was late.#Gen. Diarra said so. || It was late.",
        "M. Traoré a parlé. Il est parti.#M. Traoré a parlé. || Il est parti.",
        "Dr. Sy treated 3.5 percent of them. Then he left.#Dr. Sy treated 3.5 percent of them. || Then he left.",
        "\"They shot him.\" She fled.#\"They shot him.\" || She fled.",
        "The U.N. mission left. Violence rose.#The U.N. mission left. || Violence rose.",
        "Who did it? Nobody knows!#Who did it? || Nobody knows!",
      })
  void splits(String text, String expected) {
    List<Sentence> got = splitter.split(text);
    assertThat(String.join(" || ", got.stream().map(Sentence::text).toList())).isEqualTo(expected);
    for (Sentence s : got) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }
  }

  /** Paragraph numbers of the sentences of "text", "text" with \\n for a line break. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        // a line break escaped twice leaves a letter n before the next paragraph
        "Un poste a été attaqué.\\nnLes assaillants ont fui.#0 Un poste a été attaqué. | 1 Les assaillants ont fui.",
        "Le bilan est lourd?\\nn« Nous avons fui », dit-il.#0 Le bilan est lourd? | 1 « Nous avons fui », dit-il.",
        "Liste :\\nn\u200e • Kalemie, le 3 mai ;\\nn\u200e • Uvira, le 4 mai.#0 Liste : | 1 • Kalemie, le 3 mai ; | 2 • Uvira, le 4 mai.",
        // a line that really starts with the letter n stays one paragraph with the line before
        "Il a dit\\nn’importe quoi.#0 Il a dit | 0 n’importe quoi.",
        "The list:\\nnine villages burned.#0 The list: | 0 nine villages burned.",
      })
  void readsEscapedBreaksAsParagraphs(String text, String expected) {
    String input = text.replace("\\n", "\n");
    List<Sentence> got = splitter.split(input);
    assertThat(String.join(" | ", got.stream().map(s -> s.paragraph() + " " + s.text()).toList()))
        .isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void numbersParagraphs() {
    List<Sentence> got = splitter.split("Title\n\nOne. Two.\n\nThree.");
    assertThat(got).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 2);
  }
}

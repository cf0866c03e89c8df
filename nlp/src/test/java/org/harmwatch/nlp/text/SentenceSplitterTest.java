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

  @org.junit.jupiter.api.Test
  void numbersParagraphs() {
    List<Sentence> got = splitter.split("Title\n\nOne. Two.\n\nThree.");
    assertThat(got).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 2);
  }
}

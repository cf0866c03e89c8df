package org.harmwatch.nlp.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Number words in English and French. */
class NumberWordsTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "13,13",
    "seven,7",
    "Twenty-five,25",
    "ninety-nine,99",
    "vingt-cinq,25",
    "vingt-et-un,21",
    "soixante-dix,70",
    "quatre-vingts,80",
    "quatre-vingt-dix-sept,97",
    "dix-sept,17",
    "trente,30",
    "sept,7"
  })
  void reads(String word, int value) {
    assertThat(NumberWords.parse(word)).isEqualTo(value);
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource({"village", "well-known", "twenty-something", "''"})
  void rejects(String word) {
    assertThat(NumberWords.parse(word)).isNull();
  }
}

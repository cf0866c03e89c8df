package org.harmwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "Gunmen killed at least 12 civilians in the village of Djibo, local sources said.|en",
        "Des hommes armés ont tué au moins 12 civils dans le village, selon des sources locales.|fr",
        "Djibo, Burkina Faso|null",
      })
  void guessesEnglishOrFrench(String text, String expected) {
    assertThat(new LanguageGuesser().guess(text)).isEqualTo(expected);
  }
}

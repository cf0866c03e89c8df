package org.harmwatch.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one language guesser: English, French, Portuguese, or no clear signal. */
class LanguageGuesserTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "Gunmen killed at least 12 civilians in the village of Djibo, local sources said.|en",
        "Des hommes armés ont tué au moins 12 civils dans le village, selon des sources locales.|fr",
        "Djibo, Burkina Faso|null",
        "Homens armados mataram doze civis na aldeia e os moradores fugiram para a cidade.|pt",
        // Names of another language do not change the guess.
        "Des hommes armés ont attaqué un camp de la Islamic State West Africa Province, selon des"
            + " sources locales.|fr",
        "Soldiers killed two men at Ponta da Pedra in Cabo Delgado on Friday, residents said.|en",
      })
  void guessesTheLanguage(String text, String expected) {
    assertThat(new LanguageGuesser().guess(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "fr-FR|Gunmen killed 12 civilians in the village.|fr",
        "EN|Des hommes armés ont tué 12 civils.|en",
        "null|Des hommes armés ont tué 12 civils dans le village, selon des sources.|fr",
        "null|Djibo, Burkina Faso|en",
      })
  void aDeclaredLanguageWinsOverTheGuess(String declared, String text, String expected) {
    assertThat(new LanguageGuesser().languageOf(declared, text, "en")).isEqualTo(expected);
  }
}

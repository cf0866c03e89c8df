package org.harmwatch.nlp.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bare group name ("the Tiv") is an actor only as a side of a clash; elsewhere it tells who
 * someone is and names no actor.
 */
class ClashSidesTest {
  private static final ActorDictionary DICT = ActorDictionary.load();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // The two sides of "between ... and ...".
        "Fighting between the Tiv and Jukun went on for two days.|NG"
            + "|Tiv Ethnic Militia;Jukun Ethnic Militia",
        "a clash between Pokot and Turkana communities near the river|KE"
            + "|Pokot Ethnic Militia;Turkana Ethnic Militia",
        "des affrontements entre Peuls et Dogons au centre|ML"
            + "|Fulani Ethnic Militia;Dogon Ethnic Militia",
        // Two names joined by "and" before a verb of fighting, and "X clashed with Y".
        "Tiv and Jukun youths clashed at the market.|NG|Tiv Ethnic Militia;Jukun Ethnic Militia",
        "Kotoko clashed with Arab Choa at dawn.|TD"
            + "|Kotoko Ethnic Militia;Arab Choa Ethnic Militia",
        // A bare name that only tells who someone is: no actor.
        "A Tiv farmer was found dead in his field.|NG|-",
        "The Jukun elders met the governor and the Tiv chiefs.|NG|-",
        "Pokot and Turkana pupils sat the same examination.|KE|-",
        // Lower case is not the group's name.
        "a clash between tiv and jukun|NG|-",
      })
  void bareGroupNamesAreActorsOnlyAsSidesOfAClash(String text, String country, String expected) {
    String found =
        DICT.find(text, country).stream()
            .flatMap(m -> m.actors().stream())
            .map(a -> a.name())
            .distinct()
            .collect(Collectors.joining(";"));
    assertThat(found).isEqualTo(expected == null ? "" : expected);
  }
}

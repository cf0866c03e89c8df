package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscourseCuesTest {
  /** A sentence, then whether it refers back to every incident told before it. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "These attacks were condemned by the governor.#true",
        "Both killings took place at night.#true",
        "Ces attaques ont été condamnées par le maire.#true",
        "Ces faits se sont produits en fin de journée.#true",
        "Ces actes ont eu lieu dans la nuit de samedi.#true",
        "Les deux tueries ont eu lieu le même jour.#true",
        "The attack was condemned by the governor.#false",
        "Des actes de vandalisme ont été signalés.#false",
      })
  void backToAll(String sentence, boolean expected) {
    assertThat(DiscourseCues.BACK_TO_ALL.matcher(sentence).find()).isEqualTo(expected);
  }

  /** A sentence, then whether it refers back to the one incident just told. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "The attackers fled on motorbikes.#true",
        "Les assaillants ont pris la fuite.#true",
        "Cette attaque intervient après une autre.#true",
        "Farmers went back to their fields.#false",
      })
  void backToOne(String sentence, boolean expected) {
    assertThat(DiscourseCues.BACK_TO_ONE.matcher(sentence).find()).isEqualTo(expected);
  }
}

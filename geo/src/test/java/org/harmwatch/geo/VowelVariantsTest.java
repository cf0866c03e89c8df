package org.harmwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VowelVariantsTest {
  @Test
  void theSkeletonKeepsTheFirstLetterAndDropsTheOtherVowels() {
    assertThat(VowelVariants.skeleton("abolatu")).isEqualTo("ablt");
    assertThat(VowelVariants.skeleton("kaymoro")).isEqualTo("kmr");
  }

  @Test
  void oneVowelSubstitutedOrInsertedIsAVariant() {
    assertThat(VowelVariants.oneVowelApart("tamaraku", "tamoraku")).isTrue();
    assertThat(VowelVariants.oneVowelApart("tamaraku", "tamaraaku")).isTrue();
    assertThat(VowelVariants.oneVowelApart("tamaraaku", "tamaraku")).isTrue();
  }

  @Test
  void equalNamesAndTwoEditsAreNotVariants() {
    assertThat(VowelVariants.oneVowelApart("tamaraku", "tamaraku")).isFalse();
    assertThat(VowelVariants.oneVowelApart("tamaraku", "tomoraku")).isFalse();
    assertThat(VowelVariants.oneVowelApart("tamaraku", "tamarakuoo")).isFalse();
  }
}

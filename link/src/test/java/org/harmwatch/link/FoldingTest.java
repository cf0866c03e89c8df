package org.harmwatch.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {
  @Test
  void accentsAndCaseAreFoldedAndEverythingElseIsKept() {
    assertThat(Folding.fold("Ségou")).isEqualTo("segou");
    assertThat(Folding.fold("SÉGOU-Nord, 12")).isEqualTo("segou-nord, 12");
    assertThat(Folding.fold("Kidal")).isEqualTo(Folding.fold("KIDAL"));
  }
}

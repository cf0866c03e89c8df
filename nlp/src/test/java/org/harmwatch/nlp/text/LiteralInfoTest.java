package org.harmwatch.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the parser knows of a sub-expression, and the best set of strings every match contains. */
class LiteralInfoTest {
  @Test
  void nothingIsRequiredOfAnyTextOrOfTheEmptyString() {
    assertThat(LiteralInfo.ANY.best()).isNull();
    assertThat(LiteralInfo.EMPTY.best()).isNull();
  }

  @Test
  void theExactStringsAreRequiredWhenNoneIsEmpty() {
    assertThat(new LiteralInfo(Set.of("shot", "shelled"), null).best())
        .containsExactlyInAnyOrder("shot", "shelled");
    assertThat(new LiteralInfo(Set.of("", "shot"), Set.of("shot")).best()).containsExactly("shot");
    assertThat(new LiteralInfo(null, Set.of("killed")).best()).containsExactly("killed");
  }
}

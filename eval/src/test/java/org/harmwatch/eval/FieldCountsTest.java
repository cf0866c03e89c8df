package org.harmwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.harmwatch.eval.Field.Outcome;
import org.junit.jupiter.api.Test;

class FieldCountsTest {
  @Test
  void aWrongValueIsBothAFalsePositiveAndAFalseNegative() {
    // 6 right values, 1 right because both are empty, 2 wrong, 1 missing, 1 spurious.
    FieldCounts c = new FieldCounts(11, 7, 6, 2, 1, 1);
    assertThat(c.accuracy()).isCloseTo(7 / 11.0, within(1e-9));
    assertThat(c.precision()).isCloseTo(6 / 9.0, within(1e-9));
    assertThat(c.recall()).isCloseTo(6 / 9.0, within(1e-9));
    assertThat(c.f1()).isCloseTo(6 / 9.0, within(1e-9));
  }

  @Test
  void nothingToCountIsNaNNeverOne() {
    assertThat(FieldCounts.ZERO.accuracy()).isNaN();
    assertThat(FieldCounts.ZERO.precision()).isNaN();
    assertThat(FieldCounts.ZERO.recall()).isNaN();
    assertThat(FieldCounts.ZERO.f1()).isNaN();
    FieldCounts onlyMissing = new FieldCounts(1, 0, 0, 0, 1, 0);
    assertThat(onlyMissing.recall()).isZero();
    assertThat(onlyMissing.precision()).isNaN();
  }

  @Test
  void outcomesAddUp() {
    FieldCounts c = FieldCounts.ZERO;
    c = c.plus(Outcome.RIGHT, true);
    c = c.plus(Outcome.RIGHT_EMPTY, true);
    c = c.plus(Outcome.WRONG, true);
    c = c.plus(Outcome.MISSING, true);
    c = c.plus(Outcome.UNMATCHED_EMPTY, true);
    c = c.plus(Outcome.UNSCORED, true);
    c = c.plus(Outcome.SPURIOUS, false);
    c = c.plus(Outcome.UNSCORED, false);
    assertThat(c).isEqualTo(new FieldCounts(5, 2, 1, 1, 1, 1));
  }

  @Test
  void inconsistentCountsAreRejected() {
    assertThatThrownBy(() -> new FieldCounts(1, 2, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FieldCounts(2, 1, 2, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

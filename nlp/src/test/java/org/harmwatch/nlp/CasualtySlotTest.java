package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.harmwatch.core.model.Count;
import org.harmwatch.nlp.quantity.CasualtyKind;
import org.harmwatch.nlp.quantity.CasualtyMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How two figures for one incident combine (the eval guidelines' ranges). */
class CasualtySlotTest {
  private static Integer n(String s) {
    return s == null || s.isEmpty() ? null : Integer.valueOf(s);
  }

  private static CasualtyMention killed(String min, String max) {
    return new CasualtyMention(
        CasualtyKind.KILLED, new Count(n(min), n(max), min + "-" + max), 0, 1, null, null);
  }

  @ParameterizedTest(name = "{0}..{1} with {2}..{3} -> {4}..{5}")
  @CsvSource({
    // officials said 20, HRW said 31
    "20, 20, 31, 31, 20, 31",
    // an open maximum wins
    "20, , 31, 31, 20, ",
    // "several" beside a real figure adds nothing
    "17, 17, 2, , 17, 17",
    "2, , 17, 17, 17, 17",
    // "two nephews died" beside "dozens were killed" is a part of the victims
    "24, , 2, 2, 24, ",
  })
  void figuresCombineAsARange(
      String min1, String max1, String min2, String max2, String min, String max) {
    Count c = CasualtySlot.combine(killed(min1, max1), killed(min2, max2)).count();
    assertThat(c.min()).isEqualTo(n(min));
    assertThat(c.max()).isEqualTo(n(max));
  }
}

package org.harmwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Values fitted to their column: cut plainly, or cut with an ellipsis. */
class ColumnTextTest {
  @Test
  void aValueThatFitsOrIsNullIsKept() {
    assertThat(ColumnText.cut("short", 5)).isEqualTo("short");
    assertThat(ColumnText.shortened("short", 5)).isEqualTo("short");
    assertThat(ColumnText.cut(null, 5)).isNull();
    assertThat(ColumnText.shortened(null, 5)).isNull();
  }

  @Test
  void aLongerValueIsCutToTheWidth() {
    assertThat(ColumnText.cut("too long", 3)).isEqualTo("too");
    assertThat(ColumnText.shortened("too long", 4)).isEqualTo("too…").hasSize(4);
  }
}

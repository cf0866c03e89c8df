package org.harmwatch.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PrioGridTest {
  @Test
  void cellsAreNumberedFromOneAtTheSouthWestCornerRowByRow() {
    assertThat(PrioGrid.gid(-89.9, -179.9)).isEqualTo(1);
    assertThat(PrioGrid.gid(-89.9, -179.4)).isEqualTo(2);
    assertThat(PrioGrid.gid(-89.4, -179.9)).isEqualTo(721);
    assertThat(PrioGrid.gid(89.9, 179.9)).isEqualTo(259_200);
  }

  @Test
  void edgesBelongToTheCellToTheirNorthAndEastExceptAtThePoleAndAntimeridian() {
    assertThat(PrioGrid.gid(0.0, 0.0)).isEqualTo(180 * 720 + 360 + 1);
    assertThat(PrioGrid.gid(-0.01, -0.01)).isEqualTo(179 * 720 + 359 + 1);
    assertThat(PrioGrid.gid(90, 180)).isEqualTo(259_200);
  }

  @Test
  void bamakoAndDjibo() {
    // Bamako 12.65 N 8.00 W: row floor(102.65/0.5)=205, col floor(172/0.5)=344.
    assertThat(PrioGrid.gid(12.65, -8.0)).isEqualTo(205 * 720 + 344 + 1);
    // Djibo 14.10 N 1.63 W: row 208, col floor(178.37/0.5)=356.
    assertThat(PrioGrid.gid(14.1, -1.63)).isEqualTo(208 * 720 + 356 + 1);
  }

  @Test
  void refusesCoordinatesOffTheGlobe() {
    assertThatThrownBy(() -> PrioGrid.gid(91, 0)).hasMessageContaining("91");
    assertThatThrownBy(() -> PrioGrid.gid(0, -181)).isInstanceOf(IllegalArgumentException.class);
  }
}

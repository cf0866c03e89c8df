package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled base layer as the PDF dossier reads it: borders, rivers and lakes. */
class BasemapTest {
  @Test
  void riversAndLakesOfAfricaAreReadAsLinesAndRings() throws Exception {
    Basemap.Water water = Basemap.water();
    assertThat(water.rivers())
        .hasSizeGreaterThan(50)
        .allSatisfy(l -> assertThat(l).hasSizeGreaterThan(1));
    assertThat(water.lakes())
        .hasSizeGreaterThan(10)
        .allSatisfy(r -> assertThat(r).hasSizeGreaterThan(2));
    // Only Africa's: every point within the continent's box (with its islands).
    for (List<double[]> line : water.rivers()) {
      for (double[] p : line) {
        assertThat(p[0]).isBetween(-26.0, 64.0);
        assertThat(p[1]).isBetween(-40.0, 40.0);
      }
    }
    // A lake ring closes on itself.
    for (List<double[]> ring : water.lakes()) {
      assertThat(ring.get(0)).containsExactly(ring.get(ring.size() - 1));
    }
    assertThat(Basemap.countryRings()).hasSizeGreaterThan(200);
  }
}

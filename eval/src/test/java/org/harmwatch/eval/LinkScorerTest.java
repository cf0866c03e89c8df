package org.harmwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkScorerTest {
  static IncidentRef r(String doc, int i) {
    return new IncidentRef(doc, i);
  }

  final Map<IncidentRef, String> gold =
      Map.of(r("a", 0), "S1", r("b", 0), "S1", r("c", 0), "S1", r("c", 1), "S2", r("d", 0), "S2");

  @Test
  void perfectClustering() {
    var p = Map.of(r("a", 0), "x", r("b", 0), "x", r("c", 0), "x", r("c", 1), "y", r("d", 0), "y");
    var rep = LinkScorer.score(gold, p);
    assertThat(rep.goldPairs()).isEqualTo(4);
    assertThat(rep.f1()).isEqualTo(1.0);
  }

  @Test
  void partialClustering() {
    Map<IncidentRef, String> p = new HashMap<>();
    p.put(r("a", 0), "x");
    p.put(r("b", 0), "x");
    p.put(r("c", 0), "y");
    p.put(r("c", 1), "y");
    p.put(r("d", 0), null);
    var rep = LinkScorer.score(gold, p);
    assertThat(rep.predictedPairs()).isEqualTo(2);
    assertThat(rep.truePairs()).isEqualTo(1);
    assertThat(rep.precision()).isEqualTo(0.5);
    assertThat(rep.recall()).isEqualTo(0.25);
    assertThat(rep.f1()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void noPredictedLinks() {
    var rep = LinkScorer.score(gold, Map.of());
    assertThat(rep.precision()).isEqualTo(1.0);
    assertThat(rep.recall()).isZero();
    assertThat(rep.f1()).isZero();
  }
}

package org.harmwatch.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.harmwatch.core.corroboration.Corroborated;
import org.harmwatch.core.corroboration.FigureEstimate;
import org.harmwatch.core.corroboration.SourceReport;
import org.harmwatch.core.model.Count;
import org.junit.jupiter.api.Test;

class ReconcilerTest {
  private static final LocalDate D = LocalDate.of(2024, 3, 1);
  private final Reconciler reconciler = new Reconciler();

  private static SourceReport report(String id, String doc, Count killed, String reprint) {
    return new SourceReport(id, doc, D, killed, null, null, null, null, reprint, "test", 1.0);
  }

  private static Count exactly(int n) {
    return Count.exactly(n, String.valueOf(n));
  }

  @Test
  void figuresTable() {
    // Each row: the reports (id, document, killed), the reconciled low, best and high.
    Object[][] table = {
      // Koumbri: four independent documents say 24, 56, 50 to 70 and 60.
      {
        List.of(
            report("s1", "d1", exactly(24), null),
            report("s2", "d2", exactly(56), null),
            report("s3", "d3", new Count(50, 70, "50 to 70"), null),
            report("s4", "d4", exactly(60), null)),
        new FigureEstimate(24, 56, 70)
      },
      // One document says "several civilians" (at least 2) and "ten civilians"; another "at least
      // 7". The vague figure gives way to the precise one of its own document.
      {
        List.of(
            report("s1", "d1", Count.atLeast(7, "at least 7"), null),
            report("s2", "d2", Count.atLeast(2, "several"), null),
            report("s3", "d2", exactly(10), null)),
        new FigureEstimate(7, 7, 10)
      },
      // A vague figure above the precise one of its document stays ("20 soldiers ... at least 30
      // people").
      {
        List.of(
            report("s1", "d1", exactly(20), null),
            report("s2", "d1", Count.atLeast(30, "at least 30"), null)),
        new FigureEstimate(20, 20, 30)
      },
      // Reprints of one wire story count once: 30, 30 (wire), 40, 35 -> stories 30, 40, 35.
      {
        List.of(
            report("s1", "d1", exactly(30), "wire:afp"),
            report("s2", "d2", exactly(30), "wire:afp"),
            report("s3", "d3", exactly(40), null),
            report("s4", "d4", exactly(35), null)),
        new FigureEstimate(30, 35, 40)
      },
      // "Up to 5" allows none; "dozens" gives no number and counts for nothing.
      {
        List.of(
            report("s1", "d1", new Count(null, 5, "up to 5"), null),
            report("s2", "d2", exactly(8), null),
            report("s3", "d3", new Count(null, null, "dozens"), null)),
        new FigureEstimate(0, 5, 8)
      },
      {List.of(report("s1", "d1", null, null)), FigureEstimate.UNKNOWN},
    };
    for (Object[] row : table) {
      @SuppressWarnings("unchecked")
      List<SourceReport> sources = (List<SourceReport>) row[0];
      assertThat(reconciler.reconcile("i", sources).killed())
          .as(sources.toString())
          .isEqualTo(row[1]);
    }
  }

  @Test
  void saysWhichReportsEachFigureComesFrom() {
    Corroborated c =
        reconciler.reconcile(
            "i",
            List.of(
                report("s1", "d1", exactly(24), null),
                report("s2", "d2", exactly(56), null),
                report("s3", "d3", new Count(50, 70, "50 to 70"), null),
                report("s4", "d4", exactly(60), null)));
    assertThat(c.killedFrom().low()).containsExactly("s1");
    assertThat(c.killedFrom().best()).containsExactly("s2");
    assertThat(c.killedFrom().high()).containsExactly("s3");
    assertThat(c.injuredFrom().best()).isEmpty();
    assertThat(c.independentSources()).isEqualTo(4);
  }

  @Test
  void lowBestHighAreOrderedForAnySetOfReports() {
    Random random = new Random(20261207L);
    for (int round = 0; round < 20_000; round++) {
      int n = 1 + random.nextInt(8);
      List<SourceReport> sources = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        String doc = "d" + random.nextInt(4);
        String reprint = random.nextInt(4) == 0 ? "wire:" + random.nextInt(2) : null;
        sources.add(report("s" + k, doc, randomCount(random), reprint));
      }
      Corroborated c = reconciler.reconcile("i", sources);
      FigureEstimate e = c.killed();
      String why = sources.toString();
      boolean stated = sources.stream().anyMatch(s -> Corroborated.point(s.killed()) != null);
      assertThat(e.best() != null).as(why).isEqualTo(stated);
      if (!stated) {
        continue;
      }
      assertThat(e.low()).as(why).isLessThanOrEqualTo(e.best());
      assertThat(e.best()).as(why).isLessThanOrEqualTo(e.high());
      // best and high are figures some report states; low is a lower bound some report states.
      assertThat(sources.stream().map(s -> Corroborated.point(s.killed())))
          .as(why)
          .contains(e.best(), e.high());
      assertThat(c.killedFrom().low()).as(why).isNotEmpty();
      assertThat(c.killedFrom().best()).as(why).isNotEmpty();
      assertThat(c.killedFrom().high()).as(why).isNotEmpty();
      // No report's vague figure undercuts a precise one of its own document: best is at least the
      // smallest precise figure when every document that states a number states a precise one.
      for (SourceReport s : sources) {
        Count k = s.killed();
        if (k != null && k.max() == null && k.min() != null) {
          boolean precise =
              sources.stream()
                  .anyMatch(
                      o ->
                          o.documentId().equals(s.documentId())
                              && o.killed() != null
                              && o.killed().max() != null
                              && o.killed().max() > k.min());
          if (precise) {
            assertThat(c.killedFrom().low()).as(why).doesNotContain(s.sourceId());
            assertThat(c.killedFrom().best()).as(why).doesNotContain(s.sourceId());
          }
        }
      }
    }
  }

  @Test
  void sameResultInAnyOrder() {
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      List<SourceReport> sources = new ArrayList<>();
      for (int k = 0; k < 6; k++) {
        sources.add(report("s" + k, "d" + random.nextInt(3), randomCount(random), null));
      }
      List<SourceReport> shuffled = new ArrayList<>(sources);
      java.util.Collections.shuffle(shuffled, random);
      assertThat(reconciler.reconcile("i", shuffled)).isEqualTo(reconciler.reconcile("i", sources));
    }
  }

  @Test
  void lowerMedianTable() {
    Object[][] table = {
      {List.of(), null}, {List.of(5), 5}, {List.of(40, 30), 30}, {List.of(3, 1, 2), 2},
    };
    for (Object[] row : table) {
      @SuppressWarnings("unchecked")
      List<Integer> v = (List<Integer>) row[0];
      assertThat(Reconciler.lowerMedian(v)).as(v.toString()).isEqualTo(row[1]);
    }
  }

  private static Count randomCount(Random r) {
    return switch (r.nextInt(6)) {
      case 0 -> null;
      case 1 -> new Count(null, null, "dozens");
      case 2 -> Count.atLeast(r.nextInt(30), "at least");
      case 3 -> new Count(null, r.nextInt(30), "up to");
      default -> {
        int min = r.nextInt(30);
        yield new Count(min, min + r.nextInt(3) * r.nextInt(10), "figure");
      }
    };
  }
}

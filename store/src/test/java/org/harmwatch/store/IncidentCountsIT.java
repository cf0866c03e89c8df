package org.harmwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.core.store.Page;
import org.junit.jupiter.api.Test;

/** The aggregates and the benchmark's list on synthetic incidents agree with counting by hand. */
class IncidentCountsIT {
  @Test
  void countsByMonthAndDivisionMatchTheIncidentsThemselves() {
    try (Database db =
        Database.open(
            DatabaseSettings.h2Memory("t" + UUID.randomUUID().toString().replace("-", "")))) {
      StoreBenchmark bench = new StoreBenchmark(db);
      bench.generate(4000, 1500, (done, total) -> {});
      assertThat(bench.syntheticIncidents()).isEqualTo(4000);
      assertThat(bench.realRows()).isZero();

      JdbcIncidentStore store = new JdbcIncidentStore(db);
      Map<Integer, Long> months = new HashMap<>();
      Map<String, Long> divisions = new HashMap<>();
      IncidentQuery all =
          new IncidentQuery(
              LocalDate.of(2023, 1, 1),
              LocalDate.of(2023, 12, 31),
              "ML",
              null,
              null,
              null,
              null,
              null,
              1000,
              0);
      for (int offset = 0; ; offset += 1000) {
        Page<Incident> page = store.search(all.page(1000, offset));
        for (Incident i : page.items()) {
          if (i.date().start().getYear() == 2023) {
            months.merge(i.date().start().getMonthValue(), 1L, Long::sum);
            divisions.merge(i.location().admin1(), 1L, Long::sum);
          }
        }
        if (page.items().size() < 1000) {
          break;
        }
      }
      IncidentCounts counts = new IncidentCounts(db);
      assertThat(counts.byMonth("ml", 2023)).isEqualTo(months).isNotEmpty();
      assertThat(counts.byAdmin1("ML", 2023)).isEqualTo(divisions);

      Page<Incident> list =
          store.search(StoreBenchmark.listQuery("ML", 2023, EventType.VIOLENCE_AGAINST_CIVILIANS));
      assertThat(list.total()).isPositive();
      List<LocalDate> starts = list.items().stream().map(i -> i.date().start()).toList();
      assertThat(starts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
      assertThat(list.items())
          .allSatisfy(i -> assertThat(i.location().countryCode()).isEqualTo("ML"));
      assertThat(bench.time("ML", 2023, EventType.VIOLENCE_AGAINST_CIVILIANS, 0, 2))
          .extracting(StoreBenchmark.Timing::rows)
          .containsExactly(
              list.total(),
              months.values().stream().mapToLong(Long::longValue).sum(),
              divisions.values().stream().mapToLong(Long::longValue).sum());
      assertThatThrownBy(() -> counts.byMonth("Mali", 2023))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Mali");
    }
  }
}

package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.core.store.TallyBy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The summaries and matching that {@code IncidentStore} computes by default (from whole incidents)
 * agree with the grouped SQL of the JDBC store, on the Sahel fixtures.
 */
class TallyDefaultsIT {
  @RegisterExtension final SahelServer sahel = new SahelServer();

  @Test
  void theDefaultSummariesAndMatchingAgreeWithTheDatabase() {
    InMemoryIncidentStore memory = new InMemoryIncidentStore();
    SahelFixtures.fill(memory);
    for (IncidentQuery q :
        List.of(
            IncidentQuery.all(5),
            new IncidentQuery(null, null, "ML", null, null, null, null, null, 5, 0),
            new IncidentQuery(null, null, null, null, null, "JNIM", null, null, 5, 0))) {
      for (TallyBy by : TallyBy.values()) {
        assertThat(memory.tally(q, by)).as(by + " of " + q).isEqualTo(sahel.store().tally(q, by));
      }
      List<String> memoryIds =
          memory.search(IncidentQuery.all(100)).items().stream().map(Incident::id).toList();
      List<String> dbIds =
          sahel.store().search(IncidentQuery.all(100)).items().stream().map(Incident::id).toList();
      assertThat(memory.matching(q, memoryIds)).hasSameSizeAs(sahel.store().matching(q, dbIds));
    }
  }
}

package org.harmwatch.web;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.model.SubEventType;
import org.harmwatch.core.pipeline.IngestResult;
import org.harmwatch.core.pipeline.IngestService;
import org.harmwatch.core.store.IncidentStore;

/**
 * An ingest service for tests: "extracts" one region-level attack from every document, dated in the
 * month it was published, and stores it. Counts calls. Thread-safe.
 */
final class FakeIngestService implements IngestService {
  private final IncidentStore store;
  private final AtomicInteger calls = new AtomicInteger();

  FakeIngestService(IncidentStore store) {
    this.store = store;
  }

  @Override
  public IngestResult ingest(Document document) {
    calls.incrementAndGet();
    LocalDate published =
        document.published() == null ? LocalDate.of(2024, 1, 1) : document.published();
    LocalDate month = published.withDayOfMonth(1);
    return store.save(
        document,
        List.of(
            SahelFixtures.incident(
                EventType.VIOLENCE_AGAINST_CIVILIANS,
                SubEventType.ATTACK,
                new IncidentDate(
                    month, month.plusMonths(1).minusDays(1), DatePrecision.MONTH, null),
                new Location(
                    "northern Burkina Faso",
                    "BF",
                    null,
                    null,
                    null,
                    null,
                    LocationPrecision.REGION,
                    null,
                    null),
                List.of(),
                Count.atLeast(1, null),
                new Evidence(0, document.text().length(), document.text(), List.of()))));
  }

  int calls() {
    return calls.get();
  }
}

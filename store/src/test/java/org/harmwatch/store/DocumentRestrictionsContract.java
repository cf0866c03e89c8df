package org.harmwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.harmwatch.core.account.Role;
import org.harmwatch.core.model.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The restrictions every request reads are kept in memory, and a change is seen at once when made
 * through the same instance or another one on the same {@link Database}; a change by another
 * process (another pool on the same database) within {@link Writes#OTHER_PROCESSES}, the database
 * not being asked in between; run against H2 and PostgreSQL.
 */
abstract class DocumentRestrictionsContract {
  private JdbcIncidentStore store;
  private JdbcDocumentRestrictions served;
  private JdbcDocumentRestrictions other;
  private Database db;
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

  /** A fresh, empty, migrated database. */
  protected abstract Database openDatabase();

  @BeforeEach
  void open() {
    db = openDatabase();
    store = new JdbcIncidentStore(db);
    for (String id : List.of("report-1", "report-2")) {
      store.save(Document.ofText(id, id, LocalDate.of(2024, 5, 2), "Words of " + id), List.of());
    }
    served = new JdbcDocumentRestrictions(db, ticking(), nanos::get);
    other = new JdbcDocumentRestrictions(db, ticking());
  }

  @AfterEach
  void close() {
    store.close();
  }

  // A second a call, as a wall clock between two requests.
  private static Clock ticking() {
    AtomicLong seconds = new AtomicLong(1_700_000_000L);
    return new Clock() {
      @Override
      public Instant instant() {
        return Instant.ofEpochSecond(seconds.incrementAndGet());
      }

      @Override
      public java.time.ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }
    };
  }

  @Test
  void anUnchangedTableIsNotReadAgain() {
    served.restrict("report-1", Set.of("bo"), Set.of(), "admin");
    assertThat(served.all()).isSameAs(served.all());
  }

  @Test
  void aChangeThroughTheSameInstanceIsSeenAtOnce() {
    assertThat(served.all()).isEmpty();
    served.restrict("report-1", Set.of("bo"), Set.of(), "admin");
    assertThat(served.all().get("report-1").users()).containsExactly("bo");
    served.restrict("report-1", Set.of("cy"), Set.of(), "admin");
    assertThat(served.all().get("report-1").users()).containsExactly("cy");
    served.lift("report-1");
    assertThat(served.all()).isEmpty();
  }

  @Test
  void anotherProcessChangeIsSeenWithinItsLagWithoutAskingTheDatabaseMeanwhile() {
    assertThat(served.all()).isEmpty();
    try (Database otherProcess = Database.open(db.settings())) {
      new JdbcDocumentRestrictions(otherProcess, ticking())
          .restrict("report-1", Set.of("bo"), Set.of(), "admin");
      nanos.addAndGet(Writes.OTHER_PROCESSES.toNanos() - 1);
      assertThat(served.all()).isEmpty();
      nanos.addAndGet(1);
      assertThat(served.all()).containsOnlyKeys("report-1");
    }
  }

  @Test
  void aChangeThroughAnotherInstanceIsSeenByTheNextRead() {
    assertThat(served.all()).isEmpty();
    other.restrict("report-1", Set.of("bo"), Set.of(), "admin");
    assertThat(served.all()).containsOnlyKeys("report-1");
    // The same number of rows, other readers: seen by the time of the change.
    other.restrict("report-1", Set.of("cy"), Set.of(), "admin");
    assertThat(served.all().get("report-1").users()).containsExactly("cy");
    other.restrict("report-2", Set.of(), Set.of(Role.ANALYST), "admin");
    assertThat(served.all()).containsOnlyKeys("report-1", "report-2");
    other.lift("report-1");
    assertThat(served.all()).containsOnlyKeys("report-2");
    other.lift("report-2");
    assertThat(served.all()).isEmpty();
  }
}

package org.harmwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.DocumentRef;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.store.IncidentQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The totals of incident lists are counted once and counted again after a write (migration V26's
 * indexes serve the list's order); run against H2 and PostgreSQL.
 */
abstract class ListTotalsContract {
  private Database database;
  private Database otherProcess;
  private JdbcIncidentStore store;
  private JdbcIncidentStore otherStore;
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

  /** A fresh, empty, migrated database. */
  protected abstract Database openDatabase();

  @BeforeEach
  void open() {
    database = openDatabase();
    store = new JdbcIncidentStore(database, null, nanos::get);
    // A second pool on the same database stands for another process: its writes are not counted
    // by the first one's pool.
    otherProcess = Database.open(database.settings());
    otherStore = new JdbcIncidentStore(otherProcess);
  }

  @AfterEach
  void close() {
    otherProcess.close();
    store.close();
  }

  private static final IncidentQuery ALL = IncidentQuery.all(1);

  private static Document report(String id, int day) {
    return Document.ofText(
        id, "Report " + id, LocalDate.of(2024, 5, day), "Words of report " + id + ".");
  }

  private static List<Incident> incidents(Document d, int n) {
    List<Incident> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          new Incident(
              null,
              DocumentRef.of(d),
              EventType.VIOLENCE_AGAINST_CIVILIANS,
              null,
              IncidentDate.day(d.published().minusDays(i), null),
              new Location(
                  "Town " + i,
                  "ML",
                  "Region",
                  null,
                  null,
                  null,
                  LocationPrecision.COUNTRY,
                  null,
                  null),
              List.of(),
              List.of(),
              Casualties.NONE,
              List.of(),
              List.of(),
              List.of(),
              0.5,
              null));
    }
    return out;
  }

  @Test
  void aTotalIsKeptUntilThisProcessWritesIncidents() {
    Document a = report("a", 10);
    store.save(a, incidents(a, 2));
    assertThat(store.search(ALL).total()).isEqualTo(2);
    Document b = report("b", 11);
    otherStore.save(b, incidents(b, 3));
    // Kept: the other process's rows are listed, not yet counted (no count per request).
    assertThat(store.search(ALL).total()).isEqualTo(2);
    assertThat(store.summaries(ALL, 10).total()).isEqualTo(2);
    Document c = report("c", 12);
    store.save(c, incidents(c, 1));
    assertThat(store.search(ALL).total()).isEqualTo(6);
    assertThat(store.summaries(ALL, 10).total()).isEqualTo(6);
  }

  @Test
  void aReviewChangeCountsAgain() {
    Document a = report("a", 10);
    List<Incident> saved = store.save(a, incidents(a, 3)).incidents();
    IncidentQuery mali = new IncidentQuery(null, null, "ML", null, null, null, null, null, 10, 0);
    assertThat(store.search(mali).total()).isEqualTo(3);
    new JdbcReviewStore(database).delete(saved.get(0).id(), "ana", "a duplicate");
    assertThat(store.search(mali).total()).isEqualTo(2);
    assertThat(store.search(mali).items()).hasSize(2);
  }

  @Test
  void anotherProcessWriteIsCountedWithinItsLag() {
    Document a = report("a", 10);
    store.save(a, incidents(a, 1));
    assertThat(store.search(ALL).total()).isEqualTo(1);
    Document b = report("b", 11);
    otherStore.save(b, incidents(b, 2));
    nanos.addAndGet(Writes.OTHER_PROCESSES.minus(Duration.ofMillis(1)).toNanos());
    assertThat(store.search(ALL).total()).isEqualTo(1);
    nanos.addAndGet(Duration.ofMillis(1).toNanos());
    assertThat(store.search(ALL).total()).isEqualTo(3);
  }

  @Test
  void filtersAreCountedApart() {
    Document a = report("a", 10);
    store.save(a, incidents(a, 2));
    IncidentQuery mali = new IncidentQuery(null, null, "ML", null, null, null, null, null, 10, 0);
    IncidentQuery niger = new IncidentQuery(null, null, "NE", null, null, null, null, null, 10, 0);
    assertThat(store.search(mali).total()).isEqualTo(2);
    assertThat(store.search(niger).total()).isZero();
    assertThat(store.search(ALL.page(1, 1)).total()).isEqualTo(2);
  }

  @Test
  void theListsPagesAreReadInTheOrderOfAnIndex() throws SQLException {
    boolean postgres = database.settings().isPostgres();
    IncidentQuery all = IncidentQuery.all(50).page(50, 500);
    IncidentQuery mali = new IncidentQuery(null, null, "ML", null, null, null, null, null, 50, 500);
    IncidentQuery battles =
        new IncidentQuery(null, null, null, null, EventType.BATTLES, null, null, null, 50, 500);
    IncidentQuery both =
        new IncidentQuery(null, null, "ML", null, EventType.BATTLES, null, null, null, 50, 500);
    try (Connection c = database.dataSource().getConnection();
        Statement s = c.createStatement()) {
      if (postgres) {
        // An empty table is read whole by choice; forbidden that, the plan shows which index
        // gives the order without a sort.
        s.execute("SET enable_seqscan = off");
        s.execute("SET enable_sort = off");
      }
      for (Object[] check :
          new Object[][] {
            {all, "", "incidents_list_order"},
            {mali, " AND i.country_code = 'ML'", "incidents_country_list_order"},
            {battles, " AND i.event_type = 'battles'", "incidents_type_list_order"},
            {
              both,
              " AND i.country_code = 'ML' AND i.event_type = 'battles'",
              "incidents_country_type_start"
            }
          }) {
        String sql =
            "SELECT i.id FROM incidents i WHERE 1=1 AND i.review_status NOT IN ('deleted',"
                + " 'merged')"
                + check[1]
                + IncidentSearch.orderBy((IncidentQuery) check[0])
                + " LIMIT 50 OFFSET 500";
        String plan = plan(s, sql);
        if (postgres) {
          // With no rows to weigh, PostgreSQL may take any index in the list's order.
          assertThat(plan)
              .as(sql)
              .containsPattern("Index (Only )?Scan using incidents_")
              .doesNotContain("Sort");
        } else {
          assertThat(plan).as(sql).contains((String) check[2]).contains("index sorted");
        }
      }
    }
  }

  private static String plan(Statement s, String sql) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
      while (rs.next()) {
        out.append(rs.getString(1)).append('\n');
      }
    }
    return out.toString();
  }
}

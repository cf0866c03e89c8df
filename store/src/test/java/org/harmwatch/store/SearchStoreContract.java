package org.harmwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.review.ReviewStatus;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.core.store.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Full-text search through the store: Lucene hits combined with the structured filters, kept in
 * step with saves and corrections, rebuilt when behind. Run on H2 and PostgreSQL.
 */
abstract class SearchStoreContract {
  private Database database;
  private LuceneIndex index;
  private TextIndexer indexer;
  private JdbcIncidentStore store;
  private JdbcReviewStore review;

  /** A fresh, empty, migrated database. */
  protected abstract Database openDatabase();

  @BeforeEach
  void open() {
    database = openDatabase();
    index = LuceneIndex.inMemory();
    indexer = new TextIndexer(database, index);
    store = new JdbcIncidentStore(database, indexer);
    review = new JdbcReviewStore(database, List.of(indexer));
  }

  @AfterEach
  void close() {
    index.close();
    store.close();
  }

  private void saveBoth() {
    Document a = IncidentStoreContract.raidDoc();
    Document b = IncidentStoreContract.strikeDoc();
    store.save(a, List.of(IncidentStoreContract.raid(a), IncidentStoreContract.regionOnly(a)));
    store.save(b, List.of(IncidentStoreContract.strike(b)));
  }

  private List<String> subTypes(String text, String country, EventType type) {
    IncidentQuery q = new IncidentQuery(null, null, country, null, type, null, text, null, 100, 0);
    return store.search(q).items().stream().map(i -> i.subEventType().code()).toList();
  }

  @Test
  void textQueriesUseStemmingInBothLanguages() {
    saveBoth();
    assertThat(subTypes("drones", null, null)).containsExactly("air_drone_strike");
    assertThat(subTypes("weddings", null, null)).containsExactly("air_drone_strike");
    assertThat(subTypes("arrêtés", null, null)).containsExactly("attack");
    assertThat(subTypes("\"paramilitaires russes\"", null, null)).containsExactly("attack");
    assertThat(subTypes("\"russes paramilitaires\"", null, null)).isEmpty();
    assertThat(subTypes("Diafarabé", null, null))
        .containsExactlyInAnyOrder("attack", "abduction_forced_disappearance");
  }

  @Test
  void textIsCombinedWithEveryStructuredFilter() {
    saveBoth();
    assertThat(subTypes("civilians OR hommes", null, null)).hasSize(2);
    assertThat(subTypes("civilians OR hommes", "BF", null)).containsExactly("air_drone_strike");
    assertThat(subTypes("civilians OR hommes", "ML", null)).containsExactly("attack");
    assertThat(subTypes("civilians OR hommes", "ML", EventType.EXPLOSIONS_REMOTE_VIOLENCE))
        .isEmpty();
    IncidentQuery datesAndKilled =
        new IncidentQuery(
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 2, 28),
            null,
            null,
            null,
            null,
            "civilians OR hommes",
            null,
            null,
            null,
            5,
            null,
            100,
            0);
    assertThat(store.search(datesAndKilled).items())
        .extracting(i -> i.subEventType().code())
        .containsExactly("air_drone_strike");
  }

  @Test
  void pagesOfTextHitsCarryTheTotal() {
    saveBoth();
    IncidentQuery q =
        new IncidentQuery(null, null, null, null, null, null, "Diafarabé", null, 1, 1);
    Page<Incident> page = store.search(q);
    assertThat(page.total()).isEqualTo(2);
    assertThat(page.items()).hasSize(1);
    assertThat(store.search(q.page(10, 5)).items()).isEmpty();
  }

  @Test
  void deletedIncidentsStayOutOfTextSearches() {
    saveBoth();
    String strikeId =
        store.search(IncidentQuery.all(10)).items().stream()
            .filter(i -> i.subEventType().code().equals("air_drone_strike"))
            .findFirst()
            .orElseThrow()
            .id();
    review.delete(strikeId, "ana", "duplicate");
    assertThat(subTypes("drone", null, null)).isEmpty();
    IncidentQuery deleted =
        new IncidentQuery(
            null,
            null,
            null,
            null,
            null,
            null,
            "drone",
            null,
            ReviewStatus.DELETED,
            null,
            null,
            null,
            10,
            0);
    assertThat(store.search(deleted).items()).extracting(Incident::id).containsExactly(strikeId);
  }

  @Test
  void correctionsAreSearchableAtOnce() {
    saveBoth();
    String raidId = JdbcIncidentStore.incidentId(IncidentStoreContract.raidDoc().sha256(), 0);
    assertThat(subTypes("Tombouctou", null, null)).isEmpty();
    review.correct(
        raidId,
        "location",
        "{\"name\":\"Tombouctou\",\"country_code\":\"ML\",\"admin1\":\"Tombouctou\","
            + "\"precision\":\"admin1\",\"text\":\"à Tombouctou\"}",
        "ana",
        "the report names Tombouctou");
    assertThat(subTypes("Tombouctou", null, null)).containsExactly("attack");
  }

  @Test
  void anIndexBehindTheDatabaseIsRebuilt() {
    saveBoth();
    indexer.finish();
    assertThat(indexer.inStep()).isTrue();
    // Written without the index, as by a process killed before it could index.
    JdbcIncidentStore bare = new JdbcIncidentStore(database);
    Document other =
        Document.ofText("other", "Massacre à Ogossagou", LocalDate.of(2024, 4, 1), "Village.");
    bare.save(other, List.of());
    assertThat(indexer.inStep()).isFalse();
    assertThat(index.documents("Ogossagou", 10, 0).total()).isZero();
    assertThat(indexer.ensureInStep((done, total) -> {})).isTrue();
    assertThat(indexer.inStep()).isTrue();
    assertThat(index.documents("Ogossagou", 10, 0).total()).isEqualTo(1);
    assertThat(index.documentCount()).isEqualTo(3);
    assertThat(index.incidentCount()).isEqualTo(3);
    assertThat(subTypes("drones", null, null)).containsExactly("air_drone_strike");
    assertThat(indexer.ensureInStep((done, total) -> {})).isFalse();
  }

  @Test
  void badTextQueriesAreRefusedByName() {
    saveBoth();
    assertThatThrownBy(() -> subTypes("\"drone", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"drone");
  }

  @Test
  void scanningTheMatchesAndProbingTheHitsGiveTheSameLists() {
    // Twelve reports of two kinds; titles repeat "attaque" so that the hits rank differently.
    for (int n = 0; n < 12; n++) {
      boolean raid = n % 3 != 0;
      String title = "Attaque " + "attaque ".repeat(n % 4) + "report " + n;
      Document d =
          Document.ofText(
              "many-" + n,
              title,
              LocalDate.of(2024, 3, 6),
              (raid ? IncidentStoreContract.RAID_TEXT : IncidentStoreContract.STRIKE_TEXT)
                  + " Report "
                  + n
                  + ".");
      store.save(
          d, List.of(raid ? IncidentStoreContract.raid(d) : IncidentStoreContract.strike(d)));
    }
    IncidentSearch scan =
        new IncidentSearch(
            database.dataSource(),
            indexer,
            new ListTotals(database.writes(), System::nanoTime),
            Long.MAX_VALUE / 1_000_000);
    IncidentSearch probe =
        new IncidentSearch(
            database.dataSource(), indexer, new ListTotals(database.writes(), System::nanoTime), 0);
    int compared = 0;
    for (String text : List.of("attaque", "attaque OR drone", "report", "Djibo")) {
      for (String country : java.util.Arrays.asList(null, "ML", "BF")) {
        for (EventType type : java.util.Arrays.asList(null, EventType.VIOLENCE_AGAINST_CIVILIANS)) {
          for (int offset : new int[] {0, 3, 40}) {
            IncidentQuery q =
                new IncidentQuery(null, null, country, null, type, null, text, null, 3, offset);
            Page<Incident> byStore = store.search(q);
            Page<Incident> byScan = scan.search(q);
            Page<Incident> byProbe = probe.search(q);
            assertThat(byScan.total()).as("%s", q).isEqualTo(byProbe.total());
            assertThat(byScan.items())
                .extracting(Incident::id)
                .as("%s", q)
                .containsExactlyElementsOf(byProbe.items().stream().map(Incident::id).toList());
            assertThat(byStore.items())
                .extracting(Incident::id)
                .as("%s", q)
                .containsExactlyElementsOf(byProbe.items().stream().map(Incident::id).toList());
            compared += byProbe.items().size();
          }
        }
      }
    }
    // Not a comparison of empty lists: "attaque" alone finds every report, eight of them raids.
    assertThat(compared).isGreaterThan(40);
    IncidentQuery raids =
        new IncidentQuery(null, null, "ML", null, null, null, "attaque", null, 3, 0);
    assertThat(scan.search(raids).total()).isEqualTo(8);
  }
}

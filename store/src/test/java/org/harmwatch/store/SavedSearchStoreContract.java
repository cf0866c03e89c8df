package org.harmwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.account.Role;
import org.harmwatch.core.alert.SavedSearch;
import org.harmwatch.core.alert.SearchHit;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.core.store.Tally;
import org.harmwatch.core.store.TallyBy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of {@link JdbcSavedSearchStore} (migration V21) and of the summaries and matching
 * of {@link JdbcIncidentStore} that the finding pages and the watch read; run against H2 and
 * PostgreSQL.
 */
abstract class SavedSearchStoreContract {
  private static final Instant T0 = Instant.parse("2026-12-01T06:00:00Z");

  /** A fresh, empty, migrated database; called before each test. */
  protected abstract Database openDatabase();

  private Database database;
  private JdbcSavedSearchStore searches;
  private JdbcIncidentStore store;

  @BeforeEach
  void open() {
    database = openDatabase();
    searches = new JdbcSavedSearchStore(database);
    store = new JdbcIncidentStore(database);
    JdbcAccountStore accounts = new JdbcAccountStore(database);
    accounts.createUser("ana", "x", Role.ANALYST, T0, false);
    accounts.createUser("bo", "x", Role.VIEWER, T0, false);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void searchesArePerUserNamedOnceAndDeletedOnlyByTheirOwner() {
    SavedSearch mali = searches.create("ana", "Mali", "country=ML", T0);
    SavedSearch strikes = searches.create("ana", "Air strikes", "event_type=x", T0);
    searches.create("bo", "Mali", "country=ML&actor=Wagner", T0);
    assertThat(searches.searches("ana")).containsExactly(strikes, mali);
    assertThat(searches.all()).hasSize(3);
    assertThatThrownBy(() -> searches.create("ana", "Mali", "country=BF", T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already have a saved search named 'Mali'");
    assertThat(searches.delete("bo", mali.id())).isFalse();
    assertThat(searches.delete("ana", mali.id())).isTrue();
    assertThat(searches.searches("ana")).containsExactly(strikes);
    assertThat(searches.searches("bo"))
        .extracting(SavedSearch::query)
        .containsExactly("country=ML&actor=Wagner");
  }

  @Test
  void hitsAreRecordedOnceAndListedSinceTheLastVisit() {
    SavedSearch s = searches.create("ana", "Mali", "country=ML", T0);
    SavedSearch other = searches.create("bo", "All", "", T0);
    assertThat(searches.recordHits(s.id(), List.of("i1", "i2", "i1"), T0.plusSeconds(10)))
        .containsExactly("i1", "i2");
    assertThat(searches.recordHits(s.id(), List.of("i2", "i3"), T0.plusSeconds(20)))
        .containsExactly("i3");
    searches.recordHits(other.id(), List.of("i1"), T0.plusSeconds(20));
    assertThat(searches.hitsSince("ana", null))
        .extracting(SearchHit::incidentId)
        .containsExactly("i3", "i1", "i2");
    assertThat(searches.lastVisit("ana")).isEmpty();
    searches.visited("ana", T0.plusSeconds(15));
    searches.visited("ana", T0.plusSeconds(10));
    assertThat(searches.lastVisit("ana")).contains(T0.plusSeconds(10));
    assertThat(searches.hitsSince("ana", T0.plusSeconds(10)))
        .containsExactly(new SearchHit(s.id(), "Mali", "i3", T0.plusSeconds(20)));
    searches.delete("ana", s.id());
    assertThat(searches.hitsSince("ana", null)).isEmpty();
    assertThat(searches.hitsSince("bo", null)).hasSize(1);
  }

  @Test
  void aWebhookIsSetReplacedAndRemoved() {
    assertThat(searches.webhook("ana")).isEmpty();
    searches.setWebhook("ana", "https://hooks.example/a");
    searches.setWebhook("ana", "https://hooks.example/b");
    assertThat(searches.webhook("ana")).contains("https://hooks.example/b");
    assertThat(searches.webhook("bo")).isEmpty();
    searches.setWebhook("ana", null);
    assertThat(searches.webhook("ana")).isEmpty();
  }

  @Test
  void summariesCountIncidentsAndAddTheirReconciledKilledFigures() {
    Document raid = IncidentStoreContract.raidDoc();
    Document strike = IncidentStoreContract.strikeDoc();
    Document other =
        Document.ofText("other", "Other", LocalDate.of(2024, 3, 9), "A third report text.");
    store.save(raid, List.of(IncidentStoreContract.raid(raid)));
    store.save(strike, List.of(IncidentStoreContract.strike(strike)));
    store.save(other, List.of(IncidentStoreContract.regionOnly(other)));
    IncidentQuery all = IncidentQuery.all(10);

    assertThat(store.tally(all, TallyBy.MONTH))
        .containsExactly(
            new Tally("2024-02", null, 1, 1, 9, 9, 9),
            new Tally("2024-03", null, 1, 1, 25, 25, 25),
            new Tally(null, null, 1, 0, 0, 0, 0));
    assertThat(store.tally(all, TallyBy.ADMIN1))
        .containsExactly(
            new Tally("Mopti", "ML", 1, 1, 25, 25, 25),
            new Tally("Sahel", "BF", 1, 1, 9, 9, 9),
            new Tally(null, "ML", 1, 0, 0, 0, 0));
    assertThat(store.tally(all, TallyBy.ACTOR))
        .containsExactly(
            new Tally("Civilians", null, 2, 2, 34, 34, 34),
            new Tally("Military Forces of Mali", null, 1, 1, 25, 25, 25),
            new Tally("Unidentified Armed Group", null, 1, 0, 0, 0, 0),
            new Tally("Wagner Group", null, 1, 1, 25, 25, 25));
    IncidentQuery mali = new IncidentQuery(null, null, "ML", null, null, null, null, null, 10, 0);
    assertThat(store.tally(mali, TallyBy.ACTOR))
        .extracting(Tally::key)
        .containsExactly(
            "Civilians", "Military Forces of Mali", "Unidentified Armed Group", "Wagner Group");
  }

  @Test
  void matchingTellsWhichOfTheGivenIncidentsAQueryFinds() {
    Document raid = IncidentStoreContract.raidDoc();
    Document strike = IncidentStoreContract.strikeDoc();
    String raidId =
        store.save(raid, List.of(IncidentStoreContract.raid(raid))).incidents().get(0).id();
    String strikeId =
        store.save(strike, List.of(IncidentStoreContract.strike(strike))).incidents().get(0).id();
    IncidentQuery wagner =
        new IncidentQuery(null, null, null, null, null, "wagner", null, null, 10, 0);
    IncidentQuery remote =
        new IncidentQuery(
            null, null, null, null, EventType.EXPLOSIONS_REMOTE_VIOLENCE, null, null, null, 10, 0);
    List<String> both = List.of(strikeId, raidId, "nope");
    assertThat(store.matching(wagner, both)).containsExactly(raidId);
    assertThat(store.matching(remote, both)).containsExactly(strikeId);
    assertThat(store.matching(IncidentQuery.all(1), both)).containsExactly(strikeId, raidId);
    assertThat(store.matching(wagner, List.of())).isEmpty();
    Incident stored = store.incident(raidId).orElseThrow();
    assertThat(stored.location().admin1()).isEqualTo("Mopti");
  }
}

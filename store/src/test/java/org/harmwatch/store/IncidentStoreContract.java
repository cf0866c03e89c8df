package org.harmwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.DocumentRef;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.model.Provenance;
import org.harmwatch.core.model.SubEventType;
import org.harmwatch.core.pipeline.IngestResult;
import org.harmwatch.core.store.BoundingBox;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.core.store.IncidentSummary;
import org.harmwatch.core.store.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link IncidentStore} must have; run against H2 and PostgreSQL. */
abstract class IncidentStoreContract {
  private JdbcIncidentStore store;

  /** A fresh, empty, migrated database; called before each test. */
  protected abstract Database openDatabase();

  @BeforeEach
  void open() {
    store = new JdbcIncidentStore(openDatabase());
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** The fresh, empty store of the test. */
  protected IncidentStore store() {
    return store;
  }

  static final String RAID_TEXT =
      "Des soldats maliens et des paramilitaires russes ont arrêté 25 hommes à Diafarabé le 3"
          + " mars 2024. Leurs corps ont été retrouvés le lendemain, selon des sources locales.";
  static final String STRIKE_TEXT =
      "A drone strike on a wedding near Djibo killed at least 9 civilians on 16 February 2024,"
          + " Human Rights Watch said. Twelve guests were wounded.";

  static Document raidDoc() {
    return Document.ofText(
        "raid-fr", "Arrestations à Diafarabé", LocalDate.of(2024, 3, 6), RAID_TEXT);
  }

  static Document strikeDoc() {
    return Document.ofText("strike-en", "Wedding strike", LocalDate.of(2024, 2, 20), STRIKE_TEXT);
  }

  static Incident raid(Document d) {
    return new Incident(
        null,
        DocumentRef.of(d),
        EventType.VIOLENCE_AGAINST_CIVILIANS,
        SubEventType.ATTACK,
        IncidentDate.day(LocalDate.of(2024, 3, 3), "le 3 mars 2024"),
        new Location(
            "Diafarabé",
            "ML",
            "Mopti",
            "Tenenkou",
            14.15,
            -4.98,
            LocationPrecision.PLACE,
            2459018L,
            "à Diafarabé"),
        List.of(
            new Actor("Military Forces of Mali", ActorType.STATE_FORCES, "soldats maliens"),
            new Actor("Wagner Group", ActorType.EXTERNAL_FORCES, "paramilitaires russes")),
        List.of(Actor.civilians("hommes")),
        new Casualties(
            Count.exactly(25, "Leurs corps"),
            null,
            Count.exactly(25, "arrêté 25 hommes"),
            null,
            Count.exactly(25, "Leurs corps"),
            null,
            null),
        List.of("firearm"),
        List.of("local sources"),
        List.of(new Evidence(0, 95, RAID_TEXT.substring(0, 95), List.of("casualties.detained"))),
        0.8,
        new Provenance("rules-test", "gaz-test", "actors-test"));
  }

  static Incident strike(Document d) {
    return new Incident(
        null,
        DocumentRef.of(d),
        EventType.EXPLOSIONS_REMOTE_VIOLENCE,
        SubEventType.AIR_DRONE_STRIKE,
        new IncidentDate(
            LocalDate.of(2024, 2, 16),
            LocalDate.of(2024, 2, 16),
            DatePrecision.DAY,
            "on 16 February 2024"),
        new Location(
            "Djibo",
            "BF",
            "Sahel",
            null,
            14.10,
            -1.63,
            LocationPrecision.PLACE,
            2361373L,
            "near Djibo"),
        List.of(),
        List.of(Actor.civilians("civilians")),
        new Casualties(
            Count.atLeast(9, "at least 9"), new Count(12, 12, "Twelve"), null, null, null, null),
        List.of("drone"),
        List.of("Human Rights Watch"),
        List.of(new Evidence(0, 40, STRIKE_TEXT.substring(0, 40), List.of())),
        0.7,
        null);
  }

  static Incident regionOnly(Document d) {
    return new Incident(
        null,
        DocumentRef.of(d),
        EventType.VIOLENCE_AGAINST_CIVILIANS,
        SubEventType.ABDUCTION_FORCED_DISAPPEARANCE,
        null,
        new Location(
            "central Mali",
            "ML",
            null,
            null,
            null,
            null,
            LocationPrecision.REGION,
            null,
            "central Mali"),
        List.of(new Actor("Unidentified Armed Group", ActorType.UNKNOWN, "gunmen")),
        List.of(),
        Casualties.NONE,
        List.of(),
        List.of(),
        List.of(),
        0.5,
        null);
  }

  private static String json(Incident i) {
    return ExchangeJson.toLine(i.withId(null));
  }

  @Test
  void savedIncidentsComeBackFieldForField() {
    Document d = raidDoc();
    IngestResult r = store().save(d, List.of(raid(d), regionOnly(d)));
    assertThat(r.created()).isTrue();
    assertThat(r.incidents()).hasSize(2);
    assertThat(json(r.incidents().get(0))).isEqualTo(json(raid(d)));
    assertThat(json(r.incidents().get(1))).isEqualTo(json(regionOnly(d)));
    String id = r.incidents().get(0).id();
    assertThat(id).isEqualTo(JdbcIncidentStore.incidentId(d.sha256(), 0));
    assertThat(store().incident(id)).map(IncidentStoreContract::json).contains(json(raid(d)));
    assertThat(store().documentsOfIncident(id)).containsExactly("raid-fr");
  }

  @Test
  void summariesAreTheSearchResultsInTheirOrderWithTheirFields() {
    Document raid = raidDoc();
    Document strike = strikeDoc();
    store().save(raid, List.of(raid(raid), regionOnly(raid)));
    store().save(strike, List.of(strike(strike)));
    IncidentQuery all = IncidentQuery.all(100);
    List<Incident> whole = store().search(all).items();
    Page<IncidentSummary> sums = store().summaries(all, 50);
    assertThat(sums.total()).isEqualTo(3);
    assertThat(sums.items())
        .containsExactlyElementsOf(whole.stream().map(IncidentSummary::of).toList());
    // Filters apply and max cuts the list but not the total.
    Page<IncidentSummary> one = store().summaries(all, 1);
    assertThat(one.items()).hasSize(1);
    assertThat(one.total()).isEqualTo(3);
    assertThat(one.items().get(0)).isEqualTo(sums.items().get(0));
    String cc = whole.get(0).location().countryCode();
    IncidentQuery inCountry =
        new IncidentQuery(null, null, cc, null, null, null, null, null, 100, 0);
    assertThat(store().summaries(inCountry, 50).items())
        .allSatisfy(x -> assertThat(x.countryCode()).isEqualTo(cc));
  }

  @Test
  void documentsKeepTheirOriginalBytesAndMetadata() {
    Document d = raidDoc();
    store().save(d, List.of());
    Document back = store().document("raid-fr").orElseThrow();
    assertThat(back.original()).isEqualTo(RAID_TEXT.getBytes(StandardCharsets.UTF_8));
    assertThat(back.text()).isEqualTo(RAID_TEXT);
    assertThat(back.sha256()).isEqualTo(d.sha256());
    assertThat(back.published()).isEqualTo(LocalDate.of(2024, 3, 6));
    assertThat(back.capturedAt()).isNotNull();
    assertThat(store().documentBySha256(d.sha256())).isPresent();
    assertThat(store().incidentsOfDocument("raid-fr")).isEmpty();
  }

  @Test
  void savingTheSameOriginalTwiceStoresItOnce() {
    Document d = strikeDoc();
    IngestResult first = store().save(d, List.of(strike(d)));
    Document sameText = Document.ofText("other-id", "copy", null, STRIKE_TEXT);
    IngestResult second = store().save(sameText, List.of(strike(sameText), strike(sameText)));
    assertThat(second.created()).isFalse();
    assertThat(second.documentId()).isEqualTo("strike-en");
    assertThat(second.incidents())
        .extracting(Incident::id)
        .containsExactlyElementsOf(first.incidents().stream().map(Incident::id).toList());
    assertThat(store().documentCount()).isEqualTo(1);
    assertThat(store().incidentCount()).isEqualTo(1);
  }

  @Test
  void anIdTakenByAnotherTextIsRefusedByName() {
    store().save(strikeDoc(), List.of());
    Document clash = Document.ofText("strike-en", null, null, "A different text.");
    assertThatThrownBy(() -> store().save(clash, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("strike-en");
  }

  @Test
  void concurrentSavesOfOneDocumentStoreItOnce() throws InterruptedException, ExecutionException {
    Document d = raidDoc();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<IngestResult>> tasks = new ArrayList<>();
      for (int n = 0; n < 4; n++) {
        tasks.add(() -> store().save(d, List.of(raid(d))));
      }
      long created = 0;
      for (Future<IngestResult> f : pool.invokeAll(tasks)) {
        created += f.get().created() ? 1 : 0;
      }
      assertThat(created).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(store().documentCount()).isEqualTo(1);
    assertThat(store().incidentCount()).isEqualTo(1);
  }

  private List<String> subTypes(IncidentQuery q) {
    return store().search(q).items().stream().map(i -> i.subEventType().code()).toList();
  }

  private static IncidentQuery query(
      LocalDate from,
      LocalDate to,
      String country,
      String admin1,
      EventType type,
      String actor,
      String text,
      BoundingBox bbox) {
    return new IncidentQuery(from, to, country, admin1, type, actor, text, bbox, 100, 0);
  }

  @Test
  void filtersSelectIncidents() {
    Document a = raidDoc();
    Document b = strikeDoc();
    store().save(a, List.of(raid(a), regionOnly(a)));
    store().save(b, List.of(strike(b)));

    assertThat(subTypes(IncidentQuery.all(10)))
        .containsExactly("attack", "air_drone_strike", "abduction_forced_disappearance");
    assertThat(subTypes(query(LocalDate.of(2024, 3, 1), null, null, null, null, null, null, null)))
        .containsExactly("attack");
    assertThat(subTypes(query(null, LocalDate.of(2024, 2, 28), null, null, null, null, null, null)))
        .containsExactly("air_drone_strike");
    assertThat(subTypes(query(null, null, "bf", null, null, null, null, null)))
        .containsExactly("air_drone_strike");
    assertThat(subTypes(query(null, null, null, "MOPTI", null, null, null, null)))
        .containsExactly("attack");
    assertThat(
            subTypes(
                query(
                    null,
                    null,
                    null,
                    null,
                    EventType.EXPLOSIONS_REMOTE_VIOLENCE,
                    null,
                    null,
                    null)))
        .containsExactly("air_drone_strike");
    assertThat(subTypes(query(null, null, null, null, null, "wagner", null, null)))
        .containsExactly("attack");
    assertThat(subTypes(query(null, null, null, null, null, null, "WEDDING", null)))
        .containsExactly("air_drone_strike");
    assertThat(subTypes(query(null, null, null, null, null, null, "diafarab", null)))
        .containsExactly("attack", "abduction_forced_disappearance");
    assertThat(subTypes(query(null, null, null, null, null, null, "100%_sure", null))).isEmpty();
    assertThat(
            subTypes(
                query(null, null, null, null, null, null, null, new BoundingBox(-2, 13, 0, 15))))
        .containsExactly("air_drone_strike");
  }

  @Test
  void pagesCarryTheTotal() {
    Document a = raidDoc();
    Document b = strikeDoc();
    store().save(a, List.of(raid(a), regionOnly(a)));
    store().save(b, List.of(strike(b)));
    Page<Incident> page =
        store().search(new IncidentQuery(null, null, null, null, null, null, null, null, 2, 1));
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).hasSize(2);
    assertThat(page.offset()).isEqualTo(1);
  }

  @Test
  void unknownIdsAreEmpty() {
    assertThat(store().incident("inc-nope")).isEmpty();
    assertThat(store().document("nope")).isEmpty();
    assertThat(store().documentsOfIncident("inc-nope")).isEmpty();
  }
}

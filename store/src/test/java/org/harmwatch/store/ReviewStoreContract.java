package org.harmwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Span;
import org.harmwatch.core.review.Change;
import org.harmwatch.core.review.ChangeKind;
import org.harmwatch.core.review.Grade;
import org.harmwatch.core.review.ReviewState;
import org.harmwatch.core.review.ReviewStatus;
import org.harmwatch.core.review.ReviewStore;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.core.store.IncidentStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour of the {@link ReviewStore}; run against H2 and PostgreSQL. */
abstract class ReviewStoreContract {
  private JdbcIncidentStore store;
  private JdbcReviewStore review;

  /** A fresh, empty, migrated database; called before each test. */
  protected abstract Database openDatabase();

  /** The incident store over the test's database. */
  protected IncidentStore store() {
    return store;
  }

  /** The review store over the same database as {@link #store()}. */
  protected ReviewStore review() {
    return review;
  }

  @AfterEach
  void close() {
    store.close();
  }

  private String raidId;
  private String strikeId;
  private String regionId;
  private Document raidDoc;

  @BeforeEach
  void saveFixtures() {
    Database db = openDatabase();
    store = new JdbcIncidentStore(db);
    review = new JdbcReviewStore(db);
    raidDoc = IncidentStoreContract.raidDoc();
    List<Incident> a =
        store()
            .save(
                raidDoc,
                List.of(
                    IncidentStoreContract.raid(raidDoc), IncidentStoreContract.regionOnly(raidDoc)))
            .incidents();
    raidId = a.get(0).id();
    regionId = a.get(1).id();
    Document s = IncidentStoreContract.strikeDoc();
    strikeId = store().save(s, List.of(IncidentStoreContract.strike(s))).incidents().get(0).id();
  }

  private static String json(Incident i) {
    return ExchangeJson.toLine(i);
  }

  private Incident stored(String id) {
    return store().incident(id).orElseThrow();
  }

  private static void tick() {
    try {
      // Two changes never share a microsecond, so "as of" a change's own time is unambiguous.
      Thread.sleep(2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Test
  void savingRecordsOneCreatedEntryPerIncidentBySystem() {
    List<Change> h = review().history(raidId);
    assertThat(h).hasSize(1);
    assertThat(h.get(0).kind()).isEqualTo(ChangeKind.CREATED);
    assertThat(h.get(0).user()).isEqualTo("system");
    assertThat(h.get(0).reason()).contains("raid-fr");
    assertThat(review().status(raidId)).isEqualTo(ReviewStatus.NEW);
    assertThat(review().grade(raidId)).isEmpty();
    // saving the same original again adds nothing
    store().save(raidDoc, List.of(IncidentStoreContract.raid(raidDoc)));
    assertThat(review().history(raidId)).hasSize(1);
  }

  @Test
  void correctingAFieldChangesOnlyItAndRecordsOldAndNewValues() {
    Incident before = stored(raidId);
    Incident after =
        review()
            .correct(
                raidId,
                "casualties.killed",
                "{\"min\":27,\"max\":30,\"text\":\"27 à 30 corps\"}",
                "amina",
                "MINUSMA report counts 27 to 30 bodies");

    assertThat(after.casualties().killed().min()).isEqualTo(27);
    assertThat(after.casualties().killed().max()).isEqualTo(30);
    assertThat(json(stored(raidId))).isEqualTo(json(after));
    // everything else is exactly as before
    Incident restored = IncidentField.KILLED.apply(after, IncidentField.KILLED.value(before));
    assertThat(json(restored)).isEqualTo(json(before));
    assertThat(stored(raidId).confidence()).isEqualTo(before.confidence());

    Change c = review().history(raidId).get(1);
    assertThat(c.kind()).isEqualTo(ChangeKind.EDITED);
    assertThat(c.user()).isEqualTo("amina");
    assertThat(c.field()).isEqualTo("casualties.killed");
    assertThat(c.oldValue()).isEqualTo("{\"min\":25,\"max\":25,\"text\":\"Leurs corps\"}");
    assertThat(c.newValue()).isEqualTo("{\"min\":27,\"max\":30,\"text\":\"27 à 30 corps\"}");
    assertThat(c.reason()).isEqualTo("MINUSMA report counts 27 to 30 bodies");
  }

  @Test
  void everyListedFieldCanBeCorrectedAndReadBack() {
    // a sub-type must belong to its type, so changing both goes through "no sub-type"
    String[][] edits = {
      {"sub_event_type", "null"},
      {"event_type", "\"battles\""},
      {"sub_event_type", "\"armed_clash\""},
      {"date", "{\"start\":\"2024-03-02\",\"end\":\"2024-03-03\",\"precision\":\"week\"}"},
      {
        "location",
        "{\"name\":\"Ténenkou\",\"country_code\":\"ML\",\"admin1\":\"Ségou\",\"lat\":14.46,"
            + "\"lon\":-4.92,\"precision\":\"place\",\"geonames_id\":2450878}"
      },
      {"perpetrators", "[{\"name\":\"JNIM\",\"type\":\"rebel_group\",\"text\":\"jihadistes\"}]"},
      {"targets", "[\"Civilians\"]"},
      {"casualties.injured", "{\"min\":4,\"max\":null}"},
      {"casualties.detained", "null"},
      {"casualties.missing", "{\"min\":2,\"max\":2}"},
      {"casualties.children_killed", "3"},
      {"casualties.women_killed", "1"},
      {"weapons", "[\"firearm\",\"machete\"]"},
      {"reported_by", "[\"MINUSMA\"]"}
    };
    for (String[] e : edits) {
      review().correct(raidId, e[0], e[1], "amina", "checked against the UN report");
    }
    Incident i = stored(raidId);
    assertThat(i.eventType().code()).isEqualTo("battles");
    assertThat(i.subEventType().code()).isEqualTo("armed_clash");
    assertThat(i.date().end().toString()).isEqualTo("2024-03-03");
    assertThat(i.location().admin1()).isEqualTo("Ségou");
    assertThat(i.perpetrators()).extracting(a -> a.name()).containsExactly("JNIM");
    assertThat(i.targets()).extracting(a -> a.name()).containsExactly("Civilians");
    assertThat(i.casualties().injured().min()).isEqualTo(4);
    assertThat(i.casualties().detained()).isNull();
    assertThat(i.casualties().childrenKilled()).isEqualTo(3);
    assertThat(i.casualties().womenKilled()).isEqualTo(1);
    assertThat(i.weapons()).containsExactly("firearm", "machete");
    assertThat(i.reportedBy()).containsExactly("MINUSMA");
    assertThat(store().search(query("ségou", null, null)).items())
        .extracting(Incident::id)
        .containsExactly(raidId);
    assertThat(review().history(raidId)).hasSize(1 + edits.length);
  }

  private static IncidentQuery query(String admin1, ReviewStatus status, Grade grade) {
    return new IncidentQuery(
        null, null, null, admin1, null, null, null, null, status, grade, null, null, 100, 0);
  }

  @Test
  void badFieldsValuesAndReasonsAreRefusedByNameAndRecordNothing() {
    assertThatThrownBy(() -> review().correct(raidId, "casualties.dead", "3", "amina", "r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("casualties.dead");
    assertThatThrownBy(() -> review().correct(raidId, "casualties.killed", "\"many\"", "a", "r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("casualties.killed")
        .hasMessageContaining("\"many\"");
    assertThatThrownBy(
            () -> review().correct(raidId, "casualties.killed", "{\"min\":\"x\"}", "amina", "r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("min");
    assertThatThrownBy(
            () -> review().correct(raidId, "casualties.killed", "{\"min\":9,\"max\":3}", "a", "r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("below min");
    assertThatThrownBy(() -> review().correct(raidId, "event_type", "\"riot\"", "amina", "r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("riot");
    // an attack is not a sub-type of explosions/remote violence
    assertThatThrownBy(
            () ->
                review()
                    .correct(raidId, "event_type", "\"explosions_remote_violence\"", "amina", "r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("event_type");
    assertThatThrownBy(() -> review().correct(raidId, "weapons", "[", "amina", "r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weapons");
    assertThatThrownBy(() -> review().correct(raidId, "weapons", "[\"gun\"]", "amina", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> review().verify("inc-nope", "amina", "checked"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("inc-nope");
    assertThatThrownBy(() -> review().history("inc-nope"))
        .isInstanceOf(NoSuchElementException.class);
    assertThat(review().history(raidId)).hasSize(1);
  }

  @Test
  void verifyGradeAndDeleteMoveTheIncidentThroughReview() {
    review().verify(raidId, "amina", "matches the HRW report");
    review().grade(raidId, Grade.FAIR, "amina", "one credible local source");
    review().grade(raidId, Grade.CONFIRMED, "moussa", "HRW confirmed independently");
    review().delete(strikeId, "moussa", "duplicate of another report");

    assertThat(review().status(raidId)).isEqualTo(ReviewStatus.VERIFIED);
    assertThat(review().grade(raidId)).contains(Grade.CONFIRMED);
    assertThat(review().states(List.of(raidId, strikeId, "inc-nope")))
        .containsOnlyKeys(raidId, strikeId)
        .containsEntry(raidId, new ReviewState(ReviewStatus.VERIFIED, Grade.CONFIRMED))
        .containsEntry(strikeId, new ReviewState(ReviewStatus.DELETED, null));
    List<Change> h = review().history(raidId);
    assertThat(h)
        .extracting(Change::kind)
        .containsExactly(
            ChangeKind.CREATED, ChangeKind.VERIFIED, ChangeKind.GRADED, ChangeKind.GRADED);
    assertThat(h.get(1))
        .extracting(Change::field, Change::oldValue, Change::newValue)
        .containsExactly("review.status", "\"new\"", "\"verified\"");
    assertThat(h.get(2).oldValue()).isNull();
    assertThat(h.get(3))
        .extracting(Change::user, Change::oldValue, Change::newValue)
        .containsExactly("moussa", "\"fair\"", "\"confirmed\"");

    // deleted: gone from lists, still readable by id, kept with its history
    assertThat(store().search(IncidentQuery.all(10)).items())
        .extracting(Incident::id)
        .containsExactlyInAnyOrder(raidId, regionId);
    assertThat(store().search(query(null, ReviewStatus.DELETED, null)).items())
        .extracting(Incident::id)
        .containsExactly(strikeId);
    assertThat(store().search(query(null, null, Grade.CONFIRMED)).items())
        .extracting(Incident::id)
        .containsExactly(raidId);
    assertThat(store().incident(strikeId)).isPresent();
    assertThatThrownBy(() -> review().verify(strikeId, "amina", "checked"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deleted");
    assertThat(review().history(strikeId)).hasSize(2);
  }

  @Test
  void theQueueHoldsNewIncidentsOldestFirst() {
    assertThat(review().queue(10, 0).items())
        .extracting(Incident::id)
        .containsExactly(raidId, regionId, strikeId);
    review().verify(raidId, "amina", "checked");
    review().delete(regionId, "amina", "not an incident");
    assertThat(review().queue(10, 0).items()).extracting(Incident::id).containsExactly(strikeId);
    assertThat(review().queue(10, 0).total()).isEqualTo(1);
  }

  @Test
  void killedFiltersUseTheLowerFigure() {
    IncidentQuery atLeast10 =
        new IncidentQuery(
            null, null, null, null, null, null, null, null, null, null, 10, null, 100, 0);
    IncidentQuery upTo9 =
        new IncidentQuery(
            null, null, null, null, null, null, null, null, null, null, null, 9, 100, 0);
    assertThat(store().search(atLeast10).items()).extracting(Incident::id).containsExactly(raidId);
    assertThat(store().search(upTo9).items()).extracting(Incident::id).containsExactly(strikeId);
  }

  @Test
  void asOfUndoesLaterChangesOnly() {
    Instant beforeCreation = review().history(raidId).get(0).at().minusMillis(1);
    String original = json(stored(raidId));
    tick();
    review().correct(raidId, "casualties.killed", "{\"min\":30,\"max\":30}", "amina", "UN figure");
    tick();
    review().correct(raidId, "weapons", "[\"machete\"]", "amina", "witness statement");
    tick();
    review().grade(raidId, Grade.CONTESTED, "moussa", "sources disagree");
    tick();
    review().delete(raidId, "moussa", "merged by hand elsewhere");
    List<Change> h = review().history(raidId);
    String now = json(stored(raidId));

    assertThat(review().asOf(raidId, beforeCreation)).isEmpty();
    assertThat(review().stateAsOf(raidId, beforeCreation)).isEmpty();
    assertThat(review().asOf(raidId, h.get(0).at()).map(ReviewStoreContract::json))
        .contains(original);
    assertThat(review().stateAsOf(raidId, h.get(0).at())).contains(ReviewState.NEW);
    Incident afterFirst = review().asOf(raidId, h.get(1).at()).orElseThrow();
    assertThat(afterFirst.casualties().killed().min()).isEqualTo(30);
    assertThat(afterFirst.weapons()).containsExactly("firearm");
    assertThat(review().stateAsOf(raidId, h.get(3).at()))
        .contains(new ReviewState(ReviewStatus.NEW, Grade.CONTESTED));
    assertThat(review().asOf(raidId, Instant.now()).map(ReviewStoreContract::json)).contains(now);
    assertThat(review().stateAsOf(raidId, Instant.now()))
        .contains(new ReviewState(ReviewStatus.DELETED, Grade.CONTESTED));
    assertThat(review().asOf("inc-nope", Instant.now())).isEmpty();
  }

  @Test
  void correctionsNeverTouchTheOriginalDocument() {
    review().correct(raidId, "date", "null", "amina", "the date in the text is the arrest's");
    review().delete(raidId, "amina", "not a distinct event");
    Document d = store().document("raid-fr").orElseThrow();
    assertThat(d.original())
        .isEqualTo(IncidentStoreContract.RAID_TEXT.getBytes(StandardCharsets.UTF_8));
    assertThat(d.sha256()).isEqualTo(raidDoc.sha256());
  }

  @Test
  void concurrentCorrectionsOfOneIncidentAreAllKept() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Incident>> tasks =
          List.of(
              () -> review().correct(raidId, "casualties.killed", "{\"min\":26}", "a", "r1"),
              () -> review().correct(raidId, "weapons", "[\"machete\"]", "b", "r2"),
              () -> review().correct(raidId, "casualties.children_killed", "4", "c", "r3"),
              () -> review().correct(raidId, "reported_by", "[\"MINUSMA\"]", "d", "r4"));
      for (Future<Incident> f : pool.invokeAll(tasks)) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    Incident i = stored(raidId);
    assertThat(i.casualties().killed().min()).isEqualTo(26);
    assertThat(i.weapons()).containsExactly("machete");
    assertThat(i.casualties().childrenKilled()).isEqualTo(4);
    assertThat(i.reportedBy()).containsExactly("MINUSMA");
    assertThat(review().history(raidId)).hasSize(5);
  }

  @Test
  void correctingWithEvidenceReplacesTheFieldsEvidenceAndKeepsItInHistory() {
    String text = IncidentStoreContract.RAID_TEXT;
    int start = text.indexOf("arrêté 25 hommes");
    int end = start + "arrêté 25 hommes".length();
    tick();
    Instant beforeFix = Instant.now();
    tick();
    Incident after =
        review()
            .correct(
                raidId,
                "casualties.detained",
                "{\"min\":25,\"max\":25,\"text\":\"arrêté 25 hommes\"}",
                List.of(new Span(start, end, "ignored: the store cuts the words itself")),
                "amina",
                "the arrest figure is in these words");

    assertThat(after.evidence())
        .containsExactly(
            new Evidence(0, 95, text.substring(0, 95), List.of()),
            new Evidence(start, end, "arrêté 25 hommes", List.of("casualties.detained")));
    assertThat(stored(raidId).evidence()).isEqualTo(after.evidence());
    List<Change> h = review().history(raidId);
    Change last = h.get(h.size() - 1);
    assertThat(last.field()).isEqualTo(ReviewStore.EVIDENCE_FIELD);
    assertThat(last.reason()).isEqualTo("the arrest figure is in these words");
    assertThat(last.oldValue())
        .contains("casualties.detained")
        .doesNotContain("arrêté 25 hommes\"");
    assertThat(last.newValue()).contains("\"text\":\"arrêté 25 hommes\"");
    assertThat(h.get(h.size() - 2).field()).isEqualTo("casualties.detained");
    // as it was before: the whole sentence cites the figure again
    assertThat(review().asOf(raidId, beforeFix).orElseThrow().evidence())
        .containsExactly(
            new Evidence(0, 95, text.substring(0, 95), List.of("casualties.detained")));
  }

  @Test
  void evidenceOutsideTheDocumentIsRefusedAndNothingChanges() {
    Incident before = stored(raidId);
    int past = IncidentStoreContract.RAID_TEXT.length() + 1;
    assertThatThrownBy(
            () ->
                review()
                    .correct(
                        raidId,
                        "casualties.killed",
                        "{\"min\":3,\"max\":null}",
                        List.of(new Span(past - 3, past, "x")),
                        "amina",
                        "typo"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a non-empty part of the document text");
    assertThat(stored(raidId)).isEqualTo(before);
    assertThat(review().history(raidId)).hasSize(1);
  }
}

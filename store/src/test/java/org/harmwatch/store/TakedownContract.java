package org.harmwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.Extractor;
import org.harmwatch.core.pipeline.Pipeline;
import org.harmwatch.core.review.Change;
import org.harmwatch.core.review.ChangeKind;
import org.harmwatch.core.review.ReviewStatus;
import org.harmwatch.core.store.DocumentTakenDownException;
import org.harmwatch.core.store.Takedown;
import org.harmwatch.core.store.Takedowns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Taking a document down: text, original and quotes purged from the database and the search index,
 * a tombstone in history, sole-source incidents deleted, the original refused afterwards. Run on H2
 * and PostgreSQL.
 */
abstract class TakedownContract {
  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  private Database database;
  private LuceneIndex index;
  private JdbcIncidentStore store;
  private JdbcReviewStore review;
  private JdbcTakedowns takedowns;
  private Document raidDoc;
  private Incident raid;
  private Incident region;
  private Incident strike;

  /** A fresh, empty, migrated database. */
  protected abstract Database openDatabase();

  @BeforeEach
  void open() throws SQLException {
    database = openDatabase();
    index = LuceneIndex.inMemory();
    TextIndexer indexer = new TextIndexer(database, index);
    store = new JdbcIncidentStore(database, indexer);
    review = new JdbcReviewStore(database, List.of(indexer));
    takedowns = new JdbcTakedowns(database, indexer, Clock.fixed(NOW, ZoneOffset.UTC));
    raidDoc = IncidentStoreContract.raidDoc().withCapturedAt(Instant.parse("2024-03-06T08:00:00Z"));
    List<Incident> raids =
        store
            .save(
                raidDoc,
                List.of(
                    IncidentStoreContract.raid(raidDoc), IncidentStoreContract.regionOnly(raidDoc)))
            .incidents();
    raid = raids.get(0);
    region = raids.get(1);
    Document strikeDoc = IncidentStoreContract.strikeDoc();
    strike =
        store.save(strikeDoc, List.of(IncidentStoreContract.strike(strikeDoc))).incidents().get(0);
    // The raid is also reported by the strike's document (as linking would record it).
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO incident_documents (incident_id, document_id) VALUES (?,?)")) {
      ps.setString(1, raid.id());
      ps.setString(2, strikeDoc.id());
      ps.executeUpdate();
    }
  }

  @AfterEach
  void close() {
    index.close();
    store.close();
  }

  @Test
  void aTakedownPurgesTextOriginalAndQuotesAndLeavesATombstone() {
    JdbcSourceStore sources = new JdbcSourceStore(database);
    sources.saveCapture(
        new org.harmwatch.core.watch.Capture(
            "cap-raid",
            null,
            "https://news.example.org/raid",
            "https://news.example.org/raid",
            "https://news.example.org/raid",
            "raid-fr",
            200,
            "text/html",
            "a named reporter",
            NOW,
            "ab".repeat(32),
            null,
            null,
            "WARC/1.1 the page as fetched".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    Takedowns.Result result = takedowns.takeDown("raid-fr", "  a witness is named  ", "admin1");

    Takedown t = result.takedown();
    assertThat(t)
        .isEqualTo(
            new Takedown(
                "raid-fr",
                raidDoc.sha256(),
                Instant.parse("2024-03-06T08:00:00Z"),
                "a witness is named",
                "admin1",
                NOW));
    assertThat(result.purgedIncidents()).containsExactlyInAnyOrder(raid.id(), region.id());
    assertThat(result.deletedIncidents()).containsExactly(region.id());

    Document purged = store.document("raid-fr").orElseThrow();
    assertThat(purged.text()).isEmpty();
    assertThat(purged.original()).isEmpty();
    assertThat(purged.title()).isNull();
    org.harmwatch.core.watch.Capture capture = sources.capture("cap-raid").orElseThrow();
    assertThat(capture.warc()).isEmpty();
    assertThat(capture.requestUrl()).isEmpty();
    assertThat(capture.canonicalUrl()).isNull();
    assertThat(capture.author()).isNull();
    assertThat(capture.warcSha256()).isEqualTo("ab".repeat(32));
    assertThat(purged.sha256()).isEqualTo(raidDoc.sha256());
    Incident after = store.incident(raid.id()).orElseThrow();
    assertThat(after.evidence()).isEmpty();
    assertThat(after.location().text()).isNull();
    assertThat(after.date().text()).isNull();
    assertThat(after.perpetrators()).allSatisfy(a -> assertThat(a.text()).isNull());
    assertThat(after.casualties().detained().text()).isNull();
    assertThat(after.location().name()).isEqualTo("Diafarabé");

    assertThat(review.status(raid.id())).isEqualTo(ReviewStatus.NEW);
    assertThat(review.status(region.id())).isEqualTo(ReviewStatus.DELETED);
    Change tomb = last(review.history(raid.id()));
    assertThat(tomb.kind()).isEqualTo(ChangeKind.TAKEN_DOWN);
    assertThat(tomb.user()).isEqualTo("admin1");
    assertThat(tomb.reason()).contains(raidDoc.sha256(), "a witness is named", "admin1");
    Change deleted = last(review.history(region.id()));
    assertThat(deleted.kind()).isEqualTo(ChangeKind.DELETED);
    assertThat(deleted.reason()).contains("only source", "a witness is named");
    assertThat(review.history(strike.id())).noneMatch(c -> c.kind() == ChangeKind.TAKEN_DOWN);
    assertThat(store.document("strike-en").orElseThrow().text())
        .isEqualTo(IncidentStoreContract.STRIKE_TEXT);
  }

  @Test
  void theSearchIndexNoLongerHoldsTheText() {
    assertThat(index.documents("paramilitaires", 10, 0).items()).hasSize(1);
    takedowns.takeDown("raid-fr", "source at risk", "admin1");
    assertThat(index.documents("paramilitaires", 10, 0).items()).isEmpty();
    assertThat(index.documents("arrestations", 10, 0).items()).isEmpty();
    assertThat(index.documents("wedding", 10, 0).items()).hasSize(1);
    assertThat(index.documentCount()).isEqualTo(2);
  }

  @Test
  void theSameOriginalIsRefusedAfterwardsUnderAnyId() {
    takedowns.takeDown("raid-fr", "source at risk", "admin1");
    assertThatThrownBy(() -> store.save(raidDoc, List.of()))
        .isInstanceOf(DocumentTakenDownException.class)
        .hasMessageContaining("taken down")
        .hasMessageContaining("source at risk")
        .hasMessageContaining(raidDoc.sha256());
    Document again =
        Document.ofText("other-id", "Same text", LocalDate.of(2024, 3, 6), raidDoc.text());
    Extractor none =
        new Extractor() {
          @Override
          public List<Incident> extract(Document document) {
            throw new AssertionError("a taken-down original must not be extracted again");
          }

          @Override
          public String version() {
            return "none";
          }
        };
    assertThatThrownBy(() -> new Pipeline(none, store).ingest(again))
        .isInstanceOf(DocumentTakenDownException.class)
        .satisfies(
            e ->
                assertThat(((DocumentTakenDownException) e).takedown().documentId())
                    .isEqualTo("raid-fr"));
    assertThat(store.document("other-id")).isEmpty();
    assertThat(store.takedownOf(IncidentStoreContract.strikeDoc().sha256())).isEmpty();
  }

  @Test
  void tombstonesAreFoundByIdAndHashAndListedNewestFirst() {
    takedowns.takeDown("raid-fr", "first", "admin1");
    JdbcTakedowns later =
        new JdbcTakedowns(database, null, Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC));
    later.takeDown("strike-en", "second", "admin2");
    assertThat(takedowns.ofDocument("raid-fr").orElseThrow().reason()).isEqualTo("first");
    assertThat(takedowns.ofSha256(raidDoc.sha256()).orElseThrow().documentId())
        .isEqualTo("raid-fr");
    assertThat(takedowns.ofDocument("nope")).isEmpty();
    assertThat(takedowns.all())
        .extracting(Takedown::documentId)
        .containsExactly("strike-en", "raid-fr");
    assertThat(review.status(strike.id())).isEqualTo(ReviewStatus.DELETED);
    // The raid's other source is now taken down too: it was its last; it stays as it was.
    assertThat(review.status(raid.id())).isEqualTo(ReviewStatus.NEW);
  }

  @Test
  void refusalsNameWhatIsWrongAndChangeNothing() {
    assertThatThrownBy(() -> takedowns.takeDown("nope", "why", "admin1"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("nope");
    assertThatThrownBy(() -> takedowns.takeDown("raid-fr", " ", "admin1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason");
    assertThat(store.document("raid-fr").orElseThrow().text()).isEqualTo(raidDoc.text());
    takedowns.takeDown("raid-fr", "why", "admin1");
    assertThatThrownBy(() -> takedowns.takeDown("raid-fr", "again", "admin2"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already")
        .hasMessageContaining("admin1");
    assertThat(takedowns.all()).hasSize(1);
  }

  private static Change last(List<Change> changes) {
    return changes.get(changes.size() - 1);
  }
}

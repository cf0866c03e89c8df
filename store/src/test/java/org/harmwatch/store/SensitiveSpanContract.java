package org.harmwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.DocumentRef;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.store.SensitiveSpan;
import org.harmwatch.core.store.TextSearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sensitive spans: stored with who and when, and never in the search index once stored (put again,
 * rebuilt, or found in another document). Run on H2 and PostgreSQL.
 */
abstract class SensitiveSpanContract {
  static final Instant NOW = Instant.parse("2026-12-07T11:00:00Z");
  static final String TEXT =
      "Gunmen burned the market of Toya on Monday. The witness Kadi Sow told us she fled with"
          + " her children. She can be reached on +223 70 11 22 33.";
  static final String OTHER =
      "A week later kadi sow spoke again to the radio about the market of Toya.";

  private Database database;
  private TextIndexer indexer;
  private JdbcIncidentStore store;
  private JdbcSensitiveSpans spans;
  private Incident incident;

  /** A fresh, empty, migrated database. */
  protected abstract Database openDatabase();

  @BeforeEach
  void open() {
    database = openDatabase();
    WithheldStrings withheld = new WithheldStrings(database);
    indexer =
        new TextIndexer(database, new WithholdingIndex(LuceneIndex.inMemory(), withheld::mask));
    store = new JdbcIncidentStore(database, indexer);
    spans =
        new JdbcSensitiveSpans(
            database, withheld, store, indexer, Clock.fixed(NOW, ZoneOffset.UTC));
    Document d = Document.ofText("toya", "Toya market burned", LocalDate.of(2024, 5, 2), TEXT);
    int s = TEXT.indexOf("The witness");
    int e = TEXT.indexOf("children.") + 9;
    incident =
        store
            .save(
                d,
                List.of(
                    new Incident(
                        null,
                        DocumentRef.of(d),
                        EventType.VIOLENCE_AGAINST_CIVILIANS,
                        null,
                        IncidentDate.day(LocalDate.of(2024, 4, 29), "Monday"),
                        null,
                        List.of(),
                        List.of(),
                        null,
                        List.of(),
                        List.of("Kadi Sow"),
                        List.of(new Evidence(s, e, TEXT.substring(s, e), List.of("date"))),
                        0.7,
                        null)))
            .incidents()
            .get(0);
    store.save(
        Document.ofText("radio", "Radio follow-up", LocalDate.of(2024, 5, 9), OTHER), List.of());
    indexer.index().markSynced(indexer.databaseState());
  }

  @AfterEach
  void close() {
    store.close();
  }

  private SensitiveSpan markName() {
    int start = TEXT.indexOf("Kadi Sow");
    return spans.mark("toya", start, start + 8, "person", "proposed", "ana");
  }

  private TextSearch index() {
    return indexer.index();
  }

  @Test
  void aMarkedSpanIsStoredWithWhoAndWhenAndLeavesTheIndexEverywhere() {
    assertThat(index().documents("Kadi", 10, 0).total()).isEqualTo(2);
    assertThat(index().incidentIds("Kadi", 10)).containsExactly(incident.id());

    SensitiveSpan span = markName();

    assertThat(span.text()).isEqualTo("Kadi Sow");
    assertThat(spans.spans("toya"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.markedBy()).isEqualTo("ana");
              assertThat(s.markedAt()).isEqualTo(NOW);
              assertThat(s.origin()).isEqualTo("proposed");
              assertThat(s.kind()).isEqualTo("person");
            });
    assertThat(index().documents("Kadi", 10, 0).total()).isZero();
    assertThat(index().documents("Sow", 10, 0).total()).isZero();
    assertThat(index().incidentIds("Kadi", 10)).isEmpty();
    List<TextSearch.DocumentHit> hits = index().documents("Toya", 10, 0).items();
    assertThat(hits).hasSize(2);
    assertThat(hits.toString()).doesNotContainIgnoringCase("kadi").contains("[withheld]");
    assertThat(index().documents("market", 10, 0).total()).isEqualTo(2);
    assertThat(indexer.inStep()).isTrue();
    // The database keeps the text: analysts still read it.
    assertThat(store.document("toya").orElseThrow().text()).contains("Kadi Sow");
  }

  @Test
  void aRebuiltIndexAndADocumentSavedLaterHoldNoWithheldString() {
    markName();
    int phone = TEXT.indexOf("+223");
    spans.mark("toya", phone, TEXT.length() - 1, "phone", "marked", "ana");
    indexer.rebuild((done, total) -> {});
    store.save(
        Document.ofText("later", "Later", LocalDate.of(2024, 6, 1), "Kadi Sow called 70 11 22 33."),
        List.of());
    assertThat(index().documents("Kadi", 10, 0).total()).isZero();
    assertThat(index().documents("\"70 11 22 33\"", 10, 0).items().toString())
        .doesNotContain("+223 70 11 22 33");
    assertThat(index().documents("called", 10, 0).items().get(0).snippet())
        .contains("[withheld] called");
  }

  @Test
  void aRemovedSpanIsSearchableAgainAndTheSameSpanIsStoredOnce() {
    SensitiveSpan span = markName();
    assertThat(markName().id()).isEqualTo(span.id());
    assertThat(spans.spans("toya")).hasSize(1);
    assertThat(spans.mask().occursIn("kadi sow")).isTrue();
    assertThat(spans.remove("toya", span.id())).isTrue();
    assertThat(spans.remove("toya", span.id())).isFalse();
    assertThat(spans.mask().isEmpty()).isTrue();
    assertThat(index().documents("Kadi", 10, 0).total()).isEqualTo(2);
  }

  @Test
  void badSpansAreRefusedNamingTheProblem() {
    int k = TEXT.indexOf("Kadi");
    assertThatThrownBy(() -> spans.mark("toya", k, k + 3, "person", "marked", "ana"))
        .hasMessageContaining("word boundaries");
    assertThatThrownBy(() -> spans.mark("toya", k - 1, k + 4, "person", "marked", "ana"))
        .hasMessageContaining("space");
    assertThatThrownBy(() -> spans.mark("toya", 0, TEXT.length() + 1, "person", "marked", "ana"))
        .hasMessageContaining("not inside the text");
    assertThatThrownBy(() -> JdbcSensitiveSpans.checkedText("word ".repeat(60), 0, 204))
        .hasMessageContaining("at most 200");
    assertThatThrownBy(() -> spans.mark("toya", k, k + 4, "witness", "marked", "ana"))
        .hasMessageContaining("kind");
    assertThatThrownBy(() -> spans.mark("toya", k, k + 4, "person", "guessed", "ana"))
        .hasMessageContaining("origin");
    assertThatThrownBy(() -> spans.mark("nope", 0, 4, "person", "marked", "ana"))
        .isInstanceOf(NoSuchElementException.class);
    assertThat(spans.spans("toya")).isEmpty();
  }
}

package org.harmwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.watch.Capture;
import org.harmwatch.core.watch.SourceKind;
import org.harmwatch.core.watch.SourceState;
import org.harmwatch.core.watch.SourceStore;
import org.harmwatch.core.watch.WatchedSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of the {@link JdbcSourceStore}: sources, their polling state, items, captures and
 * the documents of a source (migration V10); run against H2 and PostgreSQL.
 */
abstract class SourceStoreContract {
  private static final Instant T0 = Instant.parse("2026-12-01T06:00:00Z");

  /** A fresh, empty, migrated database; called before each test. */
  protected abstract Database openDatabase();

  private Database database;
  private SourceStore sources;
  private JdbcIncidentStore documents;

  @BeforeEach
  void open() {
    database = openDatabase();
    sources = new JdbcSourceStore(database);
    documents = new JdbcIncidentStore(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private WatchedSource add(String url) {
    return sources.add(
        new WatchedSource.Draft(SourceKind.FEED, url, null, "FR", "ml", null, true), T0);
  }

  @Test
  void sourcesAreAddedWithDefaultsAndRefusedWhenBadOrTwice() {
    WatchedSource s = add("https://news.example/feed.xml");
    assertThat(s.name()).isEqualTo("news.example");
    assertThat(s.language()).isEqualTo("fr");
    assertThat(s.country()).isEqualTo("ML");
    assertThat(s.interval()).isEqualTo(Duration.ofMinutes(30));
    assertThat(s.state().nextPoll()).isEqualTo(T0);
    assertThat(sources.list()).containsExactly(sources.find(s.id()).orElseThrow());
    assertThatThrownBy(() -> add("https://news.example/feed.xml"))
        .hasMessageContaining("already watched (source " + s.id() + ")");
    assertThatThrownBy(() -> add("file:///etc/passwd")).hasMessageContaining("http:// or https://");
    assertThatThrownBy(
            () ->
                sources.add(
                    new WatchedSource.Draft(
                        SourceKind.PAGE, "https://x.example/", null, "french", null, null, true),
                    T0))
        .hasMessageContaining("language must be a two-letter");
    assertThatThrownBy(
            () ->
                sources.add(
                    new WatchedSource.Draft(
                        SourceKind.PAGE,
                        "https://x.example/",
                        null,
                        null,
                        null,
                        Duration.ofSeconds(5),
                        true),
                    T0))
        .hasMessageContaining("interval must be between 1 minute and 7 days");
  }

  @Test
  void stateIsSavedAndDueSourcesComeMostOverdueFirst() {
    WatchedSource a = add("https://a.example/feed");
    WatchedSource b = add("https://b.example/feed");
    sources.saveState(
        a.id(),
        new SourceState(
            T0, T0.plusSeconds(600), null, "HTTP 503", 2, "\"e1\"", "Mon, 01 Dec 2026"));
    sources.saveState(b.id(), new SourceState(T0, T0.plusSeconds(60), T0, null, 0, null, null));
    assertThat(sources.due(T0.plusSeconds(30))).isEmpty();
    assertThat(sources.due(T0.plusSeconds(900)))
        .extracting(WatchedSource::id)
        .containsExactly(b.id(), a.id());
    SourceState st = sources.find(a.id()).orElseThrow().state();
    assertThat(st.lastError()).isEqualTo("HTTP 503");
    assertThat(st.failures()).isEqualTo(2);
    assertThat(st.etag()).isEqualTo("\"e1\"");
    assertThat(st.lastSuccess()).isNull();
    assertThat(sources.setEnabled(a.id(), false, T0)).isTrue();
    assertThat(sources.due(T0.plusSeconds(900)))
        .extracting(WatchedSource::id)
        .containsExactly(b.id());
    assertThat(sources.setEnabled(a.id(), true, T0.plusSeconds(1000))).isTrue();
    assertThat(sources.find(a.id()).orElseThrow().state().nextPoll())
        .isEqualTo(T0.plusSeconds(1000));
    assertThat(sources.setEnabled(999_999, true, T0)).isFalse();
  }

  @Test
  void itemsCountTheirAttemptsAndCapturesFindTheirDocument() {
    WatchedSource s = add("https://a.example/feed");
    WatchedSource t = add("https://b.example/feed");
    String url = "https://a.example/news/attack-near-gao-2026";
    sources.saveItem(s.id(), url, "failed", null, "HTTP 500", T0);
    sources.saveItem(s.id(), url, "failed", null, "HTTP 500", T0);
    assertThat(sources.item(s.id(), url).orElseThrow().attempts()).isEqualTo(2);
    assertThat(sources.item(s.id(), url).orElseThrow().settled()).isFalse();
    sources.saveItem(s.id(), url, "failed", null, "HTTP 500", T0);
    assertThat(sources.item(s.id(), url).orElseThrow().settled()).isTrue();

    byte[] html =
        "<html><body><p>Three civilians were killed near Gao.</p></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    Document d =
        new Document(
            null,
            null,
            "Attack near Gao",
            url,
            "A",
            null,
            "en",
            "Three civilians were killed near Gao.",
            "text/html",
            html,
            T0);
    documents.save(d, List.of());
    byte[] warc = "WARC/1.1\r\n".getBytes(StandardCharsets.US_ASCII);
    sources.saveCapture(
        new Capture(
            "urn:uuid:1",
            s.id(),
            url,
            url,
            url,
            d.id(),
            200,
            "text/html",
            "Desk",
            T0,
            Document.sha256Hex(warc),
            Document.sha256Hex(html),
            "textsha",
            warc));
    sources.saveItem(s.id(), url, "captured", d.id(), null, T0);
    assertThat(sources.capturedDocument(url, "other")).hasValue(d.id());
    assertThat(sources.capturedDocument("https://elsewhere.example/x", "textsha")).hasValue(d.id());
    assertThat(sources.capturedDocument("https://elsewhere.example/x", "other")).isEmpty();
    Capture c = sources.capture("urn:uuid:1").orElseThrow();
    assertThat(c.warc()).isEqualTo(warc);
    assertThat(c.sourceId()).isEqualTo(s.id());
    assertThat(c.author()).isEqualTo("Desk");

    sources.linkDocument(t.id(), d.id(), T0);
    sources.linkDocument(t.id(), d.id(), T0);
    assertThat(sources.documents(s.id(), 10))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.documentId()).isEqualTo(d.id());
              assertThat(x.captureId()).isEqualTo("urn:uuid:1");
              assertThat(x.incidents()).isEmpty();
            });
    assertThat(sources.documents(t.id(), 10)).hasSize(1);

    assertThat(sources.remove(s.id())).isTrue();
    assertThat(sources.remove(s.id())).isFalse();
    assertThat(sources.find(s.id())).isEmpty();
    assertThat(sources.capture("urn:uuid:1")).isPresent();
    assertThat(documents.document(d.id())).isPresent();
  }
}

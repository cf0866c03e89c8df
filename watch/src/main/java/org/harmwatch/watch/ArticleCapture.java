package org.harmwatch.watch;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.IngestResult;
import org.harmwatch.core.pipeline.IngestService;
import org.harmwatch.core.text.LanguageGuesser;
import org.harmwatch.core.watch.Capture;
import org.harmwatch.core.watch.PageCapturer;
import org.harmwatch.core.watch.SourceStore;
import org.harmwatch.ingest.ArticleExtractor;

/**
 * The capture of one article page: fetches it, separates its main text from the page furniture,
 * archives the raw response as a WARC record, and ingests it unless the same article is already
 * held under another URL or from another feed. Thread-safe over a thread-safe store and fetcher.
 */
final class ArticleCapture {
  /** An article link as a feed or page lists it, with what the feed says of it (or nulls). */
  record Listed(String link, String title, String author, LocalDate published) {}

  /** Where a captured article is held, whether it was held already, and its incidents. */
  record Stored(String documentId, boolean duplicate, List<Incident> incidents) {}

  private final SourceStore store;
  private final Fetcher fetcher;
  private final ArticleExtractor extractor = new ArticleExtractor();
  private final LanguageGuesser languages = new LanguageGuesser();

  ArticleCapture(SourceStore store, Fetcher fetcher) {
    this.store = Objects.requireNonNull(store, "store");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
  }

  /**
   * Fetches, archives and ingests one article through {@code through}, unless the same article is
   * already held (same canonical URL or same main text). What an analyst gave overrides the page's
   * own title, date and site name; the archive keeps both.
   */
  Stored fetchAndStore(
      Listed item,
      Long sourceId,
      String language,
      String publisher,
      PageCapturer.Given given,
      IngestService through)
      throws FetchException, SourceError, ArticleExtractor.Unreadable, InterruptedException {
    Fetched f = fetcher.get(item.link(), null, null, Watcher.ACCEPT_HTML);
    checkHtml(f, item.link());
    ArticleExtractor.Article a = extractor.extract(f.body(), f.contentType(), f.finalUrl());
    String canonical =
        a.canonicalUrl() != null && a.canonicalUrl().startsWith("http")
            ? a.canonicalUrl()
            : f.finalUrl();
    String textSha = Document.sha256Hex(normalised(a.text()).getBytes(StandardCharsets.UTF_8));
    String pageTitle = first(a.title(), item.title());
    LocalDate pagePublished = a.published() != null ? a.published() : item.published();
    String pagePublisher = first(a.siteName(), publisher);
    WarcRecords.Archived warc =
        WarcRecords.archive(
            f,
            fetcher.settings().userAgent(),
            Watcher.ACCEPT_HTML,
            GivenFields.of(given, pageTitle, pagePublished, pagePublisher));
    Optional<String> held = store.capturedDocument(canonical, textSha);
    String documentId;
    List<Incident> incidents = List.of();
    if (held.isPresent()) {
      documentId = held.get();
    } else {
      String lang = first(a.language(), language);
      if (lang == null) {
        lang = languages.guess(a.text());
      }
      Document d =
          new Document(
              null,
              null,
              first(given.title(), pageTitle),
              canonical,
              first(given.publisher(), pagePublisher),
              given.published() != null ? given.published() : pagePublished,
              lang,
              a.text(),
              "text/html",
              f.body(),
              f.fetched());
      IngestResult r = through.ingest(d);
      documentId = r.documentId();
      incidents = r.incidents();
    }
    store.saveCapture(
        new Capture(
            warc.recordId(),
            sourceId,
            item.link(),
            f.finalUrl(),
            canonical,
            documentId,
            f.status(),
            f.contentType(),
            first(a.author(), item.author()),
            f.fetched(),
            warc.warcSha256(),
            warc.payloadSha256(),
            textSha,
            warc.warc()));
    return new Stored(documentId, held.isPresent(), incidents);
  }

  private static String normalised(String text) {
    return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /** Refuses a response that is no HTML page, naming {@code what} sent it. */
  static void checkHtml(Fetched f, String what) throws SourceError {
    String type = f.mediaType();
    if (!type.equals("text/html") && !type.equals("application/xhtml+xml")) {
      throw new SourceError(
          what
              + " is "
              + (type.isEmpty() ? "of no declared content type" : type)
              + ", not an HTML page");
    }
  }

  /** The first of {@code values} that is neither null nor blank, or null. */
  static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}

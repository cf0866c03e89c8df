package org.harmwatch.watch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.harmwatch.core.pipeline.IngestResult;
import org.harmwatch.core.pipeline.IngestService;
import org.harmwatch.core.watch.PageCapturer;
import org.harmwatch.core.watch.PollReport;
import org.harmwatch.core.watch.SourceItem;
import org.harmwatch.core.watch.SourceKind;
import org.harmwatch.core.watch.SourcePoller;
import org.harmwatch.core.watch.SourceState;
import org.harmwatch.core.watch.SourceStore;
import org.harmwatch.core.watch.WatchedSource;
import org.harmwatch.ingest.ArticleExtractor;
import org.harmwatch.ingest.FeedItems;
import org.harmwatch.watch.ArticleCapture.Listed;
import org.harmwatch.watch.ArticleCapture.Stored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls watched sources: reads a feed (or a section page) with a conditional GET and captures each
 * article link not seen before through {@link ArticleCapture} (main text, WARC record, ingest
 * pipeline; the same article met under another URL or in another feed is linked to the document
 * already held, not stored twice). After each poll the source's state is saved: on success the next
 * poll is one interval away; on failure the error is kept and the next poll backs off (interval ×
 * 2^failures, at most a day). The articles of a source with a country hint go through the ingest
 * service made for that country (see {@link #Watcher(SourceStore, IngestService, Function, Fetcher,
 * Clock, int)}). Thread-safe; one poll at a time per source.
 */
public final class Watcher implements SourcePoller, PageCapturer {
  private static final Logger LOG = LoggerFactory.getLogger(Watcher.class);

  static final String ACCEPT_FEED =
      "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";
  static final String ACCEPT_HTML = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";

  /** The longest wait after failures. */
  static final Duration MAX_BACKOFF = Duration.ofDays(1);

  /** New items captured in one poll at most; the rest wait for the next poll. */
  public static final int DEFAULT_MAX_ITEMS = 50;

  private final SourceStore store;
  private final IngestService ingest;
  private final Function<String, IngestService> hinted;
  private final Fetcher fetcher;
  private final Clock clock;
  private final int maxItems;
  private final ArticleExtractor extractor = new ArticleExtractor();
  private final ArticleCapture articles;
  private final Map<Long, ReentrantLock> polling = new ConcurrentHashMap<>();

  /** A watcher that sends every captured article through {@code ingest}, whatever its source. */
  public Watcher(
      SourceStore store, IngestService ingest, Fetcher fetcher, Clock clock, int maxItems) {
    this(store, ingest, country -> ingest, fetcher, clock, maxItems);
  }

  /**
   * A watcher that sends the articles of a source with a country hint through {@code
   * hinted.apply(country)} (e.g. an extraction that prefers that country's places among namesakes),
   * and all others, and pages captured by hand, through {@code ingest}.
   */
  public Watcher(
      SourceStore store,
      IngestService ingest,
      Function<String, IngestService> hinted,
      Fetcher fetcher,
      Clock clock,
      int maxItems) {
    this.store = Objects.requireNonNull(store, "store");
    this.ingest = Objects.requireNonNull(ingest, "ingest");
    this.hinted = Objects.requireNonNull(hinted, "hinted");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.articles = new ArticleCapture(store, fetcher);
    this.clock = Objects.requireNonNull(clock, "clock");
    if (maxItems <= 0) {
      throw new IllegalArgumentException("maxItems must be positive, was " + maxItems);
    }
    this.maxItems = maxItems;
  }

  @Override
  public PollReport poll(long id) {
    WatchedSource s =
        store.find(id).orElseThrow(() -> new NoSuchElementException("no source " + id));
    return poll(s);
  }

  /** Polls {@code source} now. */
  public PollReport poll(WatchedSource source) {
    ReentrantLock lock = polling.computeIfAbsent(source.id(), k -> new ReentrantLock());
    lock.lock();
    try {
      return pollLocked(store.find(source.id()).orElse(source));
    } finally {
      lock.unlock();
    }
  }

  private PollReport pollLocked(WatchedSource s) {
    Instant started = clock.instant();
    SourceState st = s.state();
    Fetched f;
    List<Listed> listed;
    String feedLanguage = null;
    try {
      f =
          fetcher.get(
              s.url(),
              st.etag(),
              st.lastModified(),
              s.kind() == SourceKind.FEED ? ACCEPT_FEED : ACCEPT_HTML);
      if (f.notModified()) {
        save(s, success(s, started, st.etag(), st.lastModified()));
        return new PollReport(s.id(), true, 0, 0, 0, 0, 0, List.of(), null);
      }
      if (s.kind() == SourceKind.FEED) {
        FeedItems.Feed feed = readFeed(f);
        feedLanguage = feed.language();
        listed = new ArrayList<>();
        for (FeedItems.Item i : feed.items()) {
          listed.add(
              new Listed(resolve(f.finalUrl(), i.link()), i.title(), i.author(), i.published()));
        }
      } else {
        ArticleCapture.checkHtml(f, "the page");
        listed = new ArrayList<>();
        for (String link : extractor.articleLinks(f.body(), f.contentType(), f.finalUrl())) {
          listed.add(new Listed(link, null, null, null));
        }
      }
    } catch (FetchException | SourceError e) {
      return failed(s, started, e.getMessage());
    } catch (FeedItems.Unreadable | ArticleExtractor.Unreadable e) {
      return failed(s, started, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(s, started, "polling was interrupted");
    } catch (RuntimeException e) {
      LOG.warn("polling source {} failed unexpectedly", s.id(), e);
      return failed(
          s, started, "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    int fresh = 0;
    int captured = 0;
    int duplicates = 0;
    int incidents = 0;
    List<String> errors = new ArrayList<>();
    for (Listed item : listed) {
      if (item.link() == null) {
        continue;
      }
      Optional<SourceItem> seen = store.item(s.id(), item.link());
      if (seen.isPresent() && seen.get().settled()) {
        continue;
      }
      if (fresh >= maxItems) {
        break;
      }
      fresh++;
      try {
        Outcome o = capture(s, item, feedLanguage);
        if (o.duplicate()) {
          duplicates++;
        } else {
          captured++;
          incidents += o.incidents();
        }
      } catch (FetchException | SourceError | ArticleExtractor.Unreadable e) {
        errors.add(item.link() + ": " + e.getMessage());
        store.saveItem(s.id(), item.link(), "failed", null, e.getMessage(), clock.instant());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        errors.add(item.link() + ": interrupted");
        break;
      } catch (RuntimeException e) {
        LOG.warn("capturing {} failed unexpectedly", item.link(), e);
        String msg = "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage();
        errors.add(item.link() + ": " + msg);
        store.saveItem(s.id(), item.link(), "failed", null, msg, clock.instant());
      }
    }
    save(s, success(s, started, f.header("ETag"), f.header("Last-Modified")));
    return new PollReport(
        s.id(), false, listed.size(), fresh, captured, duplicates, incidents, errors, null);
  }

  private record Outcome(boolean duplicate, int incidents) {}

  private Outcome capture(WatchedSource s, Listed item, String feedLanguage)
      throws FetchException, SourceError, ArticleExtractor.Unreadable, InterruptedException {
    IngestService through = s.country() == null ? ingest : hinted.apply(s.country());
    Stored stored =
        articles.fetchAndStore(
            item,
            s.id(),
            ArticleCapture.first(feedLanguage, s.language()),
            s.name(),
            PageCapturer.Given.NONE,
            through);
    store.saveItem(
        s.id(),
        item.link(),
        stored.duplicate() ? "duplicate" : "captured",
        stored.documentId(),
        null,
        clock.instant());
    return new Outcome(stored.duplicate(), stored.incidents().size());
  }

  @Override
  public IngestResult capture(String url, PageCapturer.Given given) {
    Objects.requireNonNull(given, "given");
    String scheme = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
    if (!scheme.startsWith("http://") && !scheme.startsWith("https://")) {
      throw new PageCapturer.Failed("'" + url + "' is not an http or https address");
    }
    try {
      Stored s =
          articles.fetchAndStore(
              new Listed(url.strip(), null, null, null), null, null, null, given, ingest);
      return new IngestResult(s.documentId(), !s.duplicate(), s.incidents());
    } catch (FetchException | SourceError | ArticleExtractor.Unreadable e) {
      throw new PageCapturer.Failed(e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PageCapturer.Failed("capture of " + url + " was interrupted");
    }
  }

  private static FeedItems.Feed readFeed(Fetched f) throws SourceError, FeedItems.Unreadable {
    String type = f.mediaType();
    if (!type.isEmpty()
        && !type.contains("xml")
        && !type.equals("text/plain")
        && !type.equals("text/html")) {
      throw new SourceError("the feed URL sends " + type + ", not an RSS/Atom feed (XML)");
    }
    String head =
        new String(f.body(), 0, Math.min(f.body().length, 512), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
      throw new SourceError(
          "the feed URL sends an HTML page, not an RSS/Atom feed (add it as a page source?)");
    }
    if (f.body().length == 0) {
      throw new SourceError("the feed URL sends an empty body");
    }
    return FeedItems.parse(f.body());
  }

  private static String resolve(String base, String link) {
    try {
      return URI.create(base).resolve(link.strip()).toString();
    } catch (IllegalArgumentException e) {
      return link;
    }
  }

  private SourceState success(WatchedSource s, Instant started, String etag, String lastModified) {
    Instant now = clock.instant();
    return new SourceState(started, now.plus(s.interval()), now, null, 0, etag, lastModified);
  }

  private PollReport failed(WatchedSource s, Instant started, String error) {
    SourceState st = s.state();
    int failures = st.failures() + 1;
    save(
        s,
        new SourceState(
            started,
            clock.instant().plus(backoff(s.interval(), failures)),
            st.lastSuccess(),
            error,
            failures,
            st.etag(),
            st.lastModified()));
    LOG.info("source {} ({}) failed {} time(s) in a row: {}", s.id(), s.url(), failures, error);
    return new PollReport(s.id(), false, 0, 0, 0, 0, 0, List.of(), error);
  }

  /** The wait after {@code failures} failures in a row: interval × 2^failures, at most a day. */
  static Duration backoff(Duration interval, int failures) {
    Duration d = interval.multipliedBy(1L << Math.min(failures, 10));
    return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
  }

  private void save(WatchedSource s, SourceState state) {
    store.saveState(s.id(), state);
  }
}

package org.harmwatch.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import okio.BufferedSink;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.pipeline.Pipeline;
import org.harmwatch.core.watch.Capture;
import org.harmwatch.core.watch.PollReport;
import org.harmwatch.core.watch.SourceKind;
import org.harmwatch.core.watch.SourceState;
import org.harmwatch.core.watch.WatchedSource;
import org.harmwatch.store.Database;
import org.harmwatch.store.DatabaseSettings;
import org.harmwatch.store.JdbcIncidentStore;
import org.harmwatch.store.JdbcSourceStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Polling against a local HTTP server that serves feeds and pages written here: captures, WARC
 * records, conditional GET, de-duplication, politeness, and each kind of bad input giving a clear
 * per-source or per-item error. No test reaches the internet.
 */
class WatcherIT {
  private static final FetchSettings FAST =
      new FetchSettings(
          Duration.ofSeconds(2),
          Duration.ofMillis(700),
          Duration.ofMillis(1500),
          3,
          64 * 1024,
          Duration.ZERO,
          "harmwatch-test");

  private final Map<String, Function<RecordedRequest, MockResponse>> routes =
      new ConcurrentHashMap<>();
  private final List<String> requested = new CopyOnWriteArrayList<>();
  private MockWebServer server;
  private Database db;
  private JdbcSourceStore sources;
  private JdbcIncidentStore documents;
  private Fetcher fetcher;
  private Watcher watcher;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest r) {
            requested.add(r.getTarget());
            Function<RecordedRequest, MockResponse> route = routes.get(r.getTarget());
            return route == null
                ? new MockResponse.Builder().code(404).body("not found").build()
                : route.apply(r);
          }
        });
    server.start();
    db =
        Database.open(
            DatabaseSettings.h2Memory("w" + UUID.randomUUID().toString().replace("-", "")));
    sources = new JdbcSourceStore(db);
    documents = new JdbcIncidentStore(db);
    fetcher = new Fetcher(FAST, Clock.systemUTC(), true);
    Pipeline pipeline =
        new Pipeline(
            new org.harmwatch.core.pipeline.Extractor() {
              @Override
              public List<org.harmwatch.core.model.Incident> extract(Document d) {
                return List.of();
              }

              @Override
              public String version() {
                return "none";
              }
            },
            documents);
    watcher = new Watcher(sources, pipeline, fetcher, Clock.systemUTC(), 10);
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
    db.close();
  }

  private String url(String path) {
    return server.url(path).toString();
  }

  private static MockResponse ok(String type, String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", type).body(body).build();
  }

  private void serve(String path, String type, String body) {
    routes.put(path, r -> ok(type, body));
  }

  private static String article(String title, String canonical, String paragraph) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + title
        + "</title>"
        + (canonical == null ? "" : "<link rel=\"canonical\" href=\"" + canonical + "\">")
        + "<meta name=\"author\" content=\"Desk Reporter\">"
        + "<meta property=\"article:published_time\" content=\"2026-03-02T08:00:00Z\"></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/africa\">Africa</a></nav><article><h1>"
        + title
        + "</h1><p>"
        + paragraph
        + "</p><p>Officials said an investigation had been opened into the attack.</p></article>"
        + "<div class=\"comments\"><p>What a shame, this must stop now, says a reader.</p></div>"
        + "<footer>Copyright Example News</footer></body></html>";
  }

  private static String rss(String... links) {
    StringBuilder items = new StringBuilder();
    int i = 0;
    for (String link : links) {
      i++;
      items
          .append("<item><title>Item ")
          .append(i)
          .append("</title><link>")
          .append(link)
          .append("</link><pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate>")
          .append("<description>Short summary.</description></item>");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>Example News Africa</title><link>http://example/</link><language>en</language>"
        + "<description>d</description>"
        + items
        + "</channel></rss>";
  }

  private WatchedSource add(SourceKind kind, String path) {
    return sources.add(
        new WatchedSource.Draft(kind, url(path), null, null, null, null, true), Instant.now());
  }

  @Test
  void feedItemsAreCapturedArchivedAndNotFetchedTwice() throws Exception {
    serve(
        "/a1",
        "text/html; charset=utf-8",
        article(
            "Gunmen kill five in Kidal", null, "Gunmen killed five civilians in Kidal on Sunday."));
    serve(
        "/a2",
        "text/html",
        article(
            "Clashes near Gao", null, "Clashes between armed groups near Gao left three dead."));
    routes.put(
        "/feed.xml",
        r ->
            "\"v1\"".equals(r.getHeaders().get("If-None-Match"))
                ? new MockResponse.Builder().code(304).build()
                : new MockResponse.Builder()
                    .code(200)
                    .setHeader("Content-Type", "application/rss+xml")
                    .setHeader("ETag", "\"v1\"")
                    .body(rss(url("/a1"), url("/a2")))
                    .build());
    WatchedSource s = add(SourceKind.FEED, "/feed.xml");

    PollReport first = watcher.poll(s.id());
    assertThat(first.error()).isNull();
    assertThat(first.itemErrors()).isEmpty();
    assertThat(first.items()).isEqualTo(2);
    assertThat(first.captured()).isEqualTo(2);
    assertThat(documents.documentCount()).isEqualTo(2);

    var docs = sources.documents(s.id(), 10);
    assertThat(docs).hasSize(2);
    Document d = documents.document(docs.get(docs.size() - 1).documentId()).orElseThrow();
    assertThat(d.text()).contains("Gunmen killed five civilians in Kidal").doesNotContain("Home");
    assertThat(d.text()).doesNotContain("What a shame").doesNotContain("Copyright");
    assertThat(d.published()).isEqualTo(java.time.LocalDate.of(2026, 3, 2));
    assertThat(d.contentType()).isEqualTo("text/html");
    assertThat(new String(d.original(), StandardCharsets.UTF_8)).contains("<nav>");

    Capture c = sources.capture(docs.get(0).captureId()).orElseThrow();
    assertThat(c.author()).isEqualTo("Desk Reporter");
    assertThat(c.warcSha256()).isEqualTo(Document.sha256Hex(c.warc()));
    try (WarcReader reader = new WarcReader(new ByteArrayInputStream(c.warc()))) {
      WarcRecord rec = reader.next().orElseThrow();
      assertThat(rec).isInstanceOf(WarcResponse.class);
      WarcResponse res = (WarcResponse) rec;
      assertThat(res.version()).isEqualTo(MessageVersion.WARC_1_1);
      assertThat(res.target()).isEqualTo(c.finalUrl());
      assertThat(res.http().status()).isEqualTo(200);
      byte[] payload = res.http().body().stream().readAllBytes();
      assertThat(Document.sha256Hex(payload)).isEqualTo(c.payloadSha256());
      assertThat(new String(payload, StandardCharsets.UTF_8)).contains("<article>");
      WarcRecord req = reader.next().orElseThrow();
      assertThat(req.type()).isEqualTo("request");
      assertThat(req.version()).isEqualTo(MessageVersion.WARC_1_1);
    }

    // Second poll: the feed has not changed (ETag), nothing is fetched again.
    requested.clear();
    PollReport second = watcher.poll(s.id());
    assertThat(second.notModified()).isTrue();
    assertThat(requested).containsExactly("/feed.xml");
    WatchedSource after = sources.find(s.id()).orElseThrow();
    assertThat(after.state().etag()).isEqualTo("\"v1\"");
    assertThat(after.state().failures()).isZero();
    assertThat(after.state().nextPoll()).isAfter(Instant.now().plus(Duration.ofMinutes(29)));
  }

  @Test
  void theSameArticleUnderTwoUrlsOrFeedsIsOneDocument() {
    String canonical = url("/story/attack-on-market-2026");
    String body = "An attack on the cattle market of Mentao killed eight civilians on Sunday.";
    serve("/story/attack-on-market-2026", "text/html", article("Market attack", canonical, body));
    // The same story with tracking furniture that changes the bytes but not the canonical URL.
    serve(
        "/story/attack-on-market-2026?utm_source=feed",
        "text/html",
        article("Market attack", canonical, body)
            .replace("</body>", "<!-- tracking 42 --></body>"));
    // A mirror without a canonical link, same main text.
    serve("/mirror/market", "text/html", article("Market attack", null, body));
    serve("/feed1", "application/rss+xml", rss(url("/story/attack-on-market-2026")));
    serve(
        "/feed2",
        "application/rss+xml",
        rss(url("/story/attack-on-market-2026?utm_source=feed"), url("/mirror/market")));
    WatchedSource one = add(SourceKind.FEED, "/feed1");
    WatchedSource two = add(SourceKind.FEED, "/feed2");

    assertThat(watcher.poll(one.id()).captured()).isEqualTo(1);
    PollReport r = watcher.poll(two.id());
    assertThat(r.itemErrors()).isEmpty();
    assertThat(r.captured()).isZero();
    assertThat(r.duplicates()).isEqualTo(2);
    assertThat(documents.documentCount()).isEqualTo(1);
    assertThat(sources.documents(two.id(), 10)).hasSize(1);
    assertThat(sources.documents(two.id(), 10).get(0).documentId())
        .isEqualTo(sources.documents(one.id(), 10).get(0).documentId());
  }

  @Test
  void sectionPageFollowsNewArticleLinksOnly() {
    serve(
        "/africa",
        "text/html",
        "<html><body><nav><a href=\"/about-us-and-our-team\">About</a></nav><main>"
            + "<a href=\"/africa/attack-near-gao-2026-03-01\">Attack near Gao</a>"
            + "<a href=\"/tag/mali\">Mali</a></main></body></html>");
    serve(
        "/africa/attack-near-gao-2026-03-01",
        "text/html",
        article("Attack near Gao", null, "Three civilians were killed in an attack near Gao."));
    WatchedSource s = add(SourceKind.PAGE, "/africa");
    PollReport first = watcher.poll(s.id());
    assertThat(first.itemErrors()).isEmpty();
    assertThat(first.captured()).isEqualTo(1);
    requested.clear();
    PollReport again = watcher.poll(s.id());
    assertThat(again.newItems()).isZero();
    assertThat(requested).containsExactly("/africa");
  }

  @Test
  void robotsTxtIsHonoured() {
    serve(
        "/robots.txt",
        "text/plain",
        "User-agent: *\nDisallow: /private/\n\nUser-agent: other\nDisallow: /\n");
    serve("/private/feed", "application/rss+xml", rss());
    serve("/feed", "application/rss+xml", rss(url("/private/story-one-2026")));
    PollReport blocked = watcher.poll(add(SourceKind.FEED, "/private/feed").id());
    assertThat(blocked.error()).contains("robots.txt").contains("disallows");
    PollReport item = watcher.poll(add(SourceKind.FEED, "/feed").id());
    assertThat(item.error()).isNull();
    assertThat(item.itemErrors()).singleElement().asString().contains("robots.txt");
    assertThat(requested).doesNotContain("/private/feed", "/private/story-one-2026");
  }

  @Test
  void hostileAndBrokenFeedsGiveClearErrors() {
    serve(
        "/xxe",
        "application/rss+xml",
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>");
    serve(
        "/lol",
        "application/xml",
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
            + "<rss version=\"2.0\"><channel><title>&lol3;</title></channel></rss>");
    serve("/broken", "application/rss+xml", "<rss version=\"2.0\"><channel><title>x</titl");
    serve("/html", "text/html", "<!DOCTYPE html><html><body><p>A page</p></body></html>");
    serve("/image", "image/png", "\u0089PNG");
    routes.put(
        "/latin1",
        r ->
            new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/rss+xml")
                .body(
                    new Buffer()
                        .write(
                            ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                                    + "<title>Bamako, Ségou</title></channel></rss>")
                                .getBytes(StandardCharsets.ISO_8859_1)))
                .build());
    assertThat(watcher.poll(add(SourceKind.FEED, "/xxe").id()).error())
        .startsWith("not a readable RSS/Atom feed")
        .containsIgnoringCase("doctype");
    assertThat(watcher.poll(add(SourceKind.FEED, "/lol").id()).error())
        .containsIgnoringCase("doctype");
    assertThat(watcher.poll(add(SourceKind.FEED, "/broken").id()).error())
        .startsWith("not a readable RSS/Atom feed");
    assertThat(watcher.poll(add(SourceKind.FEED, "/html").id()).error())
        .contains("HTML page, not an RSS/Atom feed");
    assertThat(watcher.poll(add(SourceKind.FEED, "/image").id()).error())
        .isEqualTo("the feed URL sends image/png, not an RSS/Atom feed (XML)");
    assertThat(watcher.poll(add(SourceKind.FEED, "/latin1").id()).error())
        .startsWith("not a readable RSS/Atom feed");
    assertThat(requested).doesNotContain("/etc/passwd");
  }

  @Test
  void endlessRedirectsHugeBodiesSlowServersAndWrongTypesAreStopped() {
    routes.put(
        "/loop", r -> new MockResponse.Builder().code(302).setHeader("Location", "/loop2").build());
    routes.put(
        "/loop2", r -> new MockResponse.Builder().code(302).setHeader("Location", "/loop").build());
    AtomicInteger hop = new AtomicInteger();
    routes.put(
        "/chain",
        r ->
            new MockResponse.Builder()
                .code(301)
                .setHeader("Location", "/chain?" + hop.incrementAndGet())
                .build());
    for (int i = 1; i < 20; i++) {
      int n = i;
      routes.put(
          "/chain?" + n,
          r ->
              new MockResponse.Builder()
                  .code(301)
                  .setHeader("Location", "/chain?" + (n + 1))
                  .build());
    }
    routes.put(
        "/huge",
        r ->
            new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/rss+xml")
                .body(endless(10L * 1024 * 1024 * 1024))
                .build());
    routes.put(
        "/endless",
        r ->
            new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/rss+xml")
                .body(endless(-1))
                .build());
    routes.put(
        "/bomb",
        r ->
            new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/rss+xml")
                .setHeader("Content-Encoding", "gzip")
                .body(new Buffer().write(gzip(new byte[5 * 1024 * 1024])))
                .build());
    routes.put(
        "/slow",
        r ->
            new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/rss+xml")
                .body(rss())
                .throttleBody(8, 300, TimeUnit.MILLISECONDS)
                .build());
    serve("/feed-pdf", "application/rss+xml", rss(url("/report.pdf")));
    serve("/report.pdf", "application/pdf", "%PDF-1.4 not really");

    assertThat(watcher.poll(add(SourceKind.FEED, "/loop").id()).error())
        .startsWith("redirect loop");
    assertThat(watcher.poll(add(SourceKind.FEED, "/chain").id()).error())
        .startsWith("too many redirects: more than 3");
    assertThat(watcher.poll(add(SourceKind.FEED, "/huge").id()).error())
        .contains("sends 10737418240 bytes, more than the 65536 byte limit");
    assertThat(watcher.poll(add(SourceKind.FEED, "/endless").id()).error())
        .contains("sends more than the 65536 byte limit");
    assertThat(watcher.poll(add(SourceKind.FEED, "/bomb").id()).error())
        .contains("more than the 65536 byte limit after gzip decoding");
    long t0 = System.nanoTime();
    assertThat(watcher.poll(add(SourceKind.FEED, "/slow").id()).error())
        .contains("did not send its whole response within 1500 ms");
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5_000);
    PollReport pdf = watcher.poll(add(SourceKind.FEED, "/feed-pdf").id());
    assertThat(pdf.error()).isNull();
    assertThat(pdf.itemErrors())
        .singleElement()
        .asString()
        .endsWith("is application/pdf, not an HTML page");
  }

  @Test
  void gzipBodiesAreDecodedAndArchivedAsReceived() throws Exception {
    byte[] page =
        article("Ambush on the Ménaka road", null, "An ambush on the Ménaka road killed four.")
            .getBytes(StandardCharsets.UTF_8);
    routes.put(
        "/gz",
        r ->
            new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "text/html; charset=utf-8")
                .setHeader("Content-Encoding", "gzip")
                .body(new Buffer().write(gzip(page)))
                .build());
    serve("/feed", "application/rss+xml", rss(url("/gz")));
    WatchedSource s = add(SourceKind.FEED, "/feed");
    assertThat(watcher.poll(s.id()).captured()).isEqualTo(1);
    var doc = sources.documents(s.id(), 1).get(0);
    assertThat(documents.document(doc.documentId()).orElseThrow().text())
        .contains("An ambush on the Ménaka road killed four.");
    Capture c = sources.capture(doc.captureId()).orElseThrow();
    assertThat(c.payloadSha256()).isEqualTo(Document.sha256Hex(gzip(page)));
  }

  @Test
  void failingSourcesBackOffAndAreFlagged() {
    routes.put("/down", r -> new MockResponse.Builder().code(503).body("busy").build());
    WatchedSource s = add(SourceKind.FEED, "/down");
    for (int i = 1; i <= SourceState.FLAG_AFTER; i++) {
      Instant before = Instant.now();
      PollReport r = watcher.poll(s.id());
      assertThat(r.error()).contains("answered HTTP 503");
      SourceState st = sources.find(s.id()).orElseThrow().state();
      assertThat(st.failures()).isEqualTo(i);
      assertThat(st.lastError()).isEqualTo(r.error());
      assertThat(st.nextPoll())
          .isAfterOrEqualTo(before.plus(Watcher.backoff(s.interval(), i)).minusSeconds(1));
      assertThat(st.flagged()).isEqualTo(i >= SourceState.FLAG_AFTER);
    }
    assertThat(Watcher.backoff(Duration.ofMinutes(30), 1)).isEqualTo(Duration.ofHours(1));
    assertThat(Watcher.backoff(Duration.ofMinutes(30), 9)).isEqualTo(Duration.ofDays(1));
    // Not due again: the scheduler does not retry it in a loop.
    assertThat(sources.due(Instant.now())).isEmpty();
    // Once it answers again, the failures are cleared.
    serve("/down", "application/rss+xml", rss());
    assertThat(watcher.poll(s.id()).error()).isNull();
    assertThat(sources.find(s.id()).orElseThrow().state().failures()).isZero();
  }

  @Test
  void oneRequestAtATimePerHostWithAPause() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    List<Long> starts = new CopyOnWriteArrayList<>();
    for (int i = 0; i < 4; i++) {
      String path = "/f" + i;
      routes.put(
          path,
          r -> {
            starts.add(System.nanoTime());
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
              Thread.sleep(50);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            return ok("application/rss+xml", rss());
          });
      add(SourceKind.FEED, path);
    }
    Fetcher polite =
        new Fetcher(FAST.withHostDelay(Duration.ofMillis(150)), Clock.systemUTC(), true);
    Watcher w = new Watcher(sources, (d) -> null, polite, Clock.systemUTC(), 10);
    try (WatchScheduler scheduler = new WatchScheduler(sources, w, Clock.systemUTC(), 4)) {
      assertThat(scheduler.tick()).isEqualTo(4);
      long deadline = System.currentTimeMillis() + 10_000;
      while ((scheduler.busy() || starts.size() < 4) && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
    } finally {
      polite.close();
    }
    assertThat(starts).hasSize(4);
    assertThat(most.get()).isEqualTo(1);
    List<Long> sorted = new ArrayList<>(starts);
    sorted.sort(Long::compare);
    for (int i = 1; i < sorted.size(); i++) {
      // 50 ms answering plus the 150 ms pause.
      assertThat((sorted.get(i) - sorted.get(i - 1)) / 1_000_000).isGreaterThanOrEqualTo(190);
    }
  }

  @Test
  void whatFellDueWhileDownRunsOnce() throws Exception {
    AtomicInteger polls = new AtomicInteger();
    routes.put(
        "/feed",
        r -> {
          polls.incrementAndGet();
          return ok("application/rss+xml", rss());
        });
    WatchedSource s = add(SourceKind.FEED, "/feed");
    // Last polled three days ago with a 30-minute interval: 144 runs were missed.
    Instant old = Instant.now().minus(Duration.ofDays(3));
    sources.saveState(
        s.id(), new SourceState(old, old.plus(s.interval()), old, null, 0, null, null));
    try (WatchScheduler scheduler = new WatchScheduler(sources, watcher, Clock.systemUTC(), 2)) {
      assertThat(scheduler.tick()).isEqualTo(1);
      long deadline = System.currentTimeMillis() + 5_000;
      while (scheduler.busy() && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
      assertThat(scheduler.tick()).isZero();
      assertThat(scheduler.tick()).isZero();
    }
    assertThat(polls.get()).isEqualTo(1);
    assertThat(sources.find(s.id()).orElseThrow().state().nextPoll())
        .isAfter(Instant.now().plus(Duration.ofMinutes(29)));
  }

  @Test
  void aPageNamedByAnAnalystIsCapturedArchivedAndIngestedOnce() {
    serve(
        "/one-page",
        "text/html",
        article("Camp attacked", null, "Raiders attacked a camp for displaced people at dawn."));
    var first = watcher.capture(url("/one-page"));
    assertThat(first.created()).isTrue();
    Document d = documents.document(first.documentId()).orElseThrow();
    assertThat(d.title()).isEqualTo("Camp attacked");
    assertThat(d.text()).contains("camp for displaced people").doesNotContain("Copyright");
    assertThat(d.url()).isEqualTo(url("/one-page"));
    assertThat(d.capturedAt()).isNotNull();
    assertThat(sources.list()).as("no source is made for a single page").isEmpty();

    var again = watcher.capture(url("/one-page"));
    assertThat(again.created()).isFalse();
    assertThat(again.documentId()).isEqualTo(first.documentId());
    assertThat(documents.documentCount()).isEqualTo(1);
  }

  @Test
  void whatTheAnalystGivesOverridesThePageAndTheArchiveRecordsBoth() throws Exception {
    serve(
        "/given-page",
        "text/html",
        article("Market raid", null, "Gunmen raided a weekly market and burned several stalls."));
    var r =
        watcher.capture(
            url("/given-page"),
            new org.harmwatch.core.watch.PageCapturer.Given(
                "Raid on the weekly market",
                java.time.LocalDate.of(2026, 2, 27),
                "  ",
                "analyst1"));
    Document d = documents.document(r.documentId()).orElseThrow();
    assertThat(d.title()).isEqualTo("Raid on the weekly market");
    assertThat(d.published()).isEqualTo(java.time.LocalDate.of(2026, 2, 27));
    assertThat(d.publisher()).as("a blank publisher is not given; the page names none").isNull();

    Capture c = sources.capture(captureOf(r.documentId())).orElseThrow();
    assertThat(c.warcSha256()).isEqualTo(Document.sha256Hex(c.warc()));
    try (WarcReader reader = new WarcReader(new ByteArrayInputStream(c.warc()))) {
      assertThat(reader.next().orElseThrow().type()).isEqualTo("response");
      assertThat(reader.next().orElseThrow().type()).isEqualTo("request");
      WarcRecord rec = reader.next().orElseThrow();
      assertThat(rec).isInstanceOf(org.netpreserve.jwarc.WarcMetadata.class);
      var fields = ((org.netpreserve.jwarc.WarcMetadata) rec).fields();
      assertThat(fields.first("title")).contains("Raid on the weekly market");
      assertThat(fields.first("title-from")).contains("analyst");
      assertThat(fields.first("page-title")).contains("Market raid");
      assertThat(fields.first("published")).contains("2026-02-27");
      assertThat(fields.first("page-published")).contains("2026-03-02");
      assertThat(fields.first("publisher")).isEmpty();
      assertThat(fields.first("given-by")).contains("analyst1");
    }

    // Nothing given: the page's own title, and no metadata record.
    serve("/plain-page", "text/html", article("Convoy stopped", null, "A convoy was stopped."));
    var plain = watcher.capture(url("/plain-page"));
    assertThat(documents.document(plain.documentId()).orElseThrow().title())
        .isEqualTo("Convoy stopped");
    Capture pc = sources.capture(captureOf(plain.documentId())).orElseThrow();
    try (WarcReader reader = new WarcReader(new ByteArrayInputStream(pc.warc()))) {
      reader.next();
      reader.next();
      assertThat(reader.next()).isEmpty();
    }
  }

  private String captureOf(String documentId) throws java.sql.SQLException {
    try (var con = db.dataSource().getConnection();
        var ps = con.prepareStatement("SELECT id FROM captures WHERE document_id = ?")) {
      ps.setString(1, documentId);
      try (var rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getString(1);
      }
    }
  }

  @Test
  void aPageCaptureFailsWithItsReasonAndKeepsTheAddressRules() {
    serve("/data.json", "application/json", "{}");
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () -> watcher.capture(url("/data.json"))))
        .isInstanceOf(org.harmwatch.core.watch.PageCapturer.Failed.class)
        .hasMessageContaining("not an HTML page");
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () -> watcher.capture("file:///etc/passwd")))
        .hasMessageContaining("not an http or https address");
    try (Fetcher guarded = new Fetcher(FAST, Clock.systemUTC())) {
      Watcher strict = new Watcher(sources, d -> null, guarded, Clock.systemUTC(), 10);
      assertThat(
              org.assertj.core.api.Assertions.catchThrowable(
                  () -> strict.capture(url("/data.json"))))
          .isInstanceOf(org.harmwatch.core.watch.PageCapturer.Failed.class)
          .hasMessageContaining("127.0.0.1");
    }
    assertThat(documents.documentCount()).isZero();
  }

  @Test
  void anUnreachableHostIsNamed() {
    WatchedSource s =
        sources.add(
            new WatchedSource.Draft(
                SourceKind.FEED, "http://127.0.0.1:1/feed.xml", null, null, null, null, true),
            Instant.now());
    assertThat(watcher.poll(s.id()).error()).startsWith("cannot connect to 127.0.0.1:1");
  }

  @Test
  void disabledSourcesAreNotDue() {
    WatchedSource s = add(SourceKind.FEED, "/feed");
    assertThat(sources.due(Instant.now().plusSeconds(1))).hasSize(1);
    sources.setEnabled(s.id(), false, Instant.now());
    assertThat(sources.due(Instant.now().plusSeconds(1))).isEmpty();
    sources.setEnabled(s.id(), true, Instant.now());
    assertThat(sources.due(Instant.now().plusSeconds(1))).hasSize(1);
  }

  private static MockResponseBody endless(long declared) {
    return new MockResponseBody() {
      @Override
      public long getContentLength() {
        return declared;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        byte[] chunk = new byte[16 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'a');
        for (int i = 0; i < 1_000_000; i++) {
          sink.write(chunk);
          sink.flush();
        }
      }
    };
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }
}

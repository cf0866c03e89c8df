package org.harmwatch.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.Extractor;
import org.harmwatch.core.pipeline.Pipeline;
import org.harmwatch.core.watch.PollReport;
import org.harmwatch.core.watch.SourceKind;
import org.harmwatch.core.watch.WatchedSource;
import org.harmwatch.store.Database;
import org.harmwatch.store.DatabaseSettings;
import org.harmwatch.store.JdbcIncidentStore;
import org.harmwatch.store.JdbcSourceStore;
import org.harmwatch.watch.FetchSettings;
import org.harmwatch.watch.Fetcher;
import org.harmwatch.watch.Watcher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Captures per second of the watcher against local HTTP servers: 1,000 feed sources spread over 20
 * hosts (127.0.0.2 to 127.0.0.21, each its own server, so per-host politeness applies as it would
 * on the web, with no pause), each poll finding one new article. One operation is one poll: the
 * feed fetched and parsed, robots.txt honoured (cached), the article fetched, its main text
 * separated from the furniture, a WARC record written with its SHA-256, the document and the
 * capture stored in an in-memory H2 database. Extraction is a no-op here: its speed is measured by
 * {@link ExtractionBenchmark}. Prints the heap in use after a full GC at the end of each trial. Run
 * with {@code java -jar benchmarks/target/benchmarks.jar CaptureBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Throughput climbs for about 40 s (JIT, H2, the hosts' robots.txt cache): 2 x 5 s measured the
// ramp.
@Warmup(iterations = 5, time = 10)
@Measurement(iterations = 3, time = 10)
// The JDK test server waits for delayed ACKs (~40 ms a response) unless Nagle is off.
@Fork(
    value = 1,
    jvmArgs = {"-Xmx1g", "-Dsun.net.httpserver.nodelay=true"})
@Threads(4)
public class CaptureBench {
  private static final int HOSTS = 20;

  @Param("1000")
  public int sources;

  private final List<HttpServer> servers = new ArrayList<>();
  private ExecutorService serverThreads;
  private Database db;
  private Fetcher fetcher;
  private Watcher watcher;
  private List<WatchedSource> watched;
  private final AtomicLong next = new AtomicLong();
  private final AtomicLong article = new AtomicLong();

  private static final String PAGE_HEAD =
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Attack %d</title>"
          + "<meta property=\"article:published_time\" content=\"2026-03-01T08:00:00Z\">"
          + "<meta name=\"author\" content=\"Desk\"></head><body><header><nav><a href=\"/\">Home"
          + "</a><a href=\"/africa\">Africa</a><a href=\"/world\">World</a></nav></header>"
          + "<div class=\"ad-slot\">Advertisement</div><article><h1>Attack number %d</h1>";

  private static final String PARAGRAPH =
      "<p>Gunmen on motorbikes attacked the village on Thursday evening, killing several civilians"
          + " and wounding others, local officials said, asking not to be named.</p>";

  @Setup(Level.Trial)
  public void start() throws IOException {
    serverThreads = Executors.newFixedThreadPool(8);
    int port = 0;
    for (int h = 0; h < HOSTS; h++) {
      HttpServer s =
          HttpServer.create(
              new InetSocketAddress(InetAddress.getByName("127.0.0." + (h + 2)), port), 64);
      s.createContext("/", this::handle);
      s.setExecutor(serverThreads);
      s.start();
      port = s.getAddress().getPort(); // every host on the same port, as on the web
      servers.add(s);
    }
    db =
        Database.open(
            DatabaseSettings.h2Memory("bench" + UUID.randomUUID().toString().replace("-", "")));
    JdbcSourceStore store = new JdbcSourceStore(db);
    fetcher =
        new Fetcher(FetchSettings.DEFAULTS.withHostDelay(Duration.ZERO), Clock.systemUTC(), true);
    Extractor none =
        new Extractor() {
          @Override
          public List<Incident> extract(Document d) {
            return List.of();
          }

          @Override
          public String version() {
            return "none";
          }
        };
    watcher =
        new Watcher(
            store, new Pipeline(none, new JdbcIncidentStore(db)), fetcher, Clock.systemUTC(), 10);
    watched = new ArrayList<>();
    for (int i = 0; i < sources; i++) {
      String host = "127.0.0." + (i % HOSTS + 2);
      watched.add(
          store.add(
              new WatchedSource.Draft(
                  SourceKind.FEED,
                  "http://" + host + ":" + port + "/feed/" + i,
                  "source " + i,
                  "en",
                  null,
                  null,
                  true),
              Instant.now()));
    }
  }

  private void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    String host = x.getRequestHeaders().getFirst("Host");
    byte[] body;
    String type;
    int status = 200;
    if (path.startsWith("/feed/")) {
      long n = article.incrementAndGet();
      type = "application/rss+xml";
      body =
          ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed</title><link>http://"
                  + host
                  + "/</link><description>d</description><item><title>Attack "
                  + n
                  + "</title><link>http://"
                  + host
                  + "/africa/attack-in-village-"
                  + n
                  + "</link></item></channel></rss>")
              .getBytes(StandardCharsets.UTF_8);
    } else if (path.startsWith("/africa/")) {
      String n = path.substring(path.lastIndexOf('-') + 1);
      StringBuilder page =
          new StringBuilder(String.format(PAGE_HEAD, Long.parseLong(n), Long.parseLong(n)));
      for (int i = 0; i < 8; i++) {
        page.append(PARAGRAPH);
      }
      page.append("<p>Report ")
          .append(n)
          .append(".</p></article><footer>Copyright</footer></body></html>");
      type = "text/html; charset=utf-8";
      body = page.toString().getBytes(StandardCharsets.UTF_8);
    } else {
      status = 404;
      type = "text/plain";
      body = "not found".getBytes(StandardCharsets.UTF_8);
    }
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(status, body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  /** One poll of the next source: one new article captured. */
  @Benchmark
  public int capture() {
    WatchedSource s = watched.get((int) (next.getAndIncrement() % watched.size()));
    PollReport r = watcher.poll(s);
    if (!r.ok() || r.captured() != 1) {
      throw new IllegalStateException("poll did not capture one article: " + r);
    }
    return r.captured();
  }

  @TearDown(Level.Trial)
  public void stop() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    System.out.printf(
        "%n%d captures stored; heap in use after GC %d MB (max %d MB)%n",
        article.get(), (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    servers.forEach(s -> s.stop(0));
    serverThreads.shutdownNow();
    fetcher.close();
    db.close();
  }
}

package org.harmwatch.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load generator for a running harmwatch server on this machine: for each scenario (incident
 * lists, full-text incident lists, incident pages, document ingest) and each number of concurrent
 * clients, it runs the clients for a fixed time and prints requests per second, latency percentiles
 * and errors.
 *
 * <p>Run it through {@code tools/load-bench.sh}, which prepares a database of synthetic incidents,
 * starts the server and an analyst account. Every client is a thread that sends one request at a
 * time and the next as soon as the answer is read (a closed loop, as wrk does); latency is measured
 * from sending to the last byte. Only loopback addresses are accepted, so the benchmark never loads
 * someone else's server. Bounded in time: clients stop at their deadline.
 *
 * <p>A 503 with Retry-After (the server's ingest queue is full) is not an error: it is counted as
 * {@code busy}, left out of the latencies, and the client waits as long as asked before its next
 * request, as a well-behaved client does.
 */
public final class LoadBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One kind of request the clients repeat. */
  enum Scenario {
    LIST,
    SEARCH,
    INCIDENT,
    INGEST
  }

  private final URI base;
  private final HttpClient http;
  private final String token;
  private final List<String> incidentIds;
  private final AtomicLong documentCounter = new AtomicLong();
  private final String runTag = Long.toString(System.nanoTime(), 36);

  private LoadBench(URI base, HttpClient http, String token, List<String> incidentIds) {
    this.base = base;
    this.http = http;
    this.token = token;
    this.incidentIds = incidentIds;
  }

  /**
   * Runs the benchmark; arguments {@code --url URL --user USER --password PASSWORD [--clients
   * 20,100,200] [--seconds 20] [--warm-up 5] [--scenarios list,search,incident,ingest]}.
   */
  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    String token = login(http, o.url, o.user, o.password);
    List<String> ids = incidentIds(http, o.url, token);
    if (ids.isEmpty() && o.scenarios.contains(Scenario.INCIDENT)) {
      throw new IllegalStateException("the server at " + o.url + " lists no incidents to open");
    }
    LoadBench bench = new LoadBench(o.url, http, token, ids);
    PrintStream out = System.out;
    out.printf(
        Locale.ROOT,
        "server %s · %d incidents listed for the page scenario · %d s per run after %d s warm-up%n",
        o.url,
        ids.size(),
        o.seconds,
        o.warmUp);
    out.printf(
        Locale.ROOT,
        "%-9s %7s %9s %8s %8s %8s %8s %8s %7s %7s%n",
        "scenario",
        "clients",
        "requests",
        "req/s",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "max ms",
        "errors",
        "busy");
    for (Scenario s : o.scenarios) {
      for (int clients : o.clients) {
        Result r = bench.run(s, clients, o.warmUp, o.seconds);
        out.printf(
            Locale.ROOT,
            "%-9s %7d %9d %8.1f %8.1f %8.1f %8.1f %8.1f %7d %7d%n",
            s.name().toLowerCase(Locale.ROOT),
            clients,
            r.latenciesNanos.length,
            r.latenciesNanos.length / (double) o.seconds,
            r.percentileMillis(0.50),
            r.percentileMillis(0.95),
            r.percentileMillis(0.99),
            r.percentileMillis(1.0),
            r.errors,
            r.busy);
        if (r.firstError != null) {
          out.println("  first error: " + r.firstError);
        }
      }
    }
  }

  /**
   * The latencies of one run's recorded requests (errors included, refusals as busy not), its
   * errors and its refusals as busy.
   */
  record Result(long[] latenciesNanos, long errors, long busy, String firstError) {
    double percentileMillis(double p) {
      if (latenciesNanos.length == 0) {
        return Double.NaN;
      }
      int i = (int) Math.ceil(p * latenciesNanos.length) - 1;
      return latenciesNanos[Math.max(0, Math.min(latenciesNanos.length - 1, i))] / 1e6;
    }
  }

  private Result run(Scenario scenario, int clients, int warmUpSeconds, int seconds)
      throws InterruptedException {
    long start = System.nanoTime();
    long recordFrom = start + warmUpSeconds * 1_000_000_000L;
    long stopAt = recordFrom + seconds * 1_000_000_000L;
    List<long[]> perClient = new ArrayList<>();
    long[] counts = new long[clients];
    AtomicLong errors = new AtomicLong();
    AtomicLong busy = new AtomicLong();
    String[] firstError = new String[1];
    CountDownLatch done = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      long[] latencies = new long[1 << 16];
      perClient.add(latencies);
      int client = c;
      Thread t =
          new Thread(
              () -> {
                try {
                  long[] mine = latencies;
                  while (true) {
                    long sent = System.nanoTime();
                    if (sent >= stopAt) {
                      break;
                    }
                    String failure = once(scenario);
                    long took = System.nanoTime() - sent;
                    if (failure != null && failure.startsWith(BUSY)) {
                      if (sent >= recordFrom) {
                        busy.incrementAndGet();
                      }
                      long wait = Long.parseLong(failure.substring(BUSY.length())) * 1_000_000_000L;
                      long left = stopAt - System.nanoTime();
                      if (left > 0) {
                        Thread.sleep(Math.min(wait, left) / 1_000_000L);
                      }
                      continue;
                    }
                    if (sent < recordFrom) {
                      continue;
                    }
                    if (failure != null) {
                      errors.incrementAndGet();
                      synchronized (firstError) {
                        if (firstError[0] == null) {
                          firstError[0] = failure;
                        }
                      }
                    }
                    if (counts[client] == mine.length) {
                      mine = Arrays.copyOf(mine, mine.length * 2);
                      perClient.set(client, mine);
                    }
                    mine[(int) counts[client]++] = took;
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } finally {
                  done.countDown();
                }
              },
              "load-" + scenario + "-" + c);
      t.setDaemon(true);
      t.start();
    }
    done.await();
    long total = 0;
    for (long n : counts) {
      total += n;
    }
    long[] all = new long[(int) total];
    int at = 0;
    for (int c = 0; c < clients; c++) {
      System.arraycopy(perClient.get(c), 0, all, at, (int) counts[c]);
      at += (int) counts[c];
    }
    Arrays.sort(all);
    return new Result(all, errors.get(), busy.get(), firstError[0]);
  }

  /** The start of {@link #once}'s answer to a 503 with Retry-After, followed by the seconds. */
  private static final String BUSY = "busy:";

  /**
   * Sends one request of the scenario; returns null on a 2xx answer, {@link #BUSY} and the seconds
   * of Retry-After on a 503 that has one, else what went wrong.
   */
  private String once(Scenario scenario) {
    HttpRequest.Builder request =
        switch (scenario) {
          case LIST -> HttpRequest.newBuilder(base.resolve(listPath())).GET();
          case SEARCH -> HttpRequest.newBuilder(base.resolve(searchPath())).GET();
          case INCIDENT -> HttpRequest.newBuilder(base.resolve(incidentPath())).GET();
          case INGEST ->
              HttpRequest.newBuilder(base.resolve("/api/documents"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(syntheticDocument()));
        };
    try {
      HttpResponse<byte[]> r =
          http.send(
              request
                  .header("Authorization", "Bearer " + token)
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      String retry = r.headers().firstValue("Retry-After").orElse("").trim();
      if (r.statusCode() == 503 && retry.matches("[0-9]{1,6}")) {
        return BUSY + retry;
      }
      return r.statusCode() / 100 == 2 ? null : "HTTP " + r.statusCode() + " " + r.uri();
    } catch (IOException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  // A mix of list pages an analyst opens: the first page, a country, an event type, a later page.
  private static final String[] LISTS = {
    "/api/incidents?limit=50",
    "/api/incidents?limit=50&country=ML",
    "/api/incidents?limit=50&event_type=violence_against_civilians",
    "/api/incidents?limit=50&offset=500",
    "/api/incidents?limit=50&killed_min=5",
  };

  // Full-text lists over bench-store's synthetic incidents: "synthetic" is in every one's document
  // title, so each query ranks 10,000 hits and filters them against the database, the costly case.
  private static final String[] SEARCHES = {
    "/api/incidents?limit=50&q=synthetic",
    "/api/incidents?limit=50&q=synthetic&country=ML",
    "/api/incidents?limit=50&q=place&event_type=violence_against_civilians",
  };

  private static String searchPath() {
    return SEARCHES[ThreadLocalRandom.current().nextInt(SEARCHES.length)];
  }

  private static String listPath() {
    return LISTS[ThreadLocalRandom.current().nextInt(LISTS.length)];
  }

  private String incidentPath() {
    return "/api/incidents/"
        + incidentIds.get(ThreadLocalRandom.current().nextInt(incidentIds.size()));
  }

  // Short reports in the benchmark's own words; the counter and run tag make every text new, so
  // each post is a real ingest (extraction, storage, linking), never the idempotent answer.
  private static final String[] PLACES = {"Gao", "Mopti", "Djibo", "Tillaberi", "Kidal", "Menaka"};

  private String syntheticDocument() {
    long n = documentCounter.incrementAndGet();
    ThreadLocalRandom r = ThreadLocalRandom.current();
    String place = PLACES[r.nextInt(PLACES.length)];
    int killed = 1 + r.nextInt(30);
    String text =
        "Gunmen on motorbikes attacked a market near "
            + place
            + " on Tuesday, killing "
            + killed
            + " civilians, a local official said. Load run "
            + runTag
            + " report "
            + n
            + ".";
    ObjectNode doc = JSON.createObjectNode();
    doc.put("id", "load-" + runTag + "-" + n);
    doc.put("title", "Attack near " + place);
    doc.put("published", "2024-03-14");
    doc.put("language", "en");
    doc.put("text", text);
    return doc.toString();
  }

  /** Logs in, changes a one-time password when the server asks for it, and returns a token. */
  private static String login(HttpClient http, URI base, String user, String password)
      throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode().put("username", user).put("password", password);
    HttpResponse<String> r = post(http, base, "/api/login", body, null, null);
    if (r.statusCode() != 200) {
      throw new IllegalStateException("login as '" + user + "' failed: HTTP " + r.statusCode());
    }
    String cookie =
        r.headers().allValues("Set-Cookie").stream()
            .map(c -> c.split(";", 2)[0])
            .filter(c -> c.startsWith("hw_session="))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("login answered no session cookie"));
    JsonNode me = JSON.readTree(r.body());
    String csrf = me.path("csrf_token").asText();
    if (me.path("must_change_password").asBoolean(false)) {
      ObjectNode change =
          JSON.createObjectNode()
              .put("current_password", password)
              .put("new_password", "load-bench-" + Long.toString(System.nanoTime(), 36));
      HttpResponse<String> c = post(http, base, "/api/me/password", change, cookie, csrf);
      if (c.statusCode() != 204) {
        throw new IllegalStateException("password change failed: HTTP " + c.statusCode());
      }
    }
    ObjectNode label = JSON.createObjectNode().put("label", "load-bench");
    HttpResponse<String> t = post(http, base, "/api/tokens", label, cookie, csrf);
    if (t.statusCode() != 201) {
      throw new IllegalStateException("token request failed: HTTP " + t.statusCode());
    }
    return JSON.readTree(t.body()).path("token").asText();
  }

  private static HttpResponse<String> post(
      HttpClient http, URI base, String path, JsonNode body, String cookie, String csrf)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (cookie != null) {
      b.header("Cookie", cookie).header("X-CSRF-Token", csrf);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> incidentIds(HttpClient http, URI base, String token)
      throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(base.resolve("/api/incidents?limit=1000"))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("listing incidents failed: HTTP " + r.statusCode());
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode i : JSON.readTree(r.body()).path("items")) {
      ids.add(i.path("id").asText());
    }
    return ids;
  }

  /** The command line, checked before any request is sent. */
  record Options(
      URI url,
      String user,
      String password,
      int[] clients,
      int seconds,
      int warmUp,
      List<Scenario> scenarios) {
    static Options parse(String[] args) throws IOException {
      String url = "http://127.0.0.1:7070";
      String user = null;
      String password = System.getenv("HARMWATCH_LOAD_PASSWORD");
      String clients = "20,100,200";
      String seconds = "20";
      String warmUp = "5";
      String scenarios = "list,incident,ingest";
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--url" -> url = value;
          case "--user" -> user = value;
          case "--password" -> password = value;
          case "--clients" -> clients = value;
          case "--seconds" -> seconds = value;
          case "--warm-up" -> warmUp = value;
          case "--scenarios" -> scenarios = value;
          default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
        }
        if (value == null) {
          throw new IllegalArgumentException("option '" + args[i] + "' needs a value");
        }
        i++;
      }
      if (user == null || password == null) {
        throw new IllegalArgumentException(
            "--user and --password (or HARMWATCH_LOAD_PASSWORD) are required");
      }
      URI base = URI.create(url);
      if (base.getHost() == null || !InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
        throw new IllegalArgumentException(
            "--url '"
                + url
                + "' is not a loopback address; this benchmark loads only this machine");
      }
      List<Scenario> chosen = new ArrayList<>();
      for (String s : scenarios.split(",")) {
        try {
          chosen.add(Scenario.valueOf(s.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "--scenarios: unknown scenario '" + s + "' (list, search, incident, ingest)", e);
        }
      }
      return new Options(
          base,
          user,
          password,
          Arrays.stream(clients.split(",")).mapToInt(c -> positive("--clients", c)).toArray(),
          positive("--seconds", seconds),
          Math.max(0, Integer.parseInt(warmUp.trim())),
          chosen);
    }

    private static int positive(String option, String value) {
      try {
        int n = Integer.parseInt(value.trim());
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // named in the message below
      }
      throw new IllegalArgumentException(option + ": '" + value + "' is not a positive number");
    }
  }
}

package org.harmwatch.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.harmwatch.watch.WatchScheduler;
import org.harmwatch.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code harmwatch serve}: the REST API and the web UI, until interrupted. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the REST API and the web UI (default http://localhost:7070).")
public final class ServeCommand implements Callable<Integer> {
  @Mixin DatabaseOptions database;

  @Mixin ServerOptions server;

  @Override
  public Integer call() throws InterruptedException {
    try (Components components = new Components()) {
      serveUntilInterrupted(components, database.choice(), server);
    }
    return 0;
  }

  /** Starts the server over the chosen store and blocks until the JVM is asked to stop. */
  static void serveUntilInterrupted(
      Components components, DatabaseChoice choice, ServerOptions options)
      throws InterruptedException {
    int port = options.port();
    WebParts.bootstrapAdmin(
        components.accounts(choice), new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    WebServer server = components.webServer(choice, options.host, options.secureCookie);
    int bound = server.start(port);
    WatchScheduler scheduler =
        options.watch
            ? new WatchScheduler(
                components.sources(choice), components.watcher(choice), Clock.systemUTC(), 2)
            : null;
    if (scheduler != null) {
      // Every 30 s: due sources are polled; what fell due while the server was down runs once.
      scheduler.start(Duration.ofSeconds(30));
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (scheduler != null) {
                    scheduler.close();
                  }
                  server.stop();
                  // The JVM may exit as soon as this hook ends, before the command's own close:
                  // close here so that the search index is marked in step with the database.
                  components.close();
                  stopped.countDown();
                },
                "harmwatch-shutdown"));
    System.out.println("harmwatch is serving http://localhost:" + bound + "/  (Ctrl-C stops it)");
    stopped.await();
  }
}

package org.harmwatch.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.harmwatch.web.WebServer;

/**
 * The real application for browser tests: one server per test JVM, on an in-memory H2 database
 * holding the bundled sample corpus, bound to 127.0.0.1 on a free port. Started on first use and
 * stopped when the JVM exits. Thread-safe.
 */
final class LiveApp {
  private static LiveApp instance;

  private final Components components;
  private final String base;

  private LiveApp(Components components, String base) {
    this.components = components;
    this.base = base;
  }

  /** The running app, started (and filled with the sample corpus) on first call. */
  static synchronized LiveApp get() {
    if (instance == null) {
      instance = start();
    }
    return instance;
  }

  private static LiveApp start() {
    DatabaseChoice choice = DatabaseChoice.of("h2-mem", null, null, null, Path.of("data"), "dev");
    Components components = new Components();
    StringWriter err = new StringWriter();
    IngestRun run = new IngestRun(components.pipeline(choice), new PrintWriter(err, true), false);
    for (String sample : DemoCommand.SAMPLES) {
      try (InputStream in = LiveApp.class.getResourceAsStream(sample)) {
        if (in == null) {
          throw new IllegalStateException("sample " + sample + " is not on the test classpath");
        }
        run.ingest(in, sample);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read sample " + sample, e);
      }
    }
    WebServer server =
        new WebServer(components.store(choice), components.pipeline(choice), "127.0.0.1");
    int port = server.start(0);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  components.close();
                },
                "live-app-stop"));
    return new LiveApp(components, "http://127.0.0.1:" + port);
  }

  /** The app's base URL, e.g. {@code http://127.0.0.1:40123}, without a trailing slash. */
  String base() {
    return base;
  }

  /** The wiring of the running app (its stores), for checking what the browser changed. */
  Components components() {
    return components;
  }
}

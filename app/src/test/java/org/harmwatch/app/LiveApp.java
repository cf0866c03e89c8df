package org.harmwatch.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import org.harmwatch.app.browser.Browser;
import org.harmwatch.core.account.AccountStore;
import org.harmwatch.core.account.Role;
import org.harmwatch.core.review.ReviewStore;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.core.watch.SourceStore;
import org.harmwatch.web.Passwords;
import org.harmwatch.web.WebServer;

/**
 * The real application for browser tests: one server per test JVM, on an in-memory H2 database
 * holding the bundled sample corpus, bound to 127.0.0.1 on a free port. Started on first use and
 * stopped when the JVM exits. Thread-safe.
 */
final class LiveApp {
  /** The password of the test users viewer1, analyst1 and admin1. */
  static final String PASSWORD = "sahel-test-password";

  private static LiveApp instance;

  private final Components components;
  private final DatabaseChoice choice;
  private final String base;

  private LiveApp(Components components, DatabaseChoice choice, String base) {
    this.components = components;
    this.choice = choice;
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
    AccountStore accounts = components.accounts(choice);
    for (Role role : Role.values()) {
      String name = role.code() + "1";
      if (accounts.user(name).isEmpty()) {
        accounts.createUser(name, Passwords.hash(PASSWORD), role, Instant.now());
      }
    }
    WebServer server = components.webServer(choice, "127.0.0.1", false);
    int port = server.start(0);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  components.close();
                },
                "live-app-stop"));
    return new LiveApp(components, choice, "http://127.0.0.1:" + port);
  }

  /** The app's base URL, e.g. {@code http://127.0.0.1:40123}, without a trailing slash. */
  String base() {
    return base;
  }

  /**
   * Logs {@code browser} in as {@code user} (viewer1, analyst1 or admin1) through the login page.
   */
  void login(Browser browser, String user) {
    browser.go(base + "/login.html");
    loginHere(browser, user);
  }

  /**
   * Logs {@code browser}, already on a login page (e.g. with a {@code next}), in as {@code user}.
   */
  void loginHere(Browser browser, String user) {
    browser.visible("#username").sendKeys(user);
    browser.visible("#password").sendKeys(PASSWORD);
    browser.visible("#login button[type=submit]").click();
    browser.until("location.pathname !== '/login.html'");
  }

  /** The wiring of the running app (its stores), for checking what the browser changed. */
  Components components() {
    return components;
  }

  /** The running app's incident store. */
  IncidentStore store() {
    return components.store(choice);
  }

  /** The running app's review store (states and history). */
  ReviewStore review() {
    return components.review(choice);
  }

  /** The running app's watched sources. */
  SourceStore sources() {
    return components.sources(choice);
  }

  /** The running app's accounts (reading queues, access logs). */
  AccountStore accounts() {
    return components.accounts(choice);
  }
}

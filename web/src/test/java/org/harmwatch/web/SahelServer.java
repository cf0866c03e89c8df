package org.harmwatch.web;

import java.util.UUID;
import java.util.stream.Stream;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.store.Database;
import org.harmwatch.store.DatabaseSettings;
import org.harmwatch.store.JdbcIncidentStore;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that gives each test a fresh H2 database holding the {@link SahelFixtures}
 * and, once the test {@linkplain #start starts} it with its modules, a web server on a free port of
 * 127.0.0.1 whose requests act as the user named in {@link TestUser#HEADER}. Register it on an
 * instance field with {@code @RegisterExtension}; it stops the server and closes the database after
 * each test.
 */
final class SahelServer implements BeforeEachCallback, AfterEachCallback {
  private Database database;
  private JdbcIncidentStore store;
  private WebServer server;

  @Override
  public void beforeEach(ExtensionContext context) {
    database =
        Database.open(
            DatabaseSettings.h2Memory("w" + UUID.randomUUID().toString().replace("-", "")));
    store = new JdbcIncidentStore(database);
    SahelFixtures.fill(store);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (server != null) {
      server.stop();
    }
    store.close();
  }

  /** The test's database. */
  Database database() {
    return database;
  }

  /** The incident store over {@link #database()}, filled with the Sahel fixtures. */
  JdbcIncidentStore store() {
    return store;
  }

  /** Starts the server with {@link TestUser} and {@code modules}; returns a client of it. */
  ApiClient start(ApiModule... modules) {
    server =
        new WebServer(
            store,
            new FakeIngestService(store),
            "127.0.0.1",
            Stream.concat(Stream.of(new TestUser()), Stream.of(modules)).toList());
    return new ApiClient("http://127.0.0.1:" + server.start(0));
  }

  /** The server, once {@linkplain #start started}. */
  WebServer server() {
    return server;
  }

  /** The id of the stored incident at the place named {@code place}. */
  String idAt(String place) {
    return store.search(IncidentQuery.all(10)).items().stream()
        .filter(i -> i.location().name().equals(place))
        .findFirst()
        .orElseThrow()
        .id();
  }
}

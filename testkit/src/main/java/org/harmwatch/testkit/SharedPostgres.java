package org.harmwatch.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that gives a test class the one {@link PostgresServer} of the test run: the
 * first class that needs it starts it, and it stops when the run ends. Register it on a static
 * field ({@code @RegisterExtension static final SharedPostgres POSTGRES = new SharedPostgres();})
 * and take a fresh database per test with {@link #newDatabase()}.
 */
public final class SharedPostgres implements BeforeAllCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedPostgres.class);
  private PostgresServer server;

  @Override
  public void beforeAll(ExtensionContext context) {
    server =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                PostgresServer.class, key -> PostgresServer.start(), PostgresServer.class);
  }

  /** Creates a new, empty database on the shared server. */
  public PostgresDatabase newDatabase() {
    return server().newDatabase();
  }

  /** The shared server, once the test class has started. */
  public PostgresServer server() {
    if (server == null) {
      throw new IllegalStateException("SharedPostgres must be registered on a static field");
    }
    return server;
  }
}

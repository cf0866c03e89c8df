package org.harmwatch.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.harmwatch.store.DatabaseSettings;

/**
 * Which database to use, validated: an H2 file under a data directory, an in-memory H2, or an
 * explicit PostgreSQL server. In the {@code prod} profile only an explicit PostgreSQL database is
 * accepted, so a team server never silently falls back to a local file.
 */
public record DatabaseChoice(
    Kind kind,
    String url,
    String user,
    String password,
    Path dataDir,
    boolean production,
    Path indexDir) {

  /** The kinds of database. */
  public enum Kind {
    H2_FILE,
    H2_MEM,
    POSTGRES
  }

  public DatabaseChoice {
    Objects.requireNonNull(kind, "kind");
  }

  /** Validates raw option values, with the default search index directory. */
  public static DatabaseChoice of(
      String kind, String url, String user, String password, Path dataDir, String profile) {
    return of(kind, url, user, password, dataDir, profile, null);
  }

  /**
   * Validates raw option values; the exception names the bad setting and value. {@code indexDir}
   * null means the default: {@code index} under the data directory for an H2 file, {@code
   * index-postgres} there for PostgreSQL; an in-memory H2 keeps its index in memory.
   */
  public static DatabaseChoice of(
      String kind,
      String url,
      String user,
      String password,
      Path dataDir,
      String profile,
      Path indexDir) {
    String p = profile == null ? "dev" : profile.trim().toLowerCase(Locale.ROOT);
    if (!p.equals("dev") && !p.equals("prod")) {
      throw new ConfigurationException("--profile must be dev or prod, was '" + profile + "'");
    }
    boolean production = p.equals("prod");
    String k = kind == null ? "h2-file" : kind.trim().toLowerCase(Locale.ROOT);
    Kind parsed =
        switch (k) {
          case "h2-file", "h2" -> Kind.H2_FILE;
          case "h2-mem", "mem" -> Kind.H2_MEM;
          case "postgres", "postgresql", "pg" -> Kind.POSTGRES;
          default ->
              throw new ConfigurationException(
                  "--db must be h2-file, h2-mem or postgres, was '" + kind + "'");
        };
    if (production && parsed != Kind.POSTGRES) {
      throw new ConfigurationException(
          "--profile prod needs an explicit PostgreSQL database (--db postgres and --db-url or"
              + " HARMWATCH_DB_URL); refusing to start on "
              + k);
    }
    if (parsed == Kind.POSTGRES) {
      if (url == null || url.isBlank()) {
        throw new ConfigurationException(
            "--db postgres needs --db-url or HARMWATCH_DB_URL (jdbc:postgresql://host:5432/db)");
      }
      if (!url.startsWith("jdbc:postgresql:")) {
        throw new ConfigurationException(
            "--db-url must start with jdbc:postgresql: for --db postgres, was '"
                + DatabaseSettings.redact(url)
                + "'");
      }
    }
    Path data = dataDir == null ? Path.of("data") : dataDir;
    Path index = indexDir;
    if (index == null && parsed != Kind.H2_MEM) {
      index = data.resolve(parsed == Kind.POSTGRES ? "index-postgres" : "index");
    }
    return new DatabaseChoice(parsed, url, user, password, data, production, index);
  }

  /** A description for logs, never with the password. */
  public String describe() {
    return switch (kind) {
      case H2_FILE -> "H2 file database in " + dataDir.toAbsolutePath().normalize();
      case H2_MEM -> "H2 in-memory database";
      case POSTGRES ->
          "PostgreSQL " + DatabaseSettings.redact(url) + (user == null ? "" : " as " + user);
    };
  }

  @Override
  public String toString() {
    return "DatabaseChoice[" + describe() + "]";
  }
}

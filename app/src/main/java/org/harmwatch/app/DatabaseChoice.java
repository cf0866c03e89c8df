package org.harmwatch.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.harmwatch.store.DatabaseSettings;

/**
 * Which database to use, validated: PostgreSQL run by harmwatch itself with its data under a data
 * directory (the default), an H2 file there, an in-memory H2, or an explicit PostgreSQL server. In
 * the {@code prod} profile only an explicit PostgreSQL database is accepted, so a team server never
 * silently falls back to a local one.
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
    PG_EMBEDDED,
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
   * Validates raw option values; the exception names the bad setting and value. {@code kind} null
   * means the default: {@code pg-embedded}, except in a data directory that holds an H2 database
   * and no embedded PostgreSQL one (made before PostgreSQL became the default), which keeps being
   * used. {@code indexDir} null means the default: {@code index} under the data directory for an H2
   * file, {@code index-pg} there for the embedded PostgreSQL, {@code index-postgres} for another
   * PostgreSQL; an in-memory H2 keeps its index in memory.
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
    Path data = dataDir == null ? Path.of("data") : dataDir;
    String k =
        kind == null || kind.isBlank() ? defaultKind(data) : kind.trim().toLowerCase(Locale.ROOT);
    Kind parsed =
        switch (k) {
          case "pg-embedded", "embedded-postgres" -> Kind.PG_EMBEDDED;
          case "h2-file", "h2" -> Kind.H2_FILE;
          case "h2-mem", "mem" -> Kind.H2_MEM;
          case "postgres", "postgresql", "pg" -> Kind.POSTGRES;
          default ->
              throw new ConfigurationException(
                  "--db must be pg-embedded, h2-file, h2-mem or postgres, was '" + kind + "'");
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
    Path index = indexDir;
    if (index == null && parsed != Kind.H2_MEM) {
      index =
          data.resolve(
              switch (parsed) {
                case POSTGRES -> "index-postgres";
                case PG_EMBEDDED -> "index-pg";
                default -> "index";
              });
    }
    return new DatabaseChoice(parsed, url, user, password, data, production, index);
  }

  /**
   * The kind used when none is given: {@code pg-embedded}, or {@code h2-file} for a data directory
   * that holds only an H2 database.
   */
  static String defaultKind(Path dataDir) {
    boolean h2 = Files.exists(dataDir.resolve("harmwatch.mv.db"));
    boolean pg = Files.exists(dataDir.resolve("pg").resolve("PG_VERSION"));
    return h2 && !pg ? "h2-file" : "pg-embedded";
  }

  /** A description for logs, never with the password. */
  public String describe() {
    return switch (kind) {
      case PG_EMBEDDED ->
          "embedded PostgreSQL in " + dataDir.resolve("pg").toAbsolutePath().normalize();
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

  /**
   * The key of an encrypted H2 file, from {@code HARMWATCH_DB_FILE_KEY}; null when it is not set.
   *
   * @throws IllegalArgumentException when it is set for another database than an H2 file
   */
  String h2FileKey() {
    return h2FileKey(System.getenv(org.harmwatch.store.H2Files.FILE_KEY_VARIABLE));
  }

  // Refused for the other databases rather than ignored, so that nobody believes a PostgreSQL
  // database encrypted because the variable is set.
  String h2FileKey(String key) {
    if (key == null || key.isEmpty()) {
      return null;
    }
    if (kind() != Kind.H2_FILE) {
      throw new IllegalArgumentException(
          org.harmwatch.store.H2Files.FILE_KEY_VARIABLE
              + " encrypts an H2 file (--db h2-file) only; PostgreSQL has no file encryption of its"
              + " own: keep --data-dir on an encrypted file system instead, and unset the variable");
    }
    return key;
  }
}

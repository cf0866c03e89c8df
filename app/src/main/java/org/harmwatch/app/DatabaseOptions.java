package org.harmwatch.app;

import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The database options shared by every command that stores data. Values come from flags or from the
 * {@code HARMWATCH_DB_*} environment variables; the password is never printed.
 */
public final class DatabaseOptions {
  @Option(
      names = "--db",
      paramLabel = "KIND",
      defaultValue = "${env:HARMWATCH_DB}",
      description =
          "pg-embedded (default: PostgreSQL run by harmwatch, data in DATA_DIR/pg), h2-file (a"
              + " file under --data-dir; the default for a data dir holding only an H2 database),"
              + " h2-mem or postgres. Env HARMWATCH_DB.")
  String kind;

  @Option(
      names = "--db-url",
      paramLabel = "JDBC_URL",
      defaultValue = "${env:HARMWATCH_DB_URL}",
      description = "JDBC URL for --db postgres. Env HARMWATCH_DB_URL.")
  String url;

  @Option(
      names = "--db-user",
      paramLabel = "USER",
      defaultValue = "${env:HARMWATCH_DB_USER}",
      description = "Database user. Env HARMWATCH_DB_USER.")
  String user;

  @Option(
      names = "--db-password",
      paramLabel = "PASSWORD",
      defaultValue = "${env:HARMWATCH_DB_PASSWORD}",
      description = "Database password; prefer the env variable HARMWATCH_DB_PASSWORD.")
  String password;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "${env:HARMWATCH_DATA_DIR:-./data}",
      description = "Where the embedded database and indexes live (default ./data).")
  Path dataDir;

  @Option(
      names = "--index-dir",
      paramLabel = "DIR",
      defaultValue = "${env:HARMWATCH_INDEX_DIR}",
      description =
          "Where the full-text search index lives (default DATA_DIR/index-pg, DATA_DIR/index"
              + " with h2-file, DATA_DIR/index-postgres with --db postgres; in memory with h2-mem)."
              + " Env HARMWATCH_INDEX_DIR.")
  Path indexDir;

  @Option(
      names = "--profile",
      paramLabel = "PROFILE",
      defaultValue = "${env:HARMWATCH_PROFILE:-dev}",
      description =
          "dev (default) or prod; prod refuses to start without an explicit PostgreSQL database.")
  String profile;

  /** The validated choice; throws {@link ConfigurationException} naming a bad value. */
  public DatabaseChoice choice() {
    return DatabaseChoice.of(kind, url, user, password, dataDir, profile, indexDir);
  }

  /** The validated choice with another default kind (e.g. {@code h2-mem} for tests). */
  DatabaseOptions withKind(String newKind) {
    kind = newKind.toLowerCase(Locale.ROOT);
    return this;
  }
}

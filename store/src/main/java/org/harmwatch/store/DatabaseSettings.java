package org.harmwatch.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to reach a database: its JDBC URL, user and password, and the pool size. Only H2 and
 * PostgreSQL URLs are accepted. {@link #toString()} and {@link #describe()} never show the
 * password.
 */
public record DatabaseSettings(String url, String user, String password, int poolSize) {
  // PostgreSQL mode keeps H2's SQL close to PostgreSQL's; lower-case names match PostgreSQL's.
  // WRITE_DELAY=0 writes every commit at once, so a killed process loses no committed row; it also
  // stops H2's background compaction, so a bulk load's file shrinks only when the database closes
  // (H2 2.3.232's compactFile trips its own assertion in moveChunkInside, so it is not called).
  private static final String H2_OPTIONS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

  public DatabaseSettings {
    Objects.requireNonNull(url, "url");
    if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "unsupported JDBC URL '" + redact(url) + "': use jdbc:h2: or jdbc:postgresql:");
    }
    if (poolSize < 1 || poolSize > 200) {
      throw new IllegalArgumentException("poolSize must be 1..200, was " + poolSize);
    }
  }

  /**
   * An H2 database in a file {@code harmwatch.mv.db} under {@code dir}, with an empty password (as
   * databases were made before {@link H2Files}, which gives them one: use it to open the app's).
   */
  public static DatabaseSettings h2File(Path dir) {
    return h2File(dir, "");
  }

  /**
   * An H2 database in a file {@code harmwatch.mv.db} under {@code dir}, user sa, in H2's automatic
   * mixed mode: the first process to open the file uses it directly and serves it to later ones (an
   * {@code export} while {@code serve} runs) over a TCP port bound to the loopback interface only
   * (see {@link Database}) and guarded by a random key kept in the database's lock file and by the
   * password, so only users who can read the database's files can connect.
   */
  public static DatabaseSettings h2File(Path dir, String password) {
    Path file = dir.toAbsolutePath().normalize().resolve("harmwatch");
    return new DatabaseSettings(
        "jdbc:h2:file:" + file + H2_OPTIONS + ";AUTO_SERVER=TRUE", "sa", password, 8);
  }

  /**
   * These H2 file settings with the file encrypted by H2 (AES-128 in XTS mode, {@code CIPHER=AES})
   * under {@code fileKey}: H2 takes the file key and the user's password together, separated by a
   * space, so the key may hold no space.
   *
   * @throws IllegalArgumentException when these are not H2 file settings or the key is unusable
   */
  public DatabaseSettings encrypted(String fileKey) {
    if (!url.startsWith("jdbc:h2:file:")) {
      throw new IllegalArgumentException("only an H2 file database can be encrypted by H2");
    }
    if (fileKey == null
        || fileKey.length() < 12
        || fileKey.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "the database file key must be at least 12 characters without spaces");
    }
    return new DatabaseSettings(url + ";CIPHER=AES", user, fileKey + " " + password, poolSize);
  }

  /** A private in-memory H2 database that lives as long as the pool. */
  public static DatabaseSettings h2Memory(String name) {
    if (name == null || !name.matches("[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException("bad in-memory database name: '" + name + "'");
    }
    return new DatabaseSettings(
        "jdbc:h2:mem:" + name + H2_OPTIONS + ";DB_CLOSE_DELAY=-1", "sa", "", 8);
  }

  /** A PostgreSQL server. */
  public static DatabaseSettings postgres(String url, String user, String password) {
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "PostgreSQL URL must start with jdbc:postgresql:, was '"
              + (url == null ? null : redact(url))
              + "'");
    }
    return new DatabaseSettings(url, user, password, 10);
  }

  /** Whether this is a PostgreSQL database. */
  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  /** A description for logs: the kind and URL without options or password. */
  public String describe() {
    if (isPostgres()) {
      return "PostgreSQL " + redact(url) + (user == null ? "" : " as " + user);
    }
    String u = url.substring(0, url.indexOf(';') < 0 ? url.length() : url.indexOf(';'));
    return u.startsWith("jdbc:h2:mem:")
        ? "H2 in-memory database " + u.substring("jdbc:h2:mem:".length())
        : "H2 file database " + u.substring("jdbc:h2:file:".length()) + ".mv.db";
  }

  @Override
  public String toString() {
    return "DatabaseSettings[" + describe() + ", poolSize=" + poolSize + "]";
  }

  /** {@code url} without its query string, which may carry a password. */
  public static String redact(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q) + "?…";
  }
}

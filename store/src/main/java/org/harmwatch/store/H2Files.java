package org.harmwatch.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's folder, files and password, readable by their owner only: the folder is
 * made {@code rwx------}, the database file {@code rw-------}, and the {@code sa} password is a
 * random secret kept in {@code h2-password} ({@code rw-------}) beside the database. A database
 * made before this (with the empty password) is given one the first time it is opened. On file
 * systems without POSIX permissions only the password is kept. Given a file key ({@value
 * #FILE_KEY_VARIABLE}), a new database file is encrypted by H2 under it; the key is never written
 * anywhere, so whoever holds the files without the key cannot read them. Stateless; not safe for
 * two processes opening the same new folder at the same instant.
 */
public final class H2Files {
  /** The name of the file holding the password, in the data folder. */
  public static final String PASSWORD_FILE = "h2-password";

  /** The environment variable holding the key of an encrypted H2 file. */
  public static final String FILE_KEY_VARIABLE = "HARMWATCH_DB_FILE_KEY";

  // An H2 file that H2 has not encrypted starts with its readable header.
  private static final byte[] PLAIN_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

  private static final Logger LOG = LoggerFactory.getLogger(H2Files.class);

  private H2Files() {}

  /**
   * The settings of the H2 file database in {@code dir}, with its password; makes the folder and
   * the password when missing, and gives an old database without a password one.
   *
   * @throws UncheckedIOException when the folder or password file cannot be made or read
   * @throws StoreException when an old database cannot be given its password
   */
  public static DatabaseSettings settings(Path dir) {
    return settings(dir, null);
  }

  /**
   * As {@link #settings(Path)}, with the file encrypted under {@code fileKey} when it is not null:
   * a new database is made encrypted, an encrypted one is opened with the key.
   *
   * @throws IllegalStateException when the file's encryption and the key disagree: an encrypted
   *     file without a key, or a key for a file that is not encrypted
   * @throws IllegalArgumentException when the key is unusable (see {@link
   *     DatabaseSettings#encrypted})
   */
  public static DatabaseSettings settings(Path dir, String fileKey) {
    Path abs = dir.toAbsolutePath().normalize();
    checkEncryption(abs.resolve("harmwatch.mv.db"), fileKey);
    DatabaseSettings plain = plainSettings(abs);
    return fileKey == null ? plain : plain.encrypted(fileKey);
  }

  private static void checkEncryption(Path file, String fileKey) {
    Boolean encrypted = encrypted(file);
    if (encrypted == null) {
      return;
    }
    if (encrypted && fileKey == null) {
      throw new IllegalStateException(
          "the database " + file + " is encrypted: give its key in " + FILE_KEY_VARIABLE);
    }
    if (!encrypted && fileKey != null) {
      throw new IllegalStateException(
          "the database "
              + file
              + " is not encrypted, and "
              + FILE_KEY_VARIABLE
              + " is set: only a new database is made encrypted (unset the variable, or move the"
              + " data into a new folder with export --format jsonl and import)");
    }
  }

  /** Whether the H2 file {@code file} is encrypted by H2; null when there is no file yet. */
  static Boolean encrypted(Path file) {
    if (!Files.exists(file)) {
      return null;
    }
    try (java.io.InputStream in = Files.newInputStream(file)) {
      byte[] start = in.readNBytes(PLAIN_HEADER.length);
      if (start.length == 0) {
        return null;
      }
      return !java.util.Arrays.equals(start, PLAIN_HEADER);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static DatabaseSettings plainSettings(Path abs) {
    try {
      OwnerOnlyFiles.folder(abs);
      Path file = abs.resolve(PASSWORD_FILE);
      if (Files.exists(file)) {
        return DatabaseSettings.h2File(abs, read(file));
      }
      // A pending password is written whole before it is used; an empty one (a run killed while
      // writing it) was never used and is made again.
      Path pending = abs.resolve(PASSWORD_FILE + ".new");
      String password = Files.exists(pending) ? readOrNull(pending) : null;
      if (password == null) {
        password = OwnerOnlyFiles.newSecret();
        Files.deleteIfExists(pending);
        OwnerOnlyFiles.writeNew(pending, password);
      }
      if (Files.exists(abs.resolve("harmwatch.mv.db"))) {
        setPassword(abs, password);
      }
      Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE);
      return DatabaseSettings.h2File(abs, password);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the database password in " + abs, e);
    }
  }

  // A database made with the empty password gets this one. When the empty one is refused, an
  // earlier run set the pending password and stopped before keeping its file: nothing to do.
  private static void setPassword(Path abs, String password) {
    DatabaseSettings old = DatabaseSettings.h2File(abs, "");
    try (Connection c = DriverManager.getConnection(old.url(), "sa", "");
        Statement st = c.createStatement()) {
      // The password is base64url: no quote can end the literal.
      st.execute("ALTER USER sa SET PASSWORD '" + password + "'");
      LOG.info("the database {} now has a password, kept in {}", old.describe(), PASSWORD_FILE);
    } catch (SQLException e) {
      if (!"28000".equals(e.getSQLState())) {
        throw new StoreException("cannot give a password to " + old.describe(), e);
      }
    }
  }

  /** Makes the files of {@code settings}' H2 file database readable by their owner only. */
  static void restrictFiles(DatabaseSettings settings) {
    String url = settings.url();
    if (!url.startsWith("jdbc:h2:file:") || !OwnerOnlyFiles.posix()) {
      return;
    }
    int semi = url.indexOf(';');
    String base = url.substring("jdbc:h2:file:".length(), semi < 0 ? url.length() : semi);
    for (String suffix : new String[] {".mv.db", ".trace.db"}) {
      Path f = Path.of(base + suffix);
      try {
        if (Files.exists(f)) {
          OwnerOnlyFiles.restrict(f);
        }
      } catch (IOException e) {
        LOG.warn("cannot make {} readable by its owner only: {}", f, e.toString());
      }
    }
  }

  private static String read(Path file) throws IOException {
    String password = Files.readString(file, StandardCharsets.UTF_8).trim();
    if (password.isEmpty()) {
      throw new IOException("the password file " + file + " is empty");
    }
    return password;
  }

  private static String readOrNull(Path file) throws IOException {
    String password = Files.readString(file, StandardCharsets.UTF_8).trim();
    return password.isEmpty() ? null : password;
  }
}

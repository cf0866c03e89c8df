package org.harmwatch.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The embedded PostgreSQL's folder and password, readable by their owner only ({@code rwx------},
 * {@code rw-------}), as {@link org.harmwatch.store.H2Files} keeps H2's.
 */
final class PrivateFiles {
  private static final Set<PosixFilePermission> FOLDER =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  private static final SecureRandom RANDOM = new SecureRandom();

  private PrivateFiles() {}

  /** Makes {@code dir} (and its parents) when missing and readable by its owner only. */
  static void folder(Path dir) {
    try {
      if (!posix()) {
        Files.createDirectories(dir);
        return;
      }
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(FOLDER));
      }
      Files.setPosixFilePermissions(dir, FOLDER);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the data folder " + dir, e);
    }
  }

  /**
   * The secret kept in {@code file}, made (random, base64url, written whole before it is used) when
   * the file is missing.
   */
  static String secret(Path file) {
    try {
      if (Files.exists(file)) {
        String secret = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (secret.isEmpty()) {
          throw new IllegalStateException("the password file " + file + " is empty");
        }
        return secret;
      }
      byte[] bytes = new byte[24];
      RANDOM.nextBytes(bytes);
      String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      Path pending = file.resolveSibling(file.getFileName() + ".new");
      Files.deleteIfExists(pending);
      if (posix()) {
        Files.createFile(pending, PosixFilePermissions.asFileAttribute(FILE));
      }
      Files.writeString(pending, secret, StandardCharsets.UTF_8);
      Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE);
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the database password in " + file, e);
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}

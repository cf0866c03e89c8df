package org.harmwatch.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The opening of a {@link LuceneIndex} on disk, with its recovery: an index that cannot be read is
 * moved aside and an empty one takes its place.
 */
final class IndexRecovery {
  private static final DateTimeFormatter ASIDE =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  // Logged under LuceneIndex, the name operators know from earlier versions.
  private static final Logger LOG = LoggerFactory.getLogger(LuceneIndex.class);

  private IndexRecovery() {}

  /** The index in {@code dir}; see {@link LuceneIndex#open}. */
  static LuceneIndex open(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    try {
      return openAt(abs);
    } catch (RuntimeException e) {
      if (e instanceof IllegalStateException && e.getCause() instanceof LockObtainFailedException) {
        throw e;
      }
      Path aside = asideOf(abs);
      try {
        Files.move(abs, aside);
      } catch (IOException moveFailed) {
        e.addSuppressed(moveFailed);
        throw new UncheckedIOException(
            "cannot read the search index "
                + abs
                + " ("
                + reason(e)
                + ") nor move it aside to "
                + aside
                + "; delete it and run 'harmwatch reindex'",
            moveFailed);
      }
      LOG.warn(
          "the search index {} cannot be read ({}); moved it to {} and starting an empty one,"
              + " to be rebuilt from the database",
          abs,
          reason(e),
          aside);
      return openAt(abs);
    }
  }

  /**
   * A free sibling name for an unreadable index: {@code <dir>.unreadable-<time>}, with {@code -2},
   * {@code -3}, ... added when an index was already moved aside within the same second.
   */
  static Path asideOf(Path abs) {
    String stem = abs.getFileName() + ".unreadable-" + ASIDE.format(Instant.now());
    Path aside = abs.resolveSibling(stem);
    for (int n = 2; Files.exists(aside); n++) {
      aside = abs.resolveSibling(stem + "-" + n);
    }
    return aside;
  }

  private static LuceneIndex openAt(Path abs) {
    Directory d = null;
    try {
      Files.createDirectories(abs);
      d = FSDirectory.open(abs);
      return new LuceneIndex(d, "Lucene index " + abs);
    } catch (LockObtainFailedException e) {
      closeQuietly(d, e);
      throw new IllegalStateException(
          "the search index " + abs + " is in use by another harmwatch process", e);
    } catch (IOException e) {
      closeQuietly(d, e);
      throw new UncheckedIOException("cannot open the search index " + abs + ": " + e, e);
    } catch (RuntimeException e) {
      closeQuietly(d, e);
      throw e;
    }
  }

  // The innermost cause, which names the bad file (e.g. "CorruptIndexException: ... segments_2").
  private static String reason(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  private static void closeQuietly(Directory d, Exception cause) {
    if (d != null) {
      try {
        d.close();
      } catch (IOException e) {
        cause.addSuppressed(e);
      }
    }
  }
}

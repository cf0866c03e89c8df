package org.harmwatch.app;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.harmwatch.core.store.DatabaseArchive;
import org.harmwatch.store.JsonlArchive;
import org.harmwatch.store.TextIndexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code harmwatch import FILE}: reads an archive written by {@code harmwatch export} into the
 * chosen database in one transaction, checks the row counts, then rebuilds the search index.
 * SIGTERM or Ctrl-C while rows are read rolls the import back (a rerun starts again); while the
 * index is rebuilt, it leaves the rows imported and the index to be rebuilt at the next start.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Read an archive of 'harmwatch export' into the database (empty unless --into-nonempty),"
            + " then rebuild the search index.")
public final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database;

  @Parameters(paramLabel = "FILE", description = "The archive (JSON Lines).")
  Path file;

  @Option(
      names = "--into-nonempty",
      description = "Import even when the database already holds rows (ids must not collide).")
  boolean intoNonEmpty;

  @Mixin ProgressOption progress;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no archive file " + file.toAbsolutePath());
    }
    DatabaseChoice choice = database.choice();
    long started = System.nanoTime();
    Map<String, Long> counts = null;
    boolean indexed = false;
    try (Interruption stop = Interruption.install()) {
      try (Components components = new Components()) {
        JsonlArchive archive = new JsonlArchive(components.database(choice));
        try (ProgressBar bar = progress.rows("import");
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
          counts = archive.importFrom(in, intoNonEmpty, checked(bar, stop));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + file, e);
        }
        TextIndexer indexer = components.textIndexer(choice);
        try (ProgressBar bar = progress.rows("reindex")) {
          DatabaseArchive.Progress reporter = checked(bar, stop);
          indexer.rebuild(reporter::rows);
        }
        indexed = true;
      } catch (Interruption.Stopped e) {
        // The rows are in whole or not at all (one transaction); the database is closed.
      }
      return report(counts, indexed, started);
    }
  }

  private Integer report(Map<String, Long> counts, boolean indexed, long started) {
    PrintWriter o = spec.commandLine().getOut();
    long rows = counts == null ? 0 : counts.values().stream().mapToLong(Long::longValue).sum();
    if (indexed) {
      o.printf(
          "imported %d row(s) of %d table(s) from %s and rebuilt the search index in %.1f s: %s%n",
          rows,
          counts.size(),
          file.toAbsolutePath().normalize(),
          (System.nanoTime() - started) / 1e9,
          counts);
      o.flush();
      return 0;
    }
    PrintWriter err = spec.commandLine().getErr();
    if (counts == null) {
      err.println("harmwatch: import rolled back, nothing imported (it is one transaction)");
      err.println("harmwatch: interrupted after 0; rerun to continue");
    } else {
      // The index is left marked out of step, so the next command that opens it rebuilds it.
      o.printf(
          "imported %d row(s) of %d table(s); the search index is not rebuilt%n",
          rows, counts.size());
      o.flush();
      err.println(
          "harmwatch: interrupted after "
              + rows
              + "; the search index is rebuilt when the database is next opened, or run"
              + " 'harmwatch reindex'");
    }
    err.flush();
    return 130;
  }

  /** Moves {@code bar} and stops at the next batch of rows once a stop is requested. */
  private static DatabaseArchive.Progress checked(ProgressBar bar, Interruption stop) {
    DatabaseArchive.Progress shown = ProgressBars.reporter(bar);
    return (done, total) -> {
      shown.rows(done, total);
      stop.check();
    };
  }
}

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
    Map<String, Long> counts;
    try (Components components = new Components()) {
      JsonlArchive archive = new JsonlArchive(components.database(choice));
      try (ProgressBar bar = progress.rows("import");
          InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
        counts = archive.importFrom(in, intoNonEmpty, ProgressBars.reporter(bar));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      TextIndexer indexer = components.textIndexer(choice);
      try (ProgressBar bar = progress.rows("reindex")) {
        indexer.rebuild((done, total) -> ProgressBars.reporter(bar).rows(done, total));
      }
    }
    PrintWriter o = spec.commandLine().getOut();
    o.printf(
        "imported %d row(s) of %d table(s) from %s and rebuilt the search index in %.1f s: %s%n",
        counts.values().stream().mapToLong(Long::longValue).sum(),
        counts.size(),
        file.toAbsolutePath().normalize(),
        (System.nanoTime() - started) / 1e9,
        counts);
    o.flush();
    return 0;
  }
}

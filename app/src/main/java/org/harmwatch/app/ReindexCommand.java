package org.harmwatch.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.harmwatch.store.TextIndexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code harmwatch reindex}: rebuilds the full-text search index from every document and incident
 * in the database, with a progress bar and a summary line.
 */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = "Rebuild the full-text search index from the database.")
public final class ReindexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database;

  @Mixin ProgressOption progress;

  @Override
  public Integer call() {
    DatabaseChoice choice = database.choice();
    long started = System.nanoTime();
    try (Components components = new Components()) {
      TextIndexer indexer = components.textIndexer(choice);
      try (ProgressBar bar = progress.rows("reindex")) {
        indexer.rebuild((done, total) -> ProgressBars.reporter(bar).rows(done, total));
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "reindexed %d document(s) and %d incident(s) in %.1f s%n",
          indexer.index().documentCount(),
          indexer.index().incidentCount(),
          (System.nanoTime() - started) / 1e9);
      out.flush();
      return 0;
    }
  }
}

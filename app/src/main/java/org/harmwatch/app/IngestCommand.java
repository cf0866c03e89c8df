package org.harmwatch.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code harmwatch ingest}: stores documents and their incidents. Idempotent: the same original
 * twice is stored once. Shows a progress bar and ends with a summary line.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Store documents and the incidents extracted from them (idempotent).")
public final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files, directories or -.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--published",
      paramLabel = "YYYY-MM-DD",
      description = "Publication date for documents that have none.")
  LocalDate published;

  @Mixin ProgressOption progress;

  @Override
  public Integer call() {
    DatabaseChoice choice = database.choice();
    try (Interruption stop = Interruption.install()) {
      IngestRun.Totals totals;
      try (Components components = new Components()) {
        IngestRun run =
            new IngestRun(
                components.boundedPipeline(choice),
                spec.commandLine().getErr(),
                progress.shown(),
                stop::check);
        totals = run.ingest(inputs, published);
      }
      // Closed first: the database and the index are in step before anything says so.
      PrintWriter out = spec.commandLine().getOut();
      out.println(totals);
      out.flush();
      if (totals.interrupted()) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("harmwatch: interrupted after " + totals.documents() + "; rerun to continue");
        err.flush();
        return 130;
      }
      return totals.rejected() > 0 && totals.documents() == 0 ? 1 : 0;
    }
  }
}

package org.harmwatch.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.harmwatch.core.reference.CrossCheck;
import org.harmwatch.core.reference.ReferenceStore;
import org.harmwatch.reference.CheckReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harmwatch cross-check --dataset NAME [--report FILE] [--rows FILE]}: compares our
 * incidents with a reference dataset's events, stores the matches, prints the counts and writes the
 * report (per country and month) and its rows as CSV.
 */
@Command(
    name = "cross-check",
    mixinStandardHelpOptions = true,
    description = {
      "Compare our incidents with the events of an imported reference dataset (date, place, type,"
          + " actors, figures), store the matches with score and reasons, and write the report:"
          + " our incidents missing from the dataset and its events with no report of ours, per"
          + " country and month, and the figure disagreements."
    })
public final class CrossCheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database;

  @Option(
      names = "--dataset",
      paramLabel = "NAME",
      defaultValue = "ACLED",
      description = "The reference dataset (default ACLED).")
  String dataset;

  @Option(names = "--report", paramLabel = "FILE", description = "Write the summary CSV here.")
  Path report;

  @Option(names = "--rows", paramLabel = "FILE", description = "Write every outcome row here.")
  Path rows;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Components components = new Components()) {
      DatabaseChoice choice = database.choice();
      ReferenceStore store = components.reference(choice);
      CrossCheck c;
      try {
        c = components.crossCheck(choice).run(dataset);
      } catch (java.util.NoSuchElementException e) {
        throw new IllegalArgumentException(
            e.getMessage()
                + " (imported: "
                + store.datasets().stream().map(d -> d.name()).toList()
                + ")",
            e);
      }
      out.printf(
          "%s version %d: %d incident(s) of ours against %d event(s): %d matched, %d comparisons,"
              + " %d ms%n",
          c.dataset(),
          c.version(),
          c.incidents(),
          c.events(),
          c.matches(),
          c.comparisons(),
          c.millis());
      CheckReport r = CheckReport.of(store.checkRows(dataset, null));
      long oursOnly = r.lines().stream().mapToLong(CheckReport.Line::oursOnly).sum();
      long theirsOnly = r.lines().stream().mapToLong(CheckReport.Line::theirsOnly).sum();
      out.printf(
          "ours missing from %s: %d; %s events without a report of ours: %d; figure"
              + " disagreements: %d%n",
          dataset, oursOnly, dataset, theirsOnly, r.disagreements().size());
      if (report != null) {
        try (Writer w = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
          r.writeSummary(w);
        }
        out.println("report: " + report.toAbsolutePath());
      }
      if (rows != null) {
        try (Writer w = Files.newBufferedWriter(rows, StandardCharsets.UTF_8)) {
          r.writeRows(w);
        }
        out.println("rows: " + rows.toAbsolutePath());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
    return 0;
  }
}

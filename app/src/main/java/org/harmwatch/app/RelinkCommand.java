package org.harmwatch.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.harmwatch.core.corroboration.RelinkSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harmwatch relink}: re-runs linking over every stored report, honouring the analysts'
 * merges and splits. Deterministic: the same reports and decisions give the same incidents in any
 * ingest order.
 */
@Command(
    name = "relink",
    mixinStandardHelpOptions = true,
    description =
        "Re-run linking over the whole database (deterministic; hand merges and splits are kept).")
public final class RelinkCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database;

  @Option(
      names = "--user",
      defaultValue = "system",
      description = "Who the changes are recorded as in the history (default: ${DEFAULT-VALUE}).")
  String user;

  @Override
  public Integer call() {
    DatabaseChoice choice = database.choice();
    try (Components components = new Components()) {
      long t0 = System.nanoTime();
      RelinkSummary summary = components.corroboration(choice).relink(user);
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%s; %.1f s%n", summary, (System.nanoTime() - t0) / 1e9);
      out.flush();
      return 0;
    }
  }
}

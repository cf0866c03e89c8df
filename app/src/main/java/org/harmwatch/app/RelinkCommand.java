package org.harmwatch.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.harmwatch.core.corroboration.RelinkSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harmwatch relink}: re-runs linking over every stored report, honouring the analysts'
 * merges and splits. Deterministic: the same reports and decisions give the same incidents in any
 * ingest order. SIGTERM or Ctrl-C stops it between two incidents (each is relinked in one
 * transaction); a rerun continues.
 */
@Command(
    name = "relink",
    mixinStandardHelpOptions = true,
    description =
        "Re-run linking over the whole database (deterministic; hand merges and splits are kept).")
public final class RelinkCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(RelinkCommand.class);

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
    long t0 = System.nanoTime();
    long[] progress = new long[2]; // incidents relinked, incidents in all
    RelinkSummary summary = null;
    try (Interruption stop = Interruption.install()) {
      try (Components components = new Components()) {
        summary =
            components
                .corroboration(choice)
                .relink(
                    user,
                    (done, total) -> {
                      if (done == 0) {
                        LOG.info("relinking {} incident(s)", total);
                      }
                      progress[0] = done;
                      progress[1] = total;
                      stop.check();
                    });
      } catch (Interruption.Stopped e) {
        // Every incident before the one in hand was relinked whole; the database is closed.
      }
      PrintWriter out = spec.commandLine().getOut();
      if (summary != null) {
        out.printf("%s; %.1f s%n", summary, (System.nanoTime() - t0) / 1e9);
        out.flush();
        return 0;
      }
      out.printf(
          "relinked %d of %d incident(s) before the interruption; %.1f s%n",
          progress[0], progress[1], (System.nanoTime() - t0) / 1e9);
      out.flush();
      PrintWriter err = spec.commandLine().getErr();
      err.println("harmwatch: interrupted after " + progress[0] + "; rerun to continue");
      err.flush();
      return 130;
    }
  }
}

package org.harmwatch.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.harmwatch.web.AccessLogCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harmwatch admin access-log [--from] [--to] [--output FILE]}: the access log of documents'
 * text as CSV (who read which document, when, through which channel, from which address).
 */
@Command(
    name = "access-log",
    mixinStandardHelpOptions = true,
    description =
        "Export the access log (every read of a document's text: reader, original, evidence,"
            + " snippet, dossier, export) as CSV: at, user, channel, address, document_id.")
final class AccessLogCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database;

  @Option(
      names = "--from",
      description = "First day (YYYY-MM-DD, UTC) or instant (2026-12-07T10:00:00Z) to include.")
  String from;

  @Option(names = "--to", description = "Last day (included) or instant (excluded).")
  String to;

  @Option(
      names = {"-o", "--output"},
      description = "Write to this file instead of standard output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    Instant start = AccessLogCsv.bound(from, false);
    Instant end = AccessLogCsv.bound(to, true);
    try (Components components = new Components()) {
      long n;
      if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        n = AccessLogCsv.write(components.accounts(database.choice()), start, end, out);
        out.flush();
      } else {
        try (Writer w =
            new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8)) {
          n = AccessLogCsv.write(components.accounts(database.choice()), start, end, w);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        spec.commandLine().getErr().println("wrote " + n + " access-log entries to " + output);
      }
      return 0;
    }
  }
}

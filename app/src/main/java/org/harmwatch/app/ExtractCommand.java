package org.harmwatch.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code harmwatch extract}: reads documents and prints their incidents in the exchange format, one
 * JSON object a line. Needs no database. This output is a contract: keep it stable.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract incidents from documents and print them as JSON Lines (or a table).",
      "Inputs: JSON Lines documents (the exchange input format), .txt, .html, .pdf, RSS/Atom"
          + " files, directories, or - for standard input (the default)."
    })
public final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files, directories or -.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--published",
      paramLabel = "YYYY-MM-DD",
      description = "Publication date for documents that have none; anchors relative dates.")
  LocalDate published;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "jsonl",
      description = "jsonl (default) or table.")
  String format;

  @Override
  public Integer call() {
    if (!format.equals("jsonl") && !format.equals("table")) {
      throw new IllegalArgumentException("--format must be jsonl or table, was '" + format + "'");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean table = format.equals("table");
    if (table) {
      out.println(IncidentTable.header());
    }
    try (Components components = new Components()) {
      Extractor extractor = components.extractor();
      InputSummary summary =
          Inputs.forEach(
              inputs,
              published,
              err,
              document -> {
                for (Incident incident : extractor.extract(document)) {
                  out.println(table ? IncidentTable.row(incident) : ExchangeJson.toLine(incident));
                }
                out.flush();
              });
      if (summary.rejected() > 0) {
        err.println("harmwatch: " + summary);
      }
    }
    return 0;
  }
}

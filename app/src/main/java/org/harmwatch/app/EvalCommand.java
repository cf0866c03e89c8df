package org.harmwatch.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.Extractor;
import org.harmwatch.eval.EvalReport;
import org.harmwatch.eval.GoldDocument;
import org.harmwatch.eval.GoldReader;
import org.harmwatch.eval.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harmwatch eval}: runs the extractor over documents and scores its incidents against gold
 * files: incident precision, recall and F1, the share of gold incidents with each field right, and
 * every miss.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score extraction against gold files (the spec's gold format).")
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--gold",
      required = true,
      arity = "1..*",
      paramLabel = "GOLD.jsonl",
      description = "Gold files: one line per document with its incidents.")
  List<Path> gold = new ArrayList<>();

  @Option(
      names = "--docs",
      required = true,
      arity = "1..*",
      paramLabel = "DOCS.jsonl",
      description = "The documents the gold files describe (exchange input format).")
  List<String> docs = new ArrayList<>();

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(names = "--misses", description = "List every miss after the summary.")
  boolean misses;

  @Override
  public Integer call() {
    List<GoldDocument> goldDocs = new ArrayList<>();
    for (Path file : gold) {
      goldDocs.addAll(GoldReader.read(file));
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, List<Incident>> predicted = new HashMap<>();
    try (Components components = new Components()) {
      Extractor extractor = components.extractor();
      Inputs.forEach(
          docs, null, err, document -> predicted.put(document.id(), extractor.extract(document)));
    }
    EvalReport report = Scorer.score(goldDocs, predicted);
    out.println(json ? ExchangeJson.write(report.toJson()) : report.toText(misses));
    out.flush();
    return 0;
  }
}

package org.harmwatch.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.harmwatch.eval.IncidentRef;
import org.harmwatch.eval.LinkScorer;
import org.harmwatch.eval.Scorer;
import org.harmwatch.link.Cluster;
import org.harmwatch.link.LinkInput;
import org.harmwatch.link.Linker;
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

  @Option(
      names = "--links",
      description =
          "Score linking instead: link the extracted incidents of all documents (as relink does)"
              + " and report pairwise precision/recall/F1 against the gold event_key of each"
              + " incident; with --misses, every wrong and missed pair with its score and reason.")
  boolean links;

  @Override
  public Integer call() {
    List<GoldDocument> goldDocs = new ArrayList<>();
    for (Path file : gold) {
      goldDocs.addAll(GoldReader.read(file));
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, List<Incident>> predicted = new HashMap<>();
    Map<String, LocalDate> published = new HashMap<>();
    try (Components components = new Components()) {
      Extractor extractor = components.extractor();
      Inputs.forEach(
          docs,
          null,
          err,
          document -> {
            predicted.put(document.id(), extractor.extract(document));
            published.put(document.id(), document.published());
          });
    }
    if (links) {
      out.println(linkReport(goldDocs, predicted, published));
      out.flush();
      return 0;
    }
    EvalReport report = Scorer.score(goldDocs, predicted);
    out.println(json ? ExchangeJson.write(report.toJson()) : report.toText(misses));
    out.flush();
    return 0;
  }

  // Links every extracted incident with the Linker (as relink does), pairs each gold incident with
  // its extracted counterpart and scores the links pairwise against the gold event keys.
  private String linkReport(
      List<GoldDocument> goldDocs,
      Map<String, List<Incident>> predicted,
      Map<String, LocalDate> published) {
    List<LinkInput> inputs = new ArrayList<>();
    Map<IncidentRef, String> refToId = new HashMap<>();
    Map<String, LinkInput> byId = new HashMap<>();
    for (GoldDocument g : goldDocs) {
      List<Incident> extracted = predicted.getOrDefault(g.docId(), List.of());
      for (int k = 0; k < extracted.size(); k++) {
        LinkInput in =
            new LinkInput(
                extracted.get(k).withId(g.docId() + "#" + k),
                g.docId(),
                published.getOrDefault(g.docId(), g.published()),
                null);
        inputs.add(in);
        byId.put(in.id(), in);
      }
      int[] match = Scorer.match(g.incidents(), extracted);
      for (int i = 0; i < match.length; i++) {
        if (match[i] >= 0) {
          refToId.put(new IncidentRef(g.docId(), i), g.docId() + "#" + match[i]);
        }
      }
    }
    Linker linker = new Linker();
    Map<String, String> clusterOf = new HashMap<>();
    for (Cluster c : linker.link(inputs).clusters()) {
      for (LinkInput m : c.members()) {
        clusterOf.put(m.id(), c.id());
      }
    }
    Map<IncidentRef, String> goldKeys = LinkScorer.goldKeys(goldDocs);
    Map<IncidentRef, String> predictedClusters = new HashMap<>();
    refToId.forEach((ref, id) -> predictedClusters.put(ref, clusterOf.get(id)));
    LinkScorer.LinkReport r = LinkScorer.score(goldKeys, predictedClusters);
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            java.util.Locale.ROOT,
            "linking: %d gold incidents (%d without an extracted counterpart); pairs: gold %d,"
                + " predicted %d, right %d%nprecision %.3f  recall %.3f  F1 %.3f",
            r.incidents(),
            goldKeys.size() - refToId.keySet().stream().filter(goldKeys::containsKey).count(),
            r.goldPairs(),
            r.predictedPairs(),
            r.truePairs(),
            r.precision(),
            r.recall(),
            r.f1()));
    if (misses) {
      List<IncidentRef> refs = new ArrayList<>(goldKeys.keySet());
      refs.sort(null);
      for (int i = 0; i < refs.size(); i++) {
        for (int j = i + 1; j < refs.size(); j++) {
          IncidentRef a = refs.get(i);
          IncidentRef b = refs.get(j);
          boolean gold = goldKeys.get(a).equals(goldKeys.get(b));
          String ca = predictedClusters.get(a);
          boolean got = ca != null && ca.equals(predictedClusters.get(b));
          if (gold == got) {
            continue;
          }
          String why = "no extracted incident";
          if (refToId.containsKey(a) && refToId.containsKey(b)) {
            why =
                linker
                    .assess(byId.get(refToId.get(a)), byId.get(refToId.get(b)))
                    .map(l -> "score " + l.score() + ": " + l.reason())
                    .orElse("vetoed");
          }
          sb.append(
              String.format(
                  "%n%s %s[%s] ~ %s[%s]: %s",
                  gold ? "MISSED" : "WRONG ", a, goldKeys.get(a), b, goldKeys.get(b), why));
        }
      }
    }
    return sb.toString();
  }
}

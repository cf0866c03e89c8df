package org.harmwatch.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.Extractor;
import org.harmwatch.eval.EvalReport;
import org.harmwatch.eval.Evaluation;
import org.harmwatch.eval.GoldDocument;
import org.harmwatch.eval.GoldReader;
import org.harmwatch.eval.Grouping;
import org.harmwatch.eval.IncidentRef;
import org.harmwatch.eval.InputFiles;
import org.harmwatch.eval.LinkScorer;
import org.harmwatch.eval.Scorer;
import org.harmwatch.link.Cluster;
import org.harmwatch.link.LinkInput;
import org.harmwatch.link.Linker;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harmwatch eval}: runs the extractor over the documents the gold names and scores its
 * incidents against gold files: incident precision, recall and F1; for each field its accuracy over
 * gold incidents, precision, recall, F1 and wrong/missing/spurious counts; optionally event type
 * confusion matrices, figures by group, and every miss. Gold and documents may be gzip files, "-"
 * (standard input) or pipes.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score extraction against gold files (the spec's gold format).",
      "Only documents named in the gold are extracted. Files may be .jsonl, .jsonl.gz, '-' or"
          + " <(process substitution); gold evidence given as offsets only takes its text from the"
          + " documents."
    })
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--gold",
      required = true,
      arity = "1..*",
      paramLabel = "GOLD.jsonl",
      description = "Gold files (.jsonl or .jsonl.gz; '-' = stdin): one line per document.")
  List<String> gold = new ArrayList<>();

  @Option(
      names = "--docs",
      required = true,
      arity = "1..*",
      paramLabel = "DOCS.jsonl",
      description =
          "The documents the gold files describe (exchange input format; .jsonl, .jsonl.gz,"
              + " a directory, or '-' = stdin). Documents absent from the gold are skipped.")
  List<String> docs = new ArrayList<>();

  @Option(names = "--json", description = "Print the report as JSON (with --by, every group's).")
  boolean json;

  @Option(names = "--misses", description = "List every miss after the summary.")
  boolean misses;

  @Option(
      names = "--confusion",
      description = "Print confusion matrices of event and sub-event types on matched pairs.")
  boolean confusion;

  @Option(
      names = "--by",
      paramLabel = "country|language|source",
      converter = GroupingConverter.class,
      description =
          "Also score each group of documents: country (the gold's country_code), language"
              + " (the document's) or source (the document id before its first '-').")
  Grouping by;

  @Option(
      names = "--check-gold",
      description =
          "Only check the gold's evidence against the documents (offsets inside the text, quoted"
              + " words at their offsets); print each problem; exit 1 when there is one.")
  boolean checkGold;

  @Option(
      names = "--links",
      description =
          "Score linking instead: link the extracted incidents of all documents (as relink does)"
              + " and report pairwise precision/recall/F1 against the gold event_key of each"
              + " incident; with --misses, every wrong and missed pair with its score and reason.")
  boolean links;

  /** Converts a --by value. */
  static final class GroupingConverter implements ITypeConverter<Grouping> {
    @Override
    public Grouping convert(String value) {
      return Grouping.fromCode(value);
    }
  }

  @Override
  public Integer call() {
    if (gold.stream().filter("-"::equals).count() + docs.stream().filter("-"::equals).count() > 1) {
      throw new IllegalArgumentException("standard input ('-') can be read only once");
    }
    for (String name : concat(gold, docs)) {
      if (!name.equals("-") && !Files.exists(Path.of(name))) {
        throw new IllegalArgumentException("no such file: " + name);
      }
    }
    List<GoldDocument> goldDocs = new ArrayList<>();
    for (String file : gold) {
      goldDocs.addAll(GoldReader.read(Path.of(file)));
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Evaluation run = new Evaluation(goldDocs);
    Map<String, LocalDate> published = new HashMap<>();
    long t0 = System.nanoTime();
    try (Components components = new Components()) {
      Extractor extractor = checkGold ? null : components.extractor();
      Consumer<Document> step =
          document -> {
            if (checkGold) {
              run.add(document, List.of());
            } else if (run.add(document, extractor)) {
              published.put(document.id(), document.published());
            }
          };
      for (String name : docs) {
        readDocuments(name, err, step);
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<String> absent = run.absent();
    if (!absent.isEmpty()) {
      err.printf(
          Locale.ROOT,
          "harmwatch: %d gold documents are not in --docs (scored as predicting nothing), e.g. %s%n",
          absent.size(),
          absent.subList(0, Math.min(5, absent.size())));
    }
    if (!run.duplicates().isEmpty()) {
      err.printf(
          Locale.ROOT,
          "harmwatch: %d documents appear more than once in --docs; the first was used, e.g. %s%n",
          run.duplicates().size(),
          run.duplicates().subList(0, Math.min(5, run.duplicates().size())));
    }
    if (checkGold) {
      List<String> problems = run.checkGold();
      problems.forEach(out::println);
      out.printf(
          Locale.ROOT,
          "%d gold documents checked, %d problems%n",
          goldDocs.size(),
          problems.size());
      out.flush();
      return problems.isEmpty() ? 0 : 1;
    }
    int extracted = goldDocs.size() - absent.size();
    err.printf(
        Locale.ROOT,
        "harmwatch: extracted %d documents in %.1f s (%d not in the gold skipped; %d failed and"
            + " count as predicting nothing)%n",
        extracted,
        seconds,
        run.skipped(),
        run.failed().size());
    err.flush();
    if (links) {
      out.println(linkReport(run.gold(), run.predicted(), published));
      out.flush();
      return 0;
    }
    EvalReport report = run.report();
    Map<String, EvalReport> groups = by == null ? null : run.report(by);
    if (json) {
      ObjectNode o = report.toJson(misses);
      if (groups != null) {
        ObjectNode g = o.putObject("by").putObject(by.code());
        groups.forEach((k, r) -> g.set(k, r.toJson(false)));
      }
      out.println(ExchangeJson.write(o));
    } else {
      out.print(report.toText(false));
      if (confusion) {
        out.println();
        out.print(report.confusionText());
      }
      if (groups != null) {
        out.println();
        out.print(EvalReport.groupTable(by.code(), groups));
      }
      if (misses) {
        out.print(report.missesText());
      }
    }
    out.flush();
    return 0;
  }

  // Reads one --docs argument: a directory through the document reader (format by extension);
  // anything else (file, pipe, stdin) as a stream, decompressed when it is gzip, its format
  // sniffed.
  private static void readDocuments(String name, PrintWriter err, Consumer<Document> step) {
    if (!name.equals("-") && Files.isDirectory(Path.of(name))) {
      Inputs.forEach(List.of(name), null, err, step);
      return;
    }
    try {
      Inputs.forEach(InputFiles.open(name), name, err, step);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
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

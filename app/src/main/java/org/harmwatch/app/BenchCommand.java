package org.harmwatch.app;

import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.harmwatch.core.geo.PlaceResolver;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.pipeline.Extractor;
import org.harmwatch.geo.GazetteerPlaceResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code harmwatch bench}: measures the extraction pipeline on a corpus (by default the bundled
 * samples): gazetteer load time, documents and words per second on one thread, and the heap in use
 * after loading. A measurement tool, not a test: run it on a quiet machine.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure extraction speed, gazetteer load time and heap on a corpus.")
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Documents to extract (default: the bundled sample corpus).")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--seconds",
      defaultValue = "20",
      description = "How long to measure after a warm-up of the same length (default 20).")
  int seconds;

  @Override
  public Integer call() {
    if (seconds < 1 || seconds > 3600) {
      throw new IllegalArgumentException("--seconds must be 1..3600, was " + seconds);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Document> corpus = new ArrayList<>();
    if (inputs.isEmpty()) {
      for (String sample : DemoCommand.SAMPLES) {
        InputStream in = BenchCommand.class.getResourceAsStream(sample);
        if (in != null) {
          Inputs.forEach(in, sample, err, corpus::add);
        }
      }
    } else {
      Inputs.forEach(inputs, null, err, corpus::add);
    }
    if (corpus.isEmpty()) {
      throw new IllegalArgumentException("no documents to measure");
    }
    long words = corpus.stream().mapToLong(d -> d.text().split("\\s+").length).sum();
    try (Components components = new Components()) {
      long t0 = System.nanoTime();
      long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      PlaceResolver places = components.places();
      double loadSeconds = (System.nanoTime() - t0) / 1e9;
      // CPU time of the loading thread: on a shared machine the wall time also counts waiting.
      double loadCpuSeconds =
          (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
      Extractor extractor = components.extractor();
      System.gc();
      long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      run(extractor, corpus, seconds); // warm-up: let the JIT compile the hot paths
      long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      long[] done = run(extractor, corpus, seconds);
      // On a shared machine the wall time also counts waiting for a core; the thread's CPU time
      // does not.
      double cpuSeconds =
          (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuBefore) / 1e9;
      double elapsed = done[1] / 1e9;
      double docsPerSecond = done[0] / elapsed;
      out.printf(
          "corpus: %d documents, %d words (%.0f words/document)%n",
          corpus.size(), words, (double) words / corpus.size());
      out.printf(
          "gazetteer %s: %,d rows; load: %.2f s (%.2f s CPU); heap in use after load: %d MB%n",
          places.version(),
          places instanceof GazetteerPlaceResolver g ? g.gazetteer().size() : 0,
          loadSeconds,
          loadCpuSeconds,
          heap >> 20);
      out.printf(
          "extract, 1 thread: %.0f documents/s, %.0f words/s (%.0f documents of 600 words/s)%n",
          docsPerSecond,
          docsPerSecond * words / corpus.size(),
          docsPerSecond * words / corpus.size() / 600);
      out.printf(
          "extract, per CPU-second of the thread: %.0f documents (%.0f documents of 600 words)%n",
          done[0] / cpuSeconds, done[0] / cpuSeconds * words / corpus.size() / 600);
      out.printf("incidents per document: %.2f%n", (double) done[2] / done[0]);
      out.flush();
    }
    return 0;
  }

  // Returns {documents extracted, nanoseconds taken, incidents found}.
  private static long[] run(Extractor extractor, List<Document> corpus, int seconds) {
    long start = System.nanoTime();
    long deadline = start + seconds * 1_000_000_000L;
    long n = 0;
    long incidents = 0;
    while (System.nanoTime() < deadline) {
      for (Document d : corpus) {
        incidents += extractor.extract(d).size();
        n++;
      }
    }
    return new long[] {n, System.nanoTime() - start, incidents};
  }
}

package org.harmwatch.app;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.pipeline.IngestResult;
import org.harmwatch.core.pipeline.IngestService;

/** One ingest of many inputs through an {@link IngestService}, with a progress bar and totals. */
final class IngestRun {
  private final IngestService ingest;
  private final PrintWriter err;
  private final boolean progress;
  private final Runnable checkStop;

  IngestRun(IngestService ingest, PrintWriter err, boolean progress) {
    this(ingest, err, progress, () -> {});
  }

  /**
   * An ingest that runs {@code checkStop} before each document: when it throws {@link
   * Interruption.Stopped}, the run ends there, every document before it stored and linked.
   */
  IngestRun(IngestService ingest, PrintWriter err, boolean progress, Runnable checkStop) {
    this.ingest = ingest;
    this.err = err;
    this.progress = progress;
    this.checkStop = checkStop;
  }

  /** Totals of an ingest run, printed as its summary line. */
  record Totals(
      long documents,
      long created,
      long duplicates,
      long incidents,
      long rejected,
      Duration took,
      boolean interrupted) {
    @Override
    public String toString() {
      return String.format(
          "ingested %d document(s): %d new, %d already stored; %d incident(s); %d rejected; %.1f s",
          documents, created, duplicates, incidents, rejected, took.toMillis() / 1000.0);
    }
  }

  /** Ingests every document in {@code inputs} ("-" is standard input). */
  Totals ingest(List<String> inputs, LocalDate published) {
    return ingest(step -> Inputs.forEach(inputs, published, err, step));
  }

  /** Ingests every document of one stream, e.g. a bundled resource. */
  Totals ingest(InputStream in, String source) {
    return ingest(step -> Inputs.forEach(in, source, err, step));
  }

  private Totals ingest(Function<Consumer<Document>, InputSummary> source) {
    long started = System.nanoTime();
    long[] counts = new long[4]; // documents, created, incidents, failed while storing
    try (ProgressBar bar = progress ? bar() : null) {
      Consumer<Document> step =
          document -> {
            checkStop.run();
            IngestResult result = ingest.ingest(document);
            counts[0]++;
            if (result.created()) {
              counts[1]++;
              counts[2] += result.incidents().size();
            }
            if (bar != null) {
              bar.step();
              bar.setExtraMessage(counts[2] + " incidents");
            }
          };
      boolean interrupted = false;
      long rejected;
      try {
        rejected = source.apply(step).rejected();
      } catch (Interruption.Stopped e) {
        interrupted = true;
        rejected = 0;
      }
      return new Totals(
          counts[0],
          counts[1],
          counts[0] - counts[1],
          counts[2],
          rejected,
          Duration.ofNanos(System.nanoTime() - started),
          interrupted);
    }
  }

  private ProgressBar bar() {
    return new ProgressBarBuilder()
        .setTaskName("ingest")
        .setInitialMax(-1)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(200)
        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
        .continuousUpdate()
        .build();
  }
}

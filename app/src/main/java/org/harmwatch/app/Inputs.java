package org.harmwatch.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.pipeline.Rejected;
import org.harmwatch.ingest.DocumentReader;
import org.harmwatch.ingest.ReadResult;

/**
 * Feeds the documents named on a command line ("-" or nothing = standard input) to a step, one at a
 * time. A document that cannot be read, or whose step fails, is reported on stderr with its source
 * and skipped; the others go on.
 */
final class Inputs {
  private Inputs() {}

  /** Runs {@code step} on every document of {@code inputs}. */
  static InputSummary forEach(
      List<String> inputs, LocalDate published, PrintWriter err, Consumer<Document> step) {
    DocumentReader reader = new DocumentReader(published);
    long[] counts = new long[2];
    List<String> names = inputs.isEmpty() ? List.of("-") : inputs;
    for (String name : names) {
      if (!name.equals("-") && !Files.exists(Path.of(name))) {
        report(err, new Rejected(name, "no such file or directory"), counts);
        continue;
      }
      try (Stream<ReadResult> results =
          name.equals("-") ? reader.read(System.in, "stdin") : reader.read(Path.of(name))) {
        results.forEach(r -> apply(r, step, err, counts));
      }
    }
    return new InputSummary(counts[0], counts[1]);
  }

  /** Runs {@code step} on every document of one stream (e.g. a bundled resource). */
  static InputSummary forEach(
      java.io.InputStream in, String source, PrintWriter err, Consumer<Document> step) {
    long[] counts = new long[2];
    try (Stream<ReadResult> results = new DocumentReader().read(in, source)) {
      results.forEach(r -> apply(r, step, err, counts));
    }
    return new InputSummary(counts[0], counts[1]);
  }

  private static void apply(
      ReadResult result, Consumer<Document> step, PrintWriter err, long[] counts) {
    if (result instanceof ReadResult.Read read) {
      try {
        step.accept(read.document());
        counts[0]++;
      } catch (Interruption.Stopped e) {
        throw e;
      } catch (RuntimeException e) {
        // One bad document never stops a batch: it is reported with its id and skipped.
        report(
            err,
            new Rejected(
                "document " + read.document().id(),
                e.getClass().getSimpleName() + ": " + e.getMessage()),
            counts);
      }
    } else if (result instanceof ReadResult.Failed failed) {
      report(err, failed.rejected(), counts);
    }
  }

  private static void report(PrintWriter err, Rejected rejected, long[] counts) {
    counts[1]++;
    err.println("harmwatch: rejected " + rejected.source() + ": " + rejected.reason());
    err.flush();
  }
}

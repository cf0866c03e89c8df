package org.harmwatch.app;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.harmwatch.core.pipeline.IngestService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harmwatch demo}: ingests the bundled sample corpus into the local database (by default the
 * embedded PostgreSQL, data under ./data) and serves it at http://localhost:7070. Running it again
 * stores nothing twice.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Ingest the bundled sample corpus into ./data and serve it on port 7070.")
public final class DemoCommand implements Callable<Integer> {
  /**
   * The bundled sample documents, in the exchange input format (our own texts): every development
   * set {@code dev-a-docs.jsonl} .. {@code dev-z-docs.jsonl} the build copied into the jar, so a
   * new set needs no change here.
   */
  static final List<String> SAMPLES = bundledSamples();

  @Spec CommandSpec spec;

  private static List<String> bundledSamples() {
    // Resources in a jar cannot be listed portably, so probe the sets' naming convention.
    List<String> found = new ArrayList<>();
    for (char set = 'a'; set <= 'z'; set++) {
      String name = "/org/harmwatch/app/samples/dev-" + set + "-docs.jsonl";
      if (DemoCommand.class.getResource(name) != null) {
        found.add(name);
      }
    }
    return List.copyOf(found);
  }

  @Mixin DatabaseOptions database;

  @Mixin ServerOptions server;

  @Option(names = "--no-serve", description = "Only ingest the samples, then exit.")
  boolean noServe;

  @Override
  public Integer call() throws InterruptedException {
    DatabaseChoice choice = database.choice();
    PrintWriter out = spec.commandLine().getOut();
    try (Components components = new Components()) {
      IngestService pipeline = components.boundedPipeline(choice);
      IngestRun run = new IngestRun(pipeline, spec.commandLine().getErr(), false);
      int found = 0;
      for (String sample : SAMPLES) {
        try (InputStream in = DemoCommand.class.getResourceAsStream(sample)) {
          if (in == null) {
            spec.commandLine().getErr().println("harmwatch: the jar lacks the sample " + sample);
            continue;
          }
          found++;
          out.println(
              sample.substring(sample.lastIndexOf('/') + 1) + ": " + run.ingest(in, sample));
        } catch (java.io.IOException e) {
          throw new UncheckedIOException("cannot read the bundled sample " + sample, e);
        }
      }
      out.flush();
      if (found == 0) {
        throw new IllegalStateException("the jar has no sample corpus; rebuild it with Maven");
      }
      WebParts.bootstrapAdmin(components.accounts(choice), out);
      if (!noServe) {
        ServeCommand.serveUntilInterrupted(components, choice, server);
      }
    }
    return 0;
  }
}

package org.harmwatch.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.harmwatch.batch.BatchLauncher;
import org.harmwatch.batch.BatchOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code harmwatch batch}: extracts and links a whole archive with Apache Spark ({@code local[*]}
 * by default), writing Parquet and JSON Lines. Runs the batch module's job in a JVM of its own
 * ({@link BatchLauncher}), so Spark stays out of this jar.
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Extract and link incidents from archives with Apache Spark (local[*] by default, or a"
          + " cluster with --master); writes Parquet and JSON Lines of documents, incidents,"
          + " sources, links and rejects.",
      "Java options for the job: HARMWATCH_BATCH_JAVA_OPTS (default -Xmx2g)."
    })
public final class BatchCommand implements Callable<Integer> {
  @Mixin BatchOptions options = new BatchOptions();

  @Override
  public Integer call() throws Exception {
    options.focus = String.join(",", Components.focus().codes());
    options.validate();
    Path appJar =
        Path.of(BatchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String javaOpts = System.getenv().getOrDefault("HARMWATCH_BATCH_JAVA_OPTS", "-Xmx2g");
    List<String> command;
    try {
      command =
          BatchLauncher.command(
              BatchLauncher.batchTarget(appJar),
              options,
              Arrays.stream(javaOpts.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList());
    } catch (IllegalStateException e) {
      throw new ConfigurationException(e.getMessage());
    }
    return BatchLauncher.run(command);
  }
}

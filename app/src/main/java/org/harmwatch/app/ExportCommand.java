package org.harmwatch.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.harmwatch.core.corroboration.Corroborated;
import org.harmwatch.core.corroboration.Corroboration;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.store.JsonlArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harmwatch export}: writes the whole database (every table but login secrets) to a JSON
 * Lines archive that {@code harmwatch import} reads into another database, of either kind.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Write the whole database to a JSON Lines archive (sessions and API tokens are never"
            + " written); each incident row also carries the incident with its sources.")
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "jsonl",
      description = "Archive format; only jsonl.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "The archive file.")
  Path out;

  @Mixin ProgressOption progress;

  @Override
  public Integer call() {
    if (!"jsonl".equals(format)) {
      throw new IllegalArgumentException("--format must be jsonl, was '" + format + "'");
    }
    DatabaseChoice choice = database.choice();
    long started = System.nanoTime();
    Path abs = out.toAbsolutePath().normalize();
    // Written beside the target and moved in place, so a failed export leaves no half archive.
    Path partial = abs.resolveSibling(abs.getFileName() + ".partial");
    Map<String, Long> counts;
    try (Components components = new Components();
        ProgressBar bar = progress.rows("export")) {
      IncidentStore store = components.store(choice);
      Corroboration corroboration = components.corroboration(choice);
      // Each incident row carries the incident as the API shows it: sources and reconciled figures.
      JsonlArchive archive =
          new JsonlArchive(
              components.database(choice),
              id ->
                  store
                      .incident(id)
                      .map(
                          i -> {
                            ObjectNode o = ExchangeJson.toJson(i);
                            Corroborated c = corroboration.corroboration(List.of(id)).get(id);
                            return c == null ? o : ExchangeJson.addCorroboration(o, c);
                          })
                      .orElse(null));
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
        counts = archive.exportTo(os, ProgressBars.reporter(bar));
      }
      Files.move(partial, abs, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + abs, e);
    }
    PrintWriter o = spec.commandLine().getOut();
    o.printf(
        "exported %d row(s) of %d table(s) to %s in %.1f s: %s%n",
        counts.values().stream().mapToLong(Long::longValue).sum(),
        counts.size(),
        abs,
        (System.nanoTime() - started) / 1e9,
        counts);
    o.flush();
    return 0;
  }
}

package org.harmwatch.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.harmwatch.core.reference.ImportResult;
import org.harmwatch.core.reference.RowError;
import org.harmwatch.reference.ImportException;
import org.harmwatch.reference.ReferenceFormat;
import org.harmwatch.reference.ReferenceImporter;
import org.harmwatch.reference.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code harmwatch import-events FILE --format acled|ucdp [--dataset NAME]}: imports a coded
 * dataset's CSV file as reference events (a new version of the named dataset), prints what it did
 * and every refused row (line, column, why). Exit code 0 when every row was imported or already
 * there, 1 when some rows were refused.
 */
@Command(
    name = "import-events",
    mixinStandardHelpOptions = true,
    description = {
      "Import an ACLED or UCDP GED CSV file as reference events: a named, versioned dataset that"
          + " the map, search and the cross-check compare our incidents with.",
      "A bad row is reported (line, column, why) and the others are imported; importing the same"
          + " file again changes nothing."
    })
public final class ImportEventsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database;

  @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file.")
  Path file;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "acled or ucdp.")
  String format;

  @Option(
      names = "--dataset",
      paramLabel = "NAME",
      description = "The dataset's name (default: ACLED or UCDP).")
  String dataset;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description = "Read the file in this encoding (default: UTF-8, detected; others refused).")
  String encoding;

  @Option(
      names = "--max-errors-shown",
      paramLabel = "N",
      defaultValue = "50",
      description = "Print at most N refused rows (default 50).")
  int shown;

  @Override
  public Integer call() {
    ReferenceFormat f;
    try {
      f = ReferenceFormat.fromCode(format);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--format " + e.getMessage(), e);
    }
    Charset cs = null;
    if (encoding != null) {
      try {
        cs = Charset.forName(encoding.trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--encoding: unknown charset '" + encoding + "'", e);
      }
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    String name = ReferenceImporter.datasetName(dataset, f);
    long t0 = System.nanoTime();
    ImportResult r;
    try (Components components = new Components()) {
      ReferenceImporter importer = new ReferenceImporter(components.reference(database.choice()));
      r = importer.run(Source.of(file), f, name, cs, System.getProperty("user.name"));
    } catch (ImportException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    PrintWriter out = spec.commandLine().getOut();
    double s = (System.nanoTime() - t0) / 1e9;
    if (r.unchanged()
        && r.version() != null
        && r.rows() > 0
        && r.added() == 0
        && r.errors().isEmpty()
        && r.changed() == 0) {
      out.printf(
          "%s: already imported as %s version %d; nothing changed%n",
          file, r.dataset(), r.version().version());
    } else if (r.unchanged()) {
      out.printf(
          "%s: %d row(s) read, %d already in %s unchanged, %d refused; nothing changed%n",
          file, r.rows(), r.same(), r.dataset(), r.rows() - r.same());
    } else {
      out.printf(
          "%s: %s version %d: %d row(s) read, %d added, %d changed, %d unchanged, %d refused;"
              + " the dataset holds %d event(s) (%.1f s)%n",
          file,
          r.dataset(),
          r.version().version(),
          r.rows(),
          r.added(),
          r.changed(),
          r.same(),
          r.version().refused(),
          r.version().events(),
          s);
    }
    int n = 0;
    for (RowError e : r.errors()) {
      if (n++ >= shown) {
        out.printf("... and %d more refused row error(s)%n", r.errors().size() - shown);
        break;
      }
      out.println("  " + e);
    }
    out.flush();
    return r.errors().isEmpty() ? 0 : 1;
  }
}

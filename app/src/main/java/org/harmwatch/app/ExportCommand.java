package org.harmwatch.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import me.tongfei.progressbar.ProgressBar;
import org.harmwatch.core.corroboration.Corroborated;
import org.harmwatch.core.corroboration.Corroboration;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.review.Grade;
import org.harmwatch.core.review.ReviewStatus;
import org.harmwatch.core.store.BoundingBox;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.core.text.WithheldMask;
import org.harmwatch.export.ExportFormat;
import org.harmwatch.export.ExportSummary;
import org.harmwatch.export.IncidentExport;
import org.harmwatch.export.IncidentWriter;
import org.harmwatch.export.WithholdingWriter;
import org.harmwatch.store.JsonlArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harmwatch export}: writes the incidents matching the filters of {@code GET /api/incidents}
 * in one of the field's formats (ACLED or UCDP CSV, our flat CSV, GeoJSON, JSON Lines) to a file or
 * standard output; or, with {@code --format jsonl} (alias {@code backup}), the whole database
 * (every table but login secrets) as the JSON Lines archive that {@code harmwatch import} reads
 * into another database. Works while {@code serve} runs on the same data directory.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write the incidents matching the filters (those of GET /api/incidents) as acled-csv,"
          + " ucdp-csv, csv, geojson or incidents-jsonl, to --out FILE or standard output.",
      "--format jsonl (or backup), the default, writes the whole database instead: a JSON Lines"
          + " archive for `harmwatch import` (sessions and API tokens are never written); it"
          + " takes no filters and needs --out.",
      "Runs while `serve` uses the same data directory."
    })
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "jsonl",
      description =
          "jsonl or backup (the whole database, default), acled-csv, ucdp-csv, csv, geojson,"
              + " incidents-jsonl.")
  String format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "The file to write ('-' or none: standard output; the archive needs a file).")
  Path out;

  @Option(
      names = "--bom",
      description = "Start a CSV file with a UTF-8 byte order mark (for Excel on Windows).")
  boolean bom;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Incidents on or after.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Incidents on or before.")
  String to;

  @Option(names = "--country", paramLabel = "ISO2", description = "Country code, e.g. ML.")
  String country;

  @Option(names = "--admin1", paramLabel = "NAME", description = "First-level division.")
  String admin1;

  @Option(
      names = "--event-type",
      paramLabel = "TYPE",
      description = "ACLED event type code, e.g. violence_against_civilians.")
  String eventType;

  @Option(names = "--actor", paramLabel = "TEXT", description = "Part of an actor's name.")
  String actor;

  @Option(names = "--q", paramLabel = "QUERY", description = "Full-text query.")
  String text;

  @Option(names = "--bbox", paramLabel = "W,S,E,N", description = "Bounding box in degrees.")
  String bbox;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description = "new, verified, deleted or merged (default: all but deleted and merged).")
  String status;

  @Option(
      names = "--grade",
      paramLabel = "GRADE",
      description = "confirmed, fair, weak, contested or discounted.")
  String grade;

  @Option(names = "--killed-min", paramLabel = "N", description = "Killed at least N.")
  Integer killedMin;

  @Option(names = "--killed-max", paramLabel = "N", description = "Killed at most N.")
  Integer killedMax;

  @Mixin ProgressOption progress;

  @Override
  public Integer call() {
    String f = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
    if (f.equals("jsonl") || f.equals("backup")) {
      if (hasFilters()) {
        throw new IllegalArgumentException(
            "--format "
                + f
                + " writes the whole database and takes no filters; use --format"
                + " incidents-jsonl (or csv, acled-csv, ucdp-csv, geojson) for the incidents"
                + " matching them");
      }
      if (out == null || out.toString().equals("-")) {
        throw new IllegalArgumentException("--format " + f + " needs --out FILE");
      }
      return backup();
    }
    ExportFormat chosen;
    try {
      chosen = ExportFormat.fromCode(f);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--format must be jsonl, backup, " + ExportFormat.names() + "; was '" + format + "'");
    }
    return incidents(chosen, query());
  }

  private boolean hasFilters() {
    return from != null
        || to != null
        || country != null
        || admin1 != null
        || eventType != null
        || actor != null
        || text != null
        || bbox != null
        || status != null
        || grade != null
        || killedMin != null
        || killedMax != null
        || bom;
  }

  /** The filters as the query of {@code GET /api/incidents}; names the first bad option. */
  IncidentQuery query() {
    LocalDate start = date("--from", from);
    LocalDate end = date("--to", to);
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("--to " + end + " is before --from " + start);
    }
    String iso = blank(country);
    if (iso != null && !iso.matches("[A-Za-z]{2}")) {
      throw new IllegalArgumentException(
          "--country must be an ISO 3166-1 alpha-2 code, was '" + country + "'");
    }
    try {
      return new IncidentQuery(
          start,
          end,
          iso == null ? null : iso.toUpperCase(Locale.ROOT),
          blank(admin1),
          blank(eventType) == null ? null : EventType.fromCode(blank(eventType)),
          blank(actor),
          blank(text),
          blank(bbox) == null ? null : BoundingBox.parse(blank(bbox)),
          blank(status) == null ? null : ReviewStatus.fromCode(blank(status)),
          blank(grade) == null ? null : Grade.fromCode(blank(grade)),
          killedMin,
          killedMax,
          IncidentQuery.MAX_LIMIT,
          0);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad filter: " + e.getMessage(), e);
    }
  }

  private static String blank(String v) {
    return v == null || v.isBlank() ? null : v.trim();
  }

  private static LocalDate date(String option, String v) {
    if (blank(v) == null) {
      return null;
    }
    try {
      return LocalDate.parse(v.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " must be a date YYYY-MM-DD, was '" + v + "'");
    }
  }

  private int incidents(ExportFormat chosen, IncidentQuery query) {
    DatabaseChoice choice = database.choice();
    long started = System.nanoTime();
    boolean toStdout = out == null || out.toString().equals("-");
    Path abs = toStdout ? null : out.toAbsolutePath().normalize();
    Path partial = toStdout ? null : abs.resolveSibling(abs.getFileName() + ".partial");
    ExportSummary written;
    try (Components components = new Components()) {
      IncidentStore store = components.readingStore(choice, query.text() != null);
      IncidentExport export =
          new IncidentExport(store, components.corroboration(choice), components.review(choice));
      // Exports leave harmwatch: sensitive spans are withheld from them, as over HTTP.
      WithheldMask mask = components.withheld(choice).mask();
      // Restricted documents: no reader is named on the command line, so none of their quotes.
      java.util.Set<String> restricted = components.restrictions(choice).all().keySet();
      UnaryOperator<IncidentWriter> withholding = w -> new WithholdingWriter(w, mask, restricted);
      if (toStdout) {
        // Standard output stays open after the export: the stream given to the writer is not
        // closed, only flushed.
        OutputStream stdout = new BufferedOutputStream(new NonClosing(System.out), 1 << 16);
        written = export.run(query, 0, Long.MAX_VALUE, withholding.apply(chosen.open(stdout, bom)));
        stdout.flush();
      } else {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
          written = export.run(query, 0, Long.MAX_VALUE, withholding.apply(chosen.open(os, bom)));
        }
        // Moved in place only when whole, so a failed export leaves no half file.
        Files.move(partial, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deletePartial(partial, e);
      throw new UncheckedIOException("cannot write " + (abs == null ? "standard output" : abs), e);
    } catch (RuntimeException e) {
      deletePartial(partial, e);
      throw e;
    }
    // The summary goes to standard error when the data goes to standard output.
    PrintWriter o = toStdout ? spec.commandLine().getErr() : spec.commandLine().getOut();
    o.printf(
        "exported %d incident(s) as %s to %s in %.1f s%s%n",
        written.written(),
        chosen.code(),
        toStdout ? "standard output" : abs,
        (System.nanoTime() - started) / 1e9,
        written.leftOut().isEmpty()
            ? ""
            : "; left out, as the format cannot hold them: " + written.leftOutText());
    o.flush();
    return 0;
  }

  private int backup() {
    DatabaseChoice choice = database.choice();
    long started = System.nanoTime();
    Path abs = out.toAbsolutePath().normalize();
    // Written beside the target and moved in place, so a failed export leaves no half archive.
    Path partial = abs.resolveSibling(abs.getFileName() + ".partial");
    Map<String, Long> counts;
    try (Components components = new Components();
        ProgressBar bar = progress.rows("export")) {
      IncidentStore store = components.readingStore(choice, false);
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
      deletePartial(partial, e);
      throw new UncheckedIOException("cannot write " + abs, e);
    } catch (RuntimeException e) {
      deletePartial(partial, e);
      throw e;
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

  /** Removes a half-written file after a failure; a failure to remove it joins the first. */
  private static void deletePartial(Path partial, Exception cause) {
    if (partial == null) {
      return;
    }
    try {
      Files.deleteIfExists(partial);
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }

  /** A stream that flushes instead of closing, so that standard output stays usable. */
  private static final class NonClosing extends FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}

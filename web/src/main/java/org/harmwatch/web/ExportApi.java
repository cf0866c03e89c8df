package org.harmwatch.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.harmwatch.core.account.ReadChannel;
import org.harmwatch.core.corroboration.Corroboration;
import org.harmwatch.core.review.ReviewStore;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.core.text.WithheldMask;
import org.harmwatch.export.ExportFormat;
import org.harmwatch.export.ExportRecord;
import org.harmwatch.export.IncidentExport;
import org.harmwatch.export.IncidentWriter;
import org.harmwatch.export.WithholdingWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports over HTTP: {@code GET /api/incidents.csv?format=acled|ucdp|csv} and {@code GET
 * /api/incidents.geojson}, with the filters of {@code GET /api/incidents}, streamed page by page
 * from the store whatever the size (every match unless {@code limit} is given). Read routes: any
 * logged-in user. Withheld strings are masked for every role ({@link Withholding}). Replaces the
 * core's first, paged GeoJSON route. Thread-safe.
 */
public final class ExportApi implements ApiModule {
  private static final Logger LOG = LoggerFactory.getLogger(ExportApi.class);

  private final IncidentExport export;
  private final Clock clock;

  /** Exports of {@code store}, with the corroboration and review state of each incident. */
  public ExportApi(
      IncidentStore store, Corroboration corroboration, ReviewStore reviews, Clock clock) {
    this.export = new IncidentExport(store, corroboration, reviews);
    this.clock = clock;
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/api/incidents.csv", Access.VIEWER, this::csv),
        ApiRoute.get(
            "/api/incidents.geojson", Access.VIEWER, ctx -> send(ctx, ExportFormat.GEOJSON)));
  }

  private void csv(Context ctx) {
    String name = QueryParameters.value(ctx, "format");
    ExportFormat format =
        switch (name == null ? "csv" : name.toLowerCase(Locale.ROOT)) {
          case "acled", "acled-csv" -> ExportFormat.ACLED_CSV;
          case "ucdp", "ucdp-csv" -> ExportFormat.UCDP_CSV;
          case "csv" -> ExportFormat.CSV;
          default ->
              throw ApiException.badParameter(
                  "format", "format must be acled, ucdp or csv, was '" + name + "'");
        };
    send(ctx, format);
  }

  private void send(Context ctx, ExportFormat format) {
    IncidentQuery query = QueryParameters.incidentQuery(ctx, IncidentQuery.MAX_LIMIT);
    boolean bom = bom(ctx);
    long max = QueryParameters.value(ctx, "limit") == null ? Long.MAX_VALUE : query.limit();
    String file =
        "harmwatch-incidents-"
            + LocalDate.now(clock)
            + (format == ExportFormat.CSV || format == ExportFormat.GEOJSON
                ? ""
                : "-" + format.code().replace("-csv", ""))
            + "."
            + format.extension();
    Set<String> quoted = new LinkedHashSet<>();
    // Files leave the server: withheld strings are masked whoever downloads them.
    WithheldMask mask = Withholding.always(ctx);
    Set<String> restricted = DocumentAccess.hiddenFrom(ctx);
    // Headers and the writer come with the first page: a bad full-text query is still a 400.
    IncidentWriter lazy =
        new IncidentWriter() {
          private IncidentWriter out;

          @Override
          public void begin(long total) throws IOException {
            ctx.status(200);
            ctx.contentType(format.mediaType());
            ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
            ctx.header("X-Total-Count", String.valueOf(total));
            OutputStream os = ctx.outputStream();
            out = new WithholdingWriter(format.open(os, bom), mask, restricted);
            out.begin(total);
          }

          @Override
          public String refusal(ExportRecord record) {
            return out.refusal(record);
          }

          @Override
          public void write(ExportRecord record) throws IOException {
            out.write(record);
            if (record.incident().document() != null
                && !restricted.contains(record.incident().document().id())) {
              quoted.add(record.incident().document().id());
            }
          }

          @Override
          public void end() throws IOException {
            out.end();
          }
        };
    try {
      QueryParameters.withText(
          query,
          () -> {
            try {
              return export.run(query, query.offset(), max, lazy);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      // The client went away mid-download; nothing more can be sent.
      LOG.info("export {} ended early: {}", format.code(), e.getCause().toString());
    } finally {
      TextReads.record(ctx, ReadChannel.EXPORT, quoted);
    }
  }

  private static boolean bom(Context ctx) {
    String v = QueryParameters.value(ctx, "bom");
    if (v == null) {
      return false;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "1", "true", "yes" -> true;
      case "0", "false", "no" -> false;
      default ->
          throw ApiException.badParameter("bom", "bom must be true or false, was '" + v + "'");
    };
  }
}

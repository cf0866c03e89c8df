package org.harmwatch.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.harmwatch.core.reference.CheckRow;
import org.harmwatch.core.reference.CrossCheck;
import org.harmwatch.core.reference.ImportResult;
import org.harmwatch.core.reference.ReferenceDataset;
import org.harmwatch.core.reference.ReferenceEvent;
import org.harmwatch.core.reference.ReferenceQuery;
import org.harmwatch.core.reference.ReferenceStore;
import org.harmwatch.core.reference.RowError;
import org.harmwatch.core.store.BoundingBox;
import org.harmwatch.core.store.Page;
import org.harmwatch.reference.CheckReport;
import org.harmwatch.reference.CrossCheckService;
import org.harmwatch.reference.ImportException;
import org.harmwatch.reference.ReferenceFormat;
import org.harmwatch.reference.ReferenceImporter;
import org.harmwatch.reference.Source;

/**
 * Reference datasets over HTTP: list them, search their events (the map's reference layer), upload
 * a new version (admins; the CSV as the body, at most the server's request size), run a cross-check
 * (analysts), read its report as JSON or CSV, and read how one incident of ours fared against every
 * dataset (the incident page). Thread-safe.
 */
public final class ReferenceApi implements ApiModule {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final int LIST_LIMIT = 500;

  private final ReferenceImporter importer;
  private final CrossCheckService checks;
  private final ReferenceStore store;

  public ReferenceApi(ReferenceImporter importer, CrossCheckService checks, ReferenceStore store) {
    this.importer = importer;
    this.checks = checks;
    this.store = store;
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/api/reference/datasets", Access.VIEWER, this::datasets),
        ApiRoute.post("/api/reference/datasets", Access.ADMIN, this::upload),
        ApiRoute.get("/api/reference/events", Access.VIEWER, this::events),
        ApiRoute.post("/api/reference/cross-check", Access.ANALYST, this::crossCheck),
        ApiRoute.get("/api/reference/report", Access.VIEWER, this::report),
        ApiRoute.get("/api/reference/report.csv", Access.VIEWER, this::reportCsv),
        ApiRoute.get("/api/reference/incidents/{id}", Access.VIEWER, this::incident));
  }

  private void datasets(Context ctx) {
    ArrayNode out = F.arrayNode();
    for (ReferenceDataset d : store.datasets()) {
      ObjectNode o = dataset(d);
      store.lastCheck(d.name()).ifPresent(c -> o.set("last_check", check(c)));
      out.add(o);
    }
    ObjectNode body = F.objectNode();
    body.set("datasets", out);
    Json.send(ctx, 200, body);
  }

  private void upload(Context ctx) {
    String contentType = ctx.contentType() == null ? "" : ctx.contentType();
    if (!contentType.toLowerCase(Locale.ROOT).startsWith("text/csv")) {
      throw ApiException.unsupportedMediaType(contentType);
    }
    String formatName = QueryParameters.value(ctx, "format");
    if (formatName == null) {
      throw ApiException.badParameter("format", "format is required: acled or ucdp");
    }
    ReferenceFormat format;
    String dataset;
    try {
      format = ReferenceFormat.fromCode(formatName);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("format", e.getMessage());
    }
    try {
      dataset = ReferenceImporter.datasetName(QueryParameters.value(ctx, "dataset"), format);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("dataset", e.getMessage());
    }
    String file = QueryParameters.value(ctx, "file");
    byte[] body = ctx.bodyAsBytes();
    ImportResult r;
    try {
      r =
          importer.run(
              Source.of(body, file == null ? null : file.replaceAll("[\\\\/]", "_")),
              format,
              dataset,
              null,
              RequestUser.require(ctx));
    } catch (ImportException e) {
      throw ApiException.badBody(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ObjectNode o = F.objectNode();
    o.put("dataset", r.dataset());
    o.put("unchanged", r.unchanged());
    if (r.version() != null) {
      o.set("version", dataset(r.version()));
    }
    o.put("rows", r.rows());
    o.put("added", r.added());
    o.put("changed", r.changed());
    o.put("same", r.same());
    ArrayNode errors = o.putArray("errors");
    for (RowError e : r.errors()) {
      ObjectNode x = errors.addObject();
      x.put("line", e.line());
      x.put("column", e.column());
      x.put("message", e.message());
    }
    Json.send(ctx, r.unchanged() ? 200 : 201, o);
  }

  private void events(Context ctx) {
    String dataset = QueryParameters.value(ctx, "dataset");
    String country = QueryParameters.value(ctx, "country");
    if (country != null && !country.matches("[A-Za-z]{2}")) {
      throw ApiException.badParameter("country", "country must be an ISO 3166-1 alpha-2 code");
    }
    String bbox = QueryParameters.value(ctx, "bbox");
    BoundingBox box;
    try {
      box = bbox == null ? null : BoundingBox.parse(bbox);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("bbox", e.getMessage());
    }
    String q = QueryParameters.value(ctx, "q");
    if (q != null && q.length() > 500) {
      throw ApiException.badParameter("q", "q is longer than 500 characters");
    }
    ReferenceQuery query =
        new ReferenceQuery(
            dataset,
            country,
            date(ctx, "from"),
            date(ctx, "to"),
            box,
            q,
            QueryParameters.integer(ctx, "limit", 100, 1, ReferenceQuery.MAX_LIMIT),
            QueryParameters.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE));
    Page<ReferenceEvent> page = store.search(query);
    ObjectNode o = F.objectNode();
    o.put("total", page.total());
    o.put("limit", page.limit());
    o.put("offset", page.offset());
    ArrayNode items = o.putArray("items");
    for (ReferenceEvent e : page.items()) {
      items.add(event(e));
    }
    Json.send(ctx, 200, o);
  }

  private void crossCheck(Context ctx) {
    String dataset = requiredDataset(ctx);
    CrossCheck c;
    try {
      c = checks.run(dataset);
    } catch (NoSuchElementException e) {
      throw ApiException.notFound(e.getMessage());
    }
    Json.send(ctx, 200, check(c));
  }

  private void report(Context ctx) {
    String dataset = requiredDataset(ctx);
    CrossCheck c =
        store
            .lastCheck(dataset)
            .orElseThrow(() -> ApiException.notFound("'" + dataset + "' was never cross-checked"));
    CheckReport r = CheckReport.of(store.checkRows(dataset, null));
    int limit = QueryParameters.integer(ctx, "limit", LIST_LIMIT, 1, 100_000);
    ObjectNode o = F.objectNode();
    o.put("dataset", dataset);
    o.set("check", check(c));
    ArrayNode lines = o.putArray("by_country_month");
    for (CheckReport.Line l : r.lines()) {
      ObjectNode x = lines.addObject();
      x.put("country", l.country());
      x.put("month", l.month());
      x.put("ours", l.ours());
      x.put("theirs", l.theirs());
      x.put("matched", l.matched());
      x.put("ours_missing_from_dataset", l.oursOnly());
      x.put("theirs_without_our_report", l.theirsOnly());
      x.put("figures_disagree", l.figuresDisagree());
    }
    list(
        o,
        "ours_missing",
        r.rows().stream().filter(x -> x.kind() == CheckRow.Kind.OURS_ONLY),
        limit);
    list(
        o,
        "theirs_missing",
        r.rows().stream().filter(x -> x.kind() == CheckRow.Kind.THEIRS_ONLY),
        limit);
    list(o, "figure_disagreements", r.disagreements().stream(), limit);
    Json.send(ctx, 200, o);
  }

  private void reportCsv(Context ctx) {
    String dataset = requiredDataset(ctx);
    if (store.lastCheck(dataset).isEmpty()) {
      throw ApiException.notFound("'" + dataset + "' was never cross-checked");
    }
    String part = QueryParameters.value(ctx, "part");
    boolean rows;
    if (part == null || part.equals("summary")) {
      rows = false;
    } else if (part.equals("rows")) {
      rows = true;
    } else {
      throw ApiException.badParameter("part", "part must be summary or rows, was '" + part + "'");
    }
    CheckReport r = CheckReport.of(store.checkRows(dataset, null));
    ctx.status(200);
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"harmwatch-cross-check-"
            + dataset.replaceAll("[^A-Za-z0-9._-]", "_")
            + (rows ? "-rows" : "")
            + ".csv\"");
    try {
      Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
      if (rows) {
        r.writeRows(w);
      } else {
        r.writeSummary(w);
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void incident(Context ctx) {
    String id = ctx.pathParam("id");
    Map<String, List<CheckRow>> rows = store.checkRowsOfIncident(id);
    ObjectNode o = F.objectNode();
    o.put("incident", id);
    ArrayNode out = o.putArray("datasets");
    for (ReferenceDataset d : store.datasets()) {
      if (store.lastCheck(d.name()).isEmpty()) {
        continue;
      }
      ObjectNode x = out.addObject();
      x.put("dataset", d.name());
      List<CheckRow> mine = rows.getOrDefault(d.name(), List.of());
      CheckRow match =
          mine.stream().filter(r -> r.kind() == CheckRow.Kind.MATCH).findFirst().orElse(null);
      x.put("checked", !mine.isEmpty());
      if (match != null) {
        x.put("event_id", match.eventId());
        x.put("score", match.score());
        x.put("reasons", match.reasons());
        x.put("their_fatalities", match.theirFatalities());
        x.put("figures_disagree", match.figuresDisagree());
        store.event(d.name(), match.eventId()).ifPresent(e -> x.set("event", event(e)));
      }
    }
    Json.send(ctx, 200, o);
  }

  private static void list(
      ObjectNode o, String name, java.util.stream.Stream<CheckRow> rows, int limit) {
    List<CheckRow> all = rows.toList();
    o.put(name + "_total", all.size());
    ArrayNode a = o.putArray(name);
    for (CheckRow r : all.subList(0, Math.min(limit, all.size()))) {
      ObjectNode x = a.addObject();
      x.put("kind", r.kind().code());
      x.put("country", r.country());
      x.put("month", r.month());
      x.put("incident_id", r.incidentId());
      x.put("event_id", r.eventId());
      if (r.kind() == CheckRow.Kind.MATCH) {
        x.put("score", r.score());
      }
      x.put("reasons", r.reasons());
      x.put("our_low", r.ourLow());
      x.put("our_best", r.ourBest());
      x.put("our_high", r.ourHigh());
      x.put("their_fatalities", r.theirFatalities());
    }
  }

  private String requiredDataset(Context ctx) {
    String d = QueryParameters.value(ctx, "dataset");
    if (d == null) {
      throw ApiException.badParameter("dataset", "dataset is required");
    }
    return d;
  }

  private static LocalDate date(Context ctx, String name) {
    String v = QueryParameters.value(ctx, name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(name, name + " must be a date YYYY-MM-DD, was '" + v + "'");
    }
  }

  private static ObjectNode dataset(ReferenceDataset d) {
    ObjectNode o = F.objectNode();
    o.put("name", d.name());
    o.put("version", d.version());
    o.put("format", d.format());
    o.put("file_name", d.fileName());
    o.put("sha256", d.sha256());
    o.put("imported_at", d.importedAt().toString());
    o.put("imported_by", d.importedBy());
    o.put("rows", d.rows());
    o.put("refused", d.refused());
    o.put("added", d.added());
    o.put("changed", d.changed());
    o.put("events", d.events());
    return o;
  }

  private static ObjectNode check(CrossCheck c) {
    ObjectNode o = F.objectNode();
    o.put("dataset", c.dataset());
    o.put("version", c.version());
    o.put("checked_at", c.checkedAt().toString());
    o.put("incidents", c.incidents());
    o.put("events", c.events());
    o.put("matches", c.matches());
    o.put("comparisons", c.comparisons());
    o.put("millis", c.millis());
    return o;
  }

  private static ObjectNode event(ReferenceEvent e) {
    ObjectNode o = F.objectNode();
    o.put("event_id", e.eventId());
    o.put("date_start", e.dateStart().toString());
    o.put("date_end", e.dateEnd().toString());
    o.put("country_code", e.countryCode());
    o.put("country", e.country());
    o.put("admin1", e.admin1());
    o.put("admin2", e.admin2());
    o.put("location", e.location());
    if (e.hasCoordinates()) {
      o.put("lat", e.lat());
      o.put("lon", e.lon());
    }
    o.put("event_type", e.eventType() == null ? null : e.eventType().code());
    o.put("sub_event_type", e.subEventType() == null ? null : e.subEventType().code());
    o.put("actor1", e.actor1());
    o.put("actor2", e.actor2());
    o.put("fatalities", e.fatalities());
    o.put("source", e.source());
    o.put("notes", e.notes());
    return o;
  }
}

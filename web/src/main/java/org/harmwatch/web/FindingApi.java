package org.harmwatch.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.harmwatch.core.actors.ActorDirectory;
import org.harmwatch.core.actors.ActorName;
import org.harmwatch.core.actors.ActorSuggestion;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.core.store.Tally;
import org.harmwatch.core.store.TallyBy;
import org.harmwatch.export.CsvOutput;

/**
 * Finding things: actor suggestions by any of an actor's names ({@code GET /api/actors?q=EIGS}), an
 * actor's profile, and summaries of the incidents matching the filters of {@code /api/incidents} by
 * actor, region or month, as JSON and as CSV. Thread-safe: holds only the thread-safe store and
 * directory.
 */
public final class FindingApi implements ApiModule {
  /** The most suggestions one request returns. */
  static final int MAX_SUGGESTIONS = 50;

  private static final List<String> CSV_COLUMNS =
      List.of(
          "key",
          "country_code",
          "incidents",
          "killed_known",
          "killed_low",
          "killed_best",
          "killed_high");

  private final IncidentStore store;
  private final ActorDirectory actors;

  public FindingApi(IncidentStore store, ActorDirectory actors) {
    this.store = Objects.requireNonNull(store, "store");
    this.actors = Objects.requireNonNull(actors, "actors");
  }

  @Override
  public List<ApiRoute> routes() {
    List<ApiRoute> out = new ArrayList<>();
    out.add(ApiRoute.get("/api/actors", Access.VIEWER, this::suggest));
    out.add(ApiRoute.get("/api/actors/profile", Access.VIEWER, this::profile));
    for (TallyBy by : TallyBy.values()) {
      out.add(ApiRoute.get("/api/summaries/" + by.code() + ".csv", Access.VIEWER, c -> csv(c, by)));
      out.add(ApiRoute.get("/api/summaries/" + by.code(), Access.VIEWER, c -> json(c, by)));
    }
    return List.copyOf(out);
  }

  /** {@code GET /api/actors?q=&limit=}: actors whose name or an alias matches, best first. */
  private void suggest(Context ctx) {
    String q = QueryParameters.value(ctx, "q");
    if (q == null) {
      throw ApiException.badParameter("q", "q (part of an actor's name or alias) is required");
    }
    if (q.length() > 200) {
      throw ApiException.badParameter("q", "q is longer than 200 characters");
    }
    int limit = QueryParameters.integer(ctx, "limit", 10, 1, MAX_SUGGESTIONS);
    ArrayNode out = ExchangeJson.mapper().createArrayNode();
    for (ActorSuggestion s : actors.suggest(q, limit)) {
      ObjectNode o = out.addObject();
      o.put("name", s.actor().name());
      o.put("type", s.actor().type().code());
      o.put("matched", s.matched());
    }
    Json.send(ctx, 200, out);
  }

  /** {@code GET /api/actors/profile?name=}: the dictionary's entry for a canonical name. */
  private void profile(Context ctx) {
    String name = QueryParameters.value(ctx, "name");
    if (name == null) {
      throw ApiException.badParameter("name", "name (an actor's canonical name) is required");
    }
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("name", name);
    ActorName a = actors.actor(name).orElse(null);
    o.put("in_dictionary", a != null);
    o.put("type", a == null ? null : a.type().code());
    ArrayNode aliases = o.putArray("aliases");
    if (a != null) {
      a.aliases().forEach(aliases::add);
    }
    Json.send(ctx, 200, o);
  }

  private List<Tally> tally(Context ctx, TallyBy by) {
    IncidentQuery query = QueryParameters.incidentQuery(ctx, IncidentQuery.MAX_LIMIT);
    return QueryParameters.withText(query, () -> store.tally(query, by));
  }

  /** {@code GET /api/summaries/{by}}: one row per key, with counts and reconciled killed sums. */
  private void json(Context ctx, TallyBy by) {
    List<Tally> rows = tally(ctx, by);
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("by", by.code());
    ArrayNode items = o.putArray("rows");
    long incidents = 0;
    for (Tally t : rows) {
      ObjectNode r = items.addObject();
      r.put("key", t.key());
      r.put("country_code", t.countryCode());
      r.put("incidents", t.incidents());
      r.put("killed_known", t.killedKnown());
      r.put("killed_low", t.killedLow());
      r.put("killed_best", t.killedBest());
      r.put("killed_high", t.killedHigh());
      incidents += t.incidents();
    }
    // By actor an incident counts once per actor, so the rows may add up to more than this.
    o.put("row_incidents", incidents);
    Json.send(ctx, 200, o);
  }

  /** {@code GET /api/summaries/{by}.csv}: the same rows as CSV, formula-escaped. */
  private void csv(Context ctx, TallyBy by) {
    List<Tally> rows = tally(ctx, by);
    StringWriter w = new StringWriter();
    try {
      CsvOutput out = new CsvOutput(w);
      out.header(CSV_COLUMNS);
      for (Tally t : rows) {
        out.text(t.key())
            .text(t.countryCode())
            .number(t.incidents())
            .number(t.killedKnown())
            .number(t.killedLow())
            .number(t.killedBest())
            .number(t.killedHigh())
            .endRow();
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.status(200)
        .contentType("text/csv; charset=utf-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"harmwatch-summary-by-" + by.code() + ".csv\"")
        .result(w.toString());
  }
}

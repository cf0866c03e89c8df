package org.harmwatch.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.core.store.IncidentSummary;
import org.harmwatch.core.store.Page;

/**
 * The explore view's data in one compact response: every incident matching the filters of {@code
 * /api/incidents} (up to {@value #MAX} of them) as a short array row, so the map, the timeline and
 * the list of tens of thousands of incidents load in one request. Thread-safe: holds only the
 * thread-safe store.
 */
public final class MapDataApi implements ApiModule {
  /** The most rows one response holds; {@code truncated} says when more matched. */
  static final int MAX = 50_000;

  /** The order of each row's values, sent along so clients need not hard-code it. */
  static final List<String> COLUMNS =
      List.of(
          "id",
          "date_start",
          "date_end",
          "event_type",
          "killed_low",
          "killed_best",
          "killed_high",
          "lat",
          "lon",
          "precision",
          "country_code",
          "admin1",
          "place",
          "title");

  private final IncidentStore store;

  public MapDataApi(IncidentStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(ApiRoute.get("/api/incidents.compact", Access.VIEWER, this::compact));
  }

  private void compact(Context ctx) {
    IncidentQuery query = QueryParameters.incidentQuery(ctx, IncidentQuery.MAX_LIMIT);
    Page<IncidentSummary> page = QueryParameters.withText(query, () -> store.summaries(query, MAX));
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    ArrayNode columns = o.putArray("columns");
    COLUMNS.forEach(columns::add);
    ArrayNode rows = o.putArray("rows");
    for (IncidentSummary i : page.items()) {
      row(rows.addArray(), i);
    }
    o.put("total", page.total());
    o.put("truncated", page.total() > rows.size());
    Json.send(ctx, 200, o);
  }

  private static void row(ArrayNode r, IncidentSummary i) {
    r.add(i.id());
    r.add(i.dateStart() == null ? null : i.dateStart().toString());
    r.add(i.dateEnd() == null ? null : i.dateEnd().toString());
    r.add(i.eventType());
    r.add(i.killedLow());
    r.add(i.killedBest());
    r.add(i.killedHigh());
    r.add(i.lat());
    r.add(i.lon());
    r.add(i.precision());
    r.add(i.countryCode());
    r.add(i.admin1());
    r.add(i.place());
    r.add(i.title());
  }
}

package org.harmwatch.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.core.store.IncidentStore;
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
          "killed_min",
          "killed_max",
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
    return List.of(ApiRoute.get("/api/incidents.compact", this::compact));
  }

  private void compact(Context ctx) {
    IncidentQuery query = QueryParameters.incidentQuery(ctx, IncidentQuery.MAX_LIMIT);
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    ArrayNode columns = o.putArray("columns");
    COLUMNS.forEach(columns::add);
    ArrayNode rows = o.putArray("rows");
    long total = 0;
    int offset = 0;
    while (offset < MAX) {
      Page<Incident> page =
          QueryParameters.search(store, query.page(IncidentQuery.MAX_LIMIT, offset));
      total = page.total();
      for (Incident i : page.items()) {
        row(rows.addArray(), i);
      }
      offset += page.items().size();
      if (page.items().isEmpty() || offset >= total) {
        break;
      }
    }
    o.put("total", total);
    o.put("truncated", total > rows.size());
    Json.send(ctx, 200, o);
  }

  private static void row(ArrayNode r, Incident i) {
    r.add(i.id());
    r.add(i.date() == null ? null : i.date().start().toString());
    r.add(i.date() == null ? null : i.date().end().toString());
    r.add(i.eventType() == null ? null : i.eventType().code());
    Count k = i.casualties() == null ? null : i.casualties().killed();
    if (k == null || k.min() == null) {
      r.addNull();
    } else {
      r.add(k.min());
    }
    if (k == null || k.max() == null) {
      r.addNull();
    } else {
      r.add(k.max());
    }
    Location l = i.location();
    if (l != null && l.hasCoordinates()) {
      r.add(l.lat());
      r.add(l.lon());
    } else {
      r.addNull();
      r.addNull();
    }
    r.add(l == null ? null : l.precision().code());
    r.add(l == null ? null : l.countryCode());
    r.add(l == null ? null : l.admin1());
    r.add(l == null ? null : l.name());
    r.add(i.document() == null ? null : i.document().title());
  }
}

package org.harmwatch.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.harmwatch.core.store.IncidentQuery;

/**
 * The query strings of saved searches: the incident filters of {@code /api/incidents} written as a
 * URL query string, read with the same rules as a request's. Stateless and thread-safe.
 */
public final class SavedQueries {
  /** The filters a saved search keeps, in the order they are written; paging is never kept. */
  static final List<String> FILTERS =
      List.of(
          "q",
          "from",
          "to",
          "country",
          "admin1",
          "event_type",
          "actor",
          "bbox",
          "status",
          "grade",
          "killed_min",
          "killed_max");

  private SavedQueries() {}

  /**
   * The query a saved query string means, unpaged (the largest page).
   *
   * @throws IllegalArgumentException naming the first bad parameter
   */
  public static IncidentQuery parse(String queryString) {
    Map<String, String> params = decode(queryString);
    try {
      return QueryParameters.incidentQuery(params::get, IncidentQuery.MAX_LIMIT);
    } catch (ApiException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * {@code queryString} with only its non-blank filters, in {@link #FILTERS} order, so that the
   * same search is always written the same way.
   */
  public static String normalize(String queryString) {
    Map<String, String> params = decode(queryString);
    return FILTERS.stream()
        .filter(k -> params.get(k) != null && !params.get(k).isBlank())
        .map(k -> k + "=" + URLEncoder.encode(params.get(k).trim(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static Map<String, String> decode(String queryString) {
    Map<String, String> out = new LinkedHashMap<>();
    String s = queryString == null ? "" : queryString.strip();
    if (s.startsWith("?")) {
      s = s.substring(1);
    }
    for (String pair : s.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.putIfAbsent(k, v);
    }
    return out;
  }
}

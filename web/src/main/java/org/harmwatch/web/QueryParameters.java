package org.harmwatch.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.review.Grade;
import org.harmwatch.core.review.ReviewStatus;
import org.harmwatch.core.store.BoundingBox;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.core.store.Page;

/**
 * Reads the incident filters of a request ({@code from}, {@code to}, {@code country}, {@code
 * admin1}, {@code event_type}, {@code actor}, {@code q}, {@code bbox}, {@code status}, {@code
 * grade}, {@code killed_min}, {@code killed_max}, {@code limit}, {@code offset}) into an {@link
 * IncidentQuery}. Blank values count as absent, because HTML forms send empty fields. Stateless and
 * thread-safe.
 */
final class QueryParameters {
  /** The page size when the request gives none. */
  static final int DEFAULT_LIMIT = 100;

  /**
   * The deepest page a list may start at: a page is read off an index in the list's order, at a
   * cost that grows with its offset, so deeper pages are reached by narrowing the filters (e.g.
   * {@code from}/{@code to}) instead.
   */
  static final int MAX_OFFSET = 100_000;

  private static final int MAX_TEXT = 500;
  private static final Pattern ISO2 = Pattern.compile("[A-Za-z]{2}");

  private QueryParameters() {}

  /** The query of {@code ctx}; throws {@link ApiException} naming the first bad parameter. */
  static IncidentQuery incidentQuery(Context ctx, int defaultLimit) {
    return incidentQuery(ctx::queryParam, defaultLimit);
  }

  /** The query of the parameters {@code params} gives by name (null when absent). */
  static IncidentQuery incidentQuery(Function<String, String> params, int defaultLimit) {
    LocalDate from = date(params, "from");
    LocalDate to = date(params, "to");
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badParameter("to", "to '" + to + "' is before from '" + from + "'");
    }
    String country = value(params, "country");
    if (country != null && !ISO2.matcher(country).matches()) {
      throw ApiException.badParameter(
          "country", "country must be an ISO 3166-1 alpha-2 code, was '" + country + "'");
    }
    EventType eventType = null;
    String eventCode = value(params, "event_type");
    if (eventCode != null) {
      try {
        eventType = EventType.fromCode(eventCode);
      } catch (IllegalArgumentException e) {
        throw ApiException.badParameter("event_type", e.getMessage());
      }
    }
    BoundingBox bbox = null;
    String bboxValue = value(params, "bbox");
    if (bboxValue != null) {
      try {
        bbox = BoundingBox.parse(bboxValue);
      } catch (IllegalArgumentException e) {
        throw ApiException.badParameter("bbox", e.getMessage());
      }
    }
    ReviewStatus status = null;
    String statusCode = value(params, "status");
    if (statusCode != null) {
      try {
        status = ReviewStatus.fromCode(statusCode);
      } catch (IllegalArgumentException e) {
        throw ApiException.badParameter("status", e.getMessage());
      }
    }
    Grade grade = null;
    String gradeCode = value(params, "grade");
    if (gradeCode != null) {
      try {
        grade = Grade.fromCode(gradeCode);
      } catch (IllegalArgumentException e) {
        throw ApiException.badParameter("grade", e.getMessage());
      }
    }
    Integer killedMin = optionalInteger(params, "killed_min");
    Integer killedMax = optionalInteger(params, "killed_max");
    if (killedMin != null && killedMax != null && killedMax < killedMin) {
      throw ApiException.badParameter(
          "killed_max", "killed_max " + killedMax + " is below killed_min " + killedMin);
    }
    int limit = integer(params, "limit", defaultLimit, 1, IncidentQuery.MAX_LIMIT);
    int offset = integer(params, "offset", 0, 0, MAX_OFFSET);
    return new IncidentQuery(
        from,
        to,
        country == null ? null : country.toUpperCase(Locale.ROOT),
        text(params, "admin1"),
        eventType,
        text(params, "actor"),
        text(params, "q"),
        bbox,
        status,
        grade,
        killedMin,
        killedMax,
        limit,
        offset);
  }

  /**
   * The page of {@code store} matching {@code query}; a full-text part the store cannot parse is a
   * bad {@code q} parameter, not a server error.
   */
  static Page<Incident> search(IncidentStore store, IncidentQuery query) {
    return withText(query, () -> store.search(query));
  }

  /** Runs {@code call} for {@code query}; a full-text part that cannot be parsed is a 400 on q. */
  static <T> T withText(IncidentQuery query, java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (IllegalArgumentException e) {
      if (query.text() == null) {
        throw e;
      }
      throw ApiException.badParameter("q", e.getMessage());
    }
  }

  /** The trimmed parameter {@code name}, or null when absent or blank. */
  static String value(Context ctx, String name) {
    return value(ctx::queryParam, name);
  }

  /** The trimmed parameter {@code name} of {@code params}, or null when absent or blank. */
  static String value(Function<String, String> params, String name) {
    String v = params.apply(name);
    return v == null || v.isBlank() ? null : v.trim();
  }

  private static String text(Function<String, String> params, String name) {
    String v = value(params, name);
    if (v != null && v.length() > MAX_TEXT) {
      throw ApiException.badParameter(
          name, name + " is longer than " + MAX_TEXT + " characters (" + v.length() + ")");
    }
    return v;
  }

  private static LocalDate date(Function<String, String> params, String name) {
    String v = value(params, name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(name, name + " must be a date YYYY-MM-DD, was '" + v + "'");
    }
  }

  private static Integer optionalInteger(Function<String, String> params, String name) {
    return value(params, name) == null ? null : integer(params, name, 0, 0, Integer.MAX_VALUE);
  }

  /** The integer parameter {@code name} in [min, max], or {@code dflt} when absent. */
  static int integer(Context ctx, String name, int dflt, int min, int max) {
    return integer(ctx::queryParam, name, dflt, min, max);
  }

  /** The integer parameter {@code name} of {@code params} in [min, max], or {@code dflt}. */
  static int integer(Function<String, String> params, String name, int dflt, int min, int max) {
    String v = value(params, name);
    if (v == null) {
      return dflt;
    }
    long n;
    try {
      n = Long.parseLong(v);
    } catch (NumberFormatException e) {
      n = Long.MIN_VALUE;
    }
    if (n >= min && n <= max) {
      return (int) n;
    }
    String range = max == Integer.MAX_VALUE ? ">= " + min : min + ".." + max;
    throw ApiException.badParameter(
        name, name + " must be an integer " + range + ", was '" + v + "'");
  }
}

package org.harmwatch.core.json;

import static org.harmwatch.core.json.JsonValues.optText;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/** The single values of the exchange format: optional text and dates, codes, and their writing. */
final class JsonValues {
  private JsonValues() {}

  static String optText(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static LocalDate optDate(JsonNode n, String field) {
    String v = optText(n, field);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
    } catch (DateTimeParseException e) {
      throw new ExchangeFormatException(
          "\"" + field + "\" is not a YYYY-MM-DD date: '" + v + "'", e);
    }
  }

  static <T> T wrap(String field, String value, Function<String, T> parse) {
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      throw new ExchangeFormatException("bad " + field + ": '" + value + "'", e);
    }
  }

  static String str(Object o) {
    return o == null ? null : o.toString();
  }
}

package org.harmwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Locale;
import org.harmwatch.core.json.ExchangeFormatException;
import org.harmwatch.core.json.ExchangeJson;

/** Reads small JSON request bodies (logins, queue entries). Stateless and thread-safe. */
final class JsonBody {
  private static final int MAX_BYTES = 64 * 1024;

  private JsonBody() {}

  /**
   * The body of {@code ctx} as a JSON object.
   *
   * @throws ApiException 415 unless the body is {@code application/json}, 400 unless it is a JSON
   *     object of at most 64 KB
   */
  static JsonNode object(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    if (!type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw ApiException.unsupportedMediaType(type);
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > MAX_BYTES) {
      throw ApiException.tooLarge(MAX_BYTES);
    }
    JsonNode node;
    try {
      node = ExchangeJson.parse(new String(body, java.nio.charset.StandardCharsets.UTF_8));
    } catch (ExchangeFormatException e) {
      throw ApiException.badBody(e.getMessage());
    }
    if (node == null || !node.isObject()) {
      throw ApiException.badBody("the body must be a JSON object");
    }
    return node;
  }

  /** The non-blank text member {@code name} of {@code body}, or 400 naming it. */
  static String text(JsonNode body, String name) {
    JsonNode v = body.get(name);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw ApiException.badParameter(name, name + " must be a non-empty string");
    }
    return v.asText();
  }

  /** The text member {@code name} of {@code body}, or null when absent or blank. */
  static String optionalText(JsonNode body, String name) {
    JsonNode v = body.get(name);
    return v == null || !v.isTextual() || v.asText().isBlank() ? null : v.asText();
  }
}

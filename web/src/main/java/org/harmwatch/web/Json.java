package org.harmwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.harmwatch.core.json.ExchangeJson;

/**
 * Writes JSON responses through the exchange codec's mapper, with the strings withheld from the
 * caller masked ({@link Withholding}) and the quotes of documents restricted from the caller left
 * out ({@link DocumentAccess}). Stateless and thread-safe.
 */
final class Json {
  static final String CONTENT_TYPE = "application/json; charset=utf-8";

  private Json() {}

  /** Sends {@code body} as {@code application/json} with {@code status}. */
  static void send(Context ctx, int status, JsonNode body) {
    send(ctx, status, body, "application/json");
  }

  /** Sends {@code body} with {@code status} and the media type {@code mediaType} in UTF-8. */
  static void send(Context ctx, int status, JsonNode body, String mediaType) {
    JsonNode visible = DocumentAccess.json(ctx, Withholding.json(ctx, body));
    ctx.status(status)
        .contentType(mediaType + "; charset=utf-8")
        .result(ExchangeJson.write(visible));
  }
}

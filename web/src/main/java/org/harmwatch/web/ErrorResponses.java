package org.harmwatch.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.harmwatch.core.json.ExchangeJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The error responses of the {@link WebServer}: an API error as JSON with its code and a message in
 * the client's language, Javalin's own refusals in the same shape, a page for an unknown page
 * address, and an internal error without its trace. Stateless.
 */
final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  private static final ErrorMessages MESSAGES = ErrorMessages.shared();

  // The machine-readable error code stays; the message is in the language the client asks for
  // (the interface sends its own choice as Accept-Language).
  static void apiError(ApiException e, Context ctx) {
    if (e.retryAfterSeconds() != null) {
      ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
    }
    String language = ErrorMessages.language(ctx.header("Accept-Language"));
    ctx.header("Content-Language", language);
    ctx.header("Vary", "Accept-Language");
    Json.send(ctx, e.status(), e.toJson(MESSAGES.translate(e.getMessage(), language)));
  }

  /** The page a browser gets for an address that is no page (not for /api paths: they get JSON). */
  private static final String NOT_FOUND_PAGE = WebServer.resource("/public/404.html");

  // Javalin's own refusals (e.g. its body-size limit) get the API's error shape; an unknown page
  // gets a page that says so in words and links back, not JSON.
  static void httpError(HttpResponseException e, Context ctx) {
    if (e.getStatus() == 404 && !ctx.path().startsWith("/api/") && !ctx.path().equals("/api")) {
      ctx.status(404).contentType("text/html; charset=utf-8").result(NOT_FOUND_PAGE);
      return;
    }
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    int status = e.getStatus();
    o.put(
        "error",
        switch (status) {
          case 404 -> "not_found";
          case 413 -> "too_large";
          case 405 -> "method_not_allowed";
          default -> status >= 500 ? "internal" : "bad_request";
        });
    o.put("message", e.getMessage());
    Json.send(ctx, status, o);
  }

  // The trace goes to the log only: a response must not reveal the server's internals.
  static void internalError(Exception e, Context ctx) {
    LOG.error("{} {} failed", ctx.method().name(), ctx.path(), e);
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("error", "internal");
    Json.send(ctx, 500, o);
  }

  private ErrorResponses() {}
}

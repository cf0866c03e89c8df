package org.harmwatch.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.harmwatch.core.json.ExchangeJson;

/**
 * A request the API refuses, with the HTTP status and the JSON error body to send. Thrown by
 * handlers and turned into a response by {@link WebServer}; immutable and thread-safe.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String error;
  private final String parameter;
  private final Long retryAfterSeconds;

  private ApiException(int status, String error, String parameter, String message) {
    this(status, error, parameter, message, null);
  }

  private ApiException(
      int status, String error, String parameter, String message, Long retryAfterSeconds) {
    super(message);
    this.status = status;
    this.error = error;
    this.parameter = parameter;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** A query parameter that cannot be used; {@code message} names the value. */
  public static ApiException badParameter(String parameter, String message) {
    return new ApiException(400, "bad_parameter", parameter, message);
  }

  /** A request body that is not a valid document. */
  public static ApiException badBody(String message) {
    return new ApiException(400, "bad_request", null, message);
  }

  /** A request body above the size limit. */
  public static ApiException tooLarge(long limitBytes) {
    return new ApiException(
        413, "too_large", null, "request body is larger than " + limitBytes + " bytes");
  }

  /** A document whose text is longer than the server takes; {@code message} names the limit. */
  public static ApiException documentTooLarge(String message) {
    return new ApiException(413, "too_large", null, message);
  }

  /** A request body of a media type the endpoint does not take. */
  public static ApiException unsupportedMediaType(String given) {
    return new ApiException(
        415,
        "unsupported_media_type",
        null,
        "Content-Type must be application/json, was '" + given + "'");
  }

  /** An uploaded file of a type the server does not read; {@code message} names the types read. */
  public static ApiException unsupportedFileType(String message) {
    return new ApiException(415, "unsupported_file_type", null, message);
  }

  /** An uploaded file of a known type that holds no readable document; the message says why. */
  public static ApiException unreadable(String message) {
    return new ApiException(422, "unreadable", null, message);
  }

  /** A request body whose Content-Type is not {@code expected}. */
  public static ApiException unsupportedMediaType(String given, String expected) {
    return new ApiException(
        415,
        "unsupported_media_type",
        null,
        "Content-Type must be " + expected + ", was '" + given + "'");
  }

  /** No authenticated user, or bad credentials. */
  public static ApiException unauthorized(String message) {
    return new ApiException(401, "unauthorized", null, message);
  }

  /** The user may not do this (e.g. a viewer changing data, or a missing CSRF token). */
  public static ApiException forbidden(String message) {
    return new ApiException(403, "forbidden", null, message);
  }

  /** Too many attempts (e.g. failed logins); the client should wait before trying again. */
  public static ApiException tooManyRequests(String message) {
    return new ApiException(429, "too_many_requests", null, message);
  }

  /** The request conflicts with the stored state (e.g. merging an incident into itself). */
  public static ApiException conflict(String message) {
    return new ApiException(409, "conflict", null, message);
  }

  /** A document that an admin took down: its text is gone; {@code message} names the takedown. */
  public static ApiException gone(String message) {
    return new ApiException(410, "taken_down", null, message);
  }

  /** Storing an original that an admin took down; {@code message} names the takedown. */
  public static ApiException takenDown(String message) {
    return new ApiException(409, "taken_down", null, message);
  }

  /**
   * The server is too busy to take the request now (503); it is sent with a Retry-After of {@code
   * retryAfterSeconds}.
   */
  public static ApiException busy(String message, long retryAfterSeconds) {
    return new ApiException(503, "busy", null, message, retryAfterSeconds);
  }

  /**
   * The client closed its connection before the answer (499, as proxies log it): the work it asked
   * for was stopped. Nobody reads this answer; it is for the log.
   */
  public static ApiException clientClosed(String message) {
    return new ApiException(499, "client_closed_request", null, message);
  }

  /** Nothing is stored under {@code id}, or no API route matches. */
  public static ApiException notFound(String message) {
    return new ApiException(404, "not_found", null, message);
  }

  public int status() {
    return status;
  }

  /** The seconds to send in Retry-After, or null for none. */
  public Long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** The JSON error body: {@code error}, optional {@code parameter}, {@code message}. */
  public ObjectNode toJson() {
    return toJson(getMessage());
  }

  /** The JSON error body with {@code message} (the message in the reader's language). */
  public ObjectNode toJson(String message) {
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("error", error);
    if (parameter != null) {
      o.put("parameter", parameter);
    }
    o.put("message", message);
    return o;
  }
}

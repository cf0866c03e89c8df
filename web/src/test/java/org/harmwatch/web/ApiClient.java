package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.harmwatch.core.json.ExchangeJson;

/**
 * An HTTP client of one test server, acting as the user named in {@link TestUser#HEADER}, that
 * fails the test when an API answer shows a stack trace or the server's classes.
 *
 * @param base the server's address, such as {@code http://127.0.0.1:8080}
 * @param asUser the user a request acts as when it names none (anonymous when null)
 */
record ApiClient(String base, String asUser) {
  private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** A client whose requests are anonymous unless they name a user. */
  ApiClient(String base) {
    this(base, null);
  }

  /** Sends {@code body} (JSON, or none when null) as {@code user} (anonymous when null). */
  HttpResponse<String> send(String method, String path, String user, String body) {
    HttpRequest.Builder b = request(method, path, body);
    if (user != null) {
      b.header(TestUser.HEADER, user);
    }
    return send(b.build());
  }

  /** A request to {@code path} with {@code body} as JSON (none when null), for more headers. */
  HttpRequest.Builder request(String method, String path, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    return b;
  }

  /** Sends a request made by the test. */
  HttpResponse<String> send(HttpRequest request) {
    if (asUser != null && request.headers().firstValue(TestUser.HEADER).isEmpty()) {
      request =
          HttpRequest.newBuilder(request, (n, v) -> true).header(TestUser.HEADER, asUser).build();
    }
    try {
      HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (request.uri().getPath().startsWith("/api/")) {
        assertNoStackTrace(r.body());
      }
      return r;
    } catch (IOException e) {
      throw new AssertionError("request failed: " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** The answer's JSON body, once its status is {@code status}. */
  static JsonNode json(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    return ExchangeJson.parse(r.body());
  }

  /** Fails when {@code body} shows a stack frame, an exception or a class of the server. */
  static void assertNoStackTrace(String body) {
    assertThat(STACK_FRAME.matcher(body).find()).as("stack frame in: %s", body).isFalse();
    assertThat(body).doesNotContain("Exception").doesNotContain("org.harmwatch.");
  }
}

package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.harmwatch.core.account.Role;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.core.watch.Capture;
import org.harmwatch.store.JdbcDocumentRestrictions;
import org.harmwatch.store.JdbcSourceStore;
import org.harmwatch.store.JdbcTakedowns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A document's archived captures over HTTP: listed with when, where from and their SHA-256, and
 * each shown as it was under a sandbox policy, without the page's scripts or anything it would
 * load; restricted documents and unknown ids refused as the other document routes refuse them.
 */
class CaptureViewApiIT {
  @RegisterExtension final SahelServer sahel = new SahelServer();

  private static final String PAGE =
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Market attack</title>"
          + "<link rel=\"stylesheet\" href=\"https://cdn.example.net/site.css\">"
          + "<script src=\"https://ads.example.net/track.js\"></script>"
          + "<script>document.title = 'stolen-' + document.cookie;</script>"
          + "<meta http-equiv=\"refresh\" content=\"0; url=https://elsewhere.example.net/\">"
          + "</head><body onload=\"steal()\"><h1>Shelling hits a market</h1>"
          + "<p>Shells fell on the market at noon, the town council said.</p>"
          + "<img src=\"https://img.example.net/photo.jpg\" alt=\"the market\">"
          + "<a href=\"https://news.example.org/more\">More</a>"
          + "<iframe src=\"https://video.example.net/embed\"></iframe></body></html>";

  private final Instant fetched = Instant.parse("2026-03-02T08:30:00Z");
  private String captured;
  private String plain;
  private ApiClient api;

  @BeforeEach
  void captureOneDocument() throws IOException {
    List<String> documents =
        sahel.store().search(IncidentQuery.all(10)).items().stream()
            .map(i -> i.document().id())
            .distinct()
            .toList();
    captured = documents.get(0);
    plain = documents.get(1);
    byte[] warc = warc("https://news.example.org/market", PAGE);
    JdbcSourceStore sources = new JdbcSourceStore(sahel.database());
    sources.saveCapture(
        new Capture(
            "cap-1",
            null,
            "https://news.example.org/market",
            "https://news.example.org/market",
            "https://news.example.org/market",
            captured,
            200,
            "text/html",
            null,
            fetched,
            Document.sha256Hex(warc),
            Document.sha256Hex(PAGE.getBytes(StandardCharsets.UTF_8)),
            "text-hash",
            warc));
    api =
        sahel.start(
            new TakedownApi(new JdbcTakedowns(sahel.database(), null, Clock.systemUTC())),
            new RestrictionApi(new JdbcDocumentRestrictions(sahel.database(), Clock.systemUTC())),
            new SourcesApi(
                sources,
                id -> {
                  throw new java.util.NoSuchElementException("no source " + id);
                },
                Clock.systemUTC()),
            new CaptureViewApi(sources, sahel.store()));
  }

  static byte[] warc(String url, String html) throws IOException {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    byte[] head =
        ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    byte[] response = new byte[head.length + body.length];
    System.arraycopy(head, 0, response, 0, head.length);
    System.arraycopy(body, 0, response, head.length, body.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new WarcWriter(Channels.newChannel(out))
        .write(
            new WarcResponse.Builder(URI.create(url))
                .version(MessageVersion.WARC_1_1)
                .body(MediaType.HTTP_RESPONSE, response)
                .build());
    return out.toByteArray();
  }

  private HttpResponse<String> asViewer(String path) {
    return api.send(
        api.request("GET", path, null)
            .header(TestUser.HEADER, "viewer1")
            .header(TestUser.ROLE_HEADER, "viewer")
            .build());
  }

  @Test
  void aCapturedDocumentListsItsCaptureWithTimeUrlHashAndLinks() {
    JsonNode list = ApiClient.json(asViewer("/api/documents/" + captured + "/captures"), 200);
    assertThat(list.path("document_id").asText()).isEqualTo(captured);
    assertThat(list.path("captures")).hasSize(1);
    JsonNode c = list.path("captures").get(0);
    assertThat(c.path("id").asText()).isEqualTo("cap-1");
    assertThat(c.path("captured_at").asText()).isEqualTo("2026-03-02T08:30:00Z");
    assertThat(c.path("request_url").asText()).isEqualTo("https://news.example.org/market");
    assertThat(c.path("status").asInt()).isEqualTo(200);
    assertThat(c.path("warc_sha256").asText()).matches("[0-9a-f]{64}");
    assertThat(c.path("warc_href").asText()).isEqualTo("/api/captures/cap-1/warc");
    assertThat(c.path("view_href").asText()).isEqualTo("/api/captures/cap-1/view");
  }

  @Test
  void aDocumentWithoutCapturesHasAnEmptyListAndAnUnknownOneIs404() {
    JsonNode list = ApiClient.json(asViewer("/api/documents/" + plain + "/captures"), 200);
    assertThat(list.path("captures").isArray()).isTrue();
    assertThat(list.path("captures")).isEmpty();
    assertThat(asViewer("/api/documents/no-such-document/captures").statusCode()).isEqualTo(404);
    assertThat(asViewer("/api/captures/no-such-capture/view").statusCode()).isEqualTo(404);
    assertThat(api.send("GET", "/api/documents/" + captured + "/captures", null, null).statusCode())
        .isEqualTo(401);
  }

  @Test
  void theViewIsSandboxedAndHoldsThePageWithoutItsScriptsOrRemoteLoads() {
    HttpResponse<String> r = asViewer("/api/captures/cap-1/view");
    assertThat(r.statusCode()).isEqualTo(200);
    String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
    assertThat(csp).contains("sandbox").contains("default-src 'none'").doesNotContain("script-src");
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(r.body())
        .contains("Shells fell on the market at noon")
        .doesNotContainIgnoringCase("<script")
        .doesNotContain("document.cookie")
        .doesNotContain("steal()")
        .doesNotContain("example.net")
        .doesNotContainIgnoringCase("http-equiv=\"refresh\"")
        .doesNotContain("href=");
    // The link's address stays readable, but cannot be followed from the view.
    assertThat(r.body()).contains("title=\"https://news.example.org/more\"");
  }

  @Test
  void aRestrictedDocumentsCapturesAreRefusedToThoseItIsHiddenFrom() {
    new JdbcDocumentRestrictions(sahel.database(), Clock.systemUTC())
        .restrict(captured, Set.of("analyst9"), Set.<Role>of(), "admin");
    assertThat(asViewer("/api/documents/" + captured + "/captures").statusCode()).isEqualTo(403);
    assertThat(asViewer("/api/captures/cap-1/view").statusCode()).isEqualTo(403);
    assertThat(api.send("GET", "/api/captures/cap-1/view", "analyst9", null).statusCode())
        .isEqualTo(200);
  }

  @Test
  void aTakenDownDocumentsCapturesAreGone() {
    assertThat(api.send("GET", "/api/captures/cap-1/warc", "admin1", null).statusCode())
        .isEqualTo(200);
    new JdbcTakedowns(sahel.database(), null, Clock.systemUTC())
        .takeDown(captured, "a witness is named", "admin1");
    assertThat(
            api.send("GET", "/api/documents/" + captured + "/captures", "admin1", null)
                .statusCode())
        .isEqualTo(410);
    assertThat(api.send("GET", "/api/captures/cap-1/view", "admin1", null).statusCode())
        .isEqualTo(410);
    assertThat(api.send("GET", "/api/captures/cap-1/warc", "admin1", null).statusCode())
        .isEqualTo(410);
  }
}

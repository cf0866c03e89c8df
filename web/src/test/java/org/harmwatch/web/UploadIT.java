package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.harmwatch.core.json.ExchangeJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/documents/upload}: one file per request, every format the readers know. */
class UploadIT {
  private static final String PAGE =
      "<!doctype html><html lang=\"en\"><head><title>Market raid reported</title></head><body>"
          + "<article><p>Gunmen raided the weekly market of a village near Djibo on Tuesday and"
          + " shot four traders, residents told our reporter.</p></article></body></html>";

  private static final String FEED =
      "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Sahel Wire</title>"
          + "<link>https://wire.example/</link><description>d</description>"
          + "<item><title>Convoy hit</title><link>https://wire.example/1</link>"
          + "<pubDate>Mon, 03 Jun 2024 08:00:00 GMT</pubDate>"
          + "<description>An aid convoy was hit by an explosive device near Gao.</description></item>"
          + "<item><title>Village burned</title><link>https://wire.example/2</link>"
          + "<pubDate>Tue, 04 Jun 2024 08:00:00 GMT</pubDate>"
          + "<description>Armed men set fire to houses in a hamlet east of Mopti.</description>"
          + "</item></channel></rss>";

  private InMemoryIncidentStore store;
  private WebServer server;
  private ApiClient api;

  @BeforeEach
  void start() {
    store = SahelFixtures.store();
    server =
        new WebServer(store, new FakeIngestService(store), "127.0.0.1", List.of(new TestUser()));
    api = new ApiClient("http://127.0.0.1:" + server.start(0), "tester");
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private HttpResponse<String> upload(String query, byte[] body, String contentType) {
    return api.send(
        HttpRequest.newBuilder(URI.create(api.base() + "/api/documents/upload?" + query))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  private HttpResponse<String> upload(String fileName, byte[] body) {
    return upload(
        "filename=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8),
        body,
        "application/octet-stream");
  }

  private JsonNode document(String id) {
    return ApiClient.json(api.send("GET", "/api/documents/" + id, null, null), 200);
  }

  @Test
  void anHtmlPageIsReadAsItsTextWithItsTitleAndIngestedOnce() {
    JsonNode first = ApiClient.json(upload("raid.html", bytes(PAGE)), 201);
    assertThat(first.get("file").asText()).isEqualTo("raid.html");
    assertThat(first.get("results")).hasSize(1);
    JsonNode one = first.get("results").get(0);
    assertThat(one.get("created").asBoolean()).isTrue();
    assertThat(one.get("incidents")).hasSize(1);
    JsonNode stored = document(one.get("document_id").asText());
    assertThat(stored.get("title").asText()).isEqualTo("Market raid reported");
    assertThat(stored.get("text").asText()).contains("shot four traders").doesNotContain("<p>");

    JsonNode again = ApiClient.json(upload("raid.html", bytes(PAGE)), 200);
    assertThat(again.get("results").get(0).get("created").asBoolean()).isFalse();
    assertThat(again.get("results").get(0).get("document_id")).isEqualTo(one.get("document_id"));
  }

  @Test
  void aPdfIsReadAsItsTextAndTakesTheFormsSourceAndDate() {
    byte[] pdf = pdf("Soldiers killed three herders at a well north of Tillaberi.");
    JsonNode r =
        ApiClient.json(
            upload(
                "filename=well.pdf&publisher=Field+notes&published=2024-05-20",
                pdf,
                "application/octet-stream"),
            201);
    JsonNode stored = document(r.get("results").get(0).get("document_id").asText());
    assertThat(stored.get("text").asText()).contains("three herders at a well");
    assertThat(stored.get("publisher").asText()).isEqualTo("Field notes");
    assertThat(stored.get("published").asText()).isEqualTo("2024-05-20");
    assertThat(stored.get("title").asText())
        .as("no title in the PDF: the file name")
        .isEqualTo("well.pdf");
  }

  @Test
  void aFeedGivesOneDocumentPerItemWithItsOwnTitleDateAndLink() {
    JsonNode r = ApiClient.json(upload("wire.rss", bytes(FEED)), 201);
    assertThat(r.get("results")).hasSize(2);
    JsonNode second = document(r.get("results").get(1).get("document_id").asText());
    assertThat(second.get("title").asText()).isEqualTo("Village burned");
    assertThat(second.get("published").asText()).isEqualTo("2024-06-04");
    assertThat(second.get("url").asText()).isEqualTo("https://wire.example/2");
    assertThat(second.get("publisher").asText()).isEqualTo("Sahel Wire");
    assertThat(r.get("results").get(0).get("source").asText()).isEqualTo("wire.rss#1");
  }

  @Test
  void aBadLineOfJsonLinesIsRejectedWithItsReasonAndTheOthersGoIn() {
    String lines =
        "{\"id\":\"up-1\",\"text\":\"Militants abducted a teacher near Kaya.\"}\n"
            + "{not json\n"
            + "{\"id\":\"up-2\",\"text\":\"A drone strike hit a wedding party near Menaka.\"}\n";
    JsonNode r = ApiClient.json(upload("batch.jsonl", bytes(lines)), 201);
    assertThat(r.get("results")).hasSize(3);
    assertThat(r.get("results").get(0).get("document_id").asText()).isEqualTo("up-1");
    assertThat(r.get("results").get(1).get("source").asText()).isEqualTo("batch.jsonl:2");
    assertThat(r.get("results").get(1).get("error").asText()).isNotBlank();
    assertThat(r.get("results").get(2).get("document_id").asText()).isEqualTo("up-2");
  }

  @Test
  void aBadPdfIsRefusedWithItsReasonAndTheNextFileStillGoesIn() {
    HttpResponse<String> bad = upload("broken.pdf", bytes("%PDF-1.4 this is not really a PDF"));
    JsonNode error = ApiClient.json(bad, 422);
    assertThat(error.get("error").asText()).isEqualTo("unreadable");
    assertThat(error.get("message").asText()).startsWith("broken.pdf: not a readable PDF");

    JsonNode next = ApiClient.json(upload("notes.txt", bytes("Bandits looted a clinic.")), 201);
    assertThat(next.get("results").get(0).get("created").asBoolean()).isTrue();
  }

  @Test
  void aFrenchInterfaceGetsTheReadersReasonsInFrench() {
    HttpResponse<String> bad =
        api.send(
            HttpRequest.newBuilder(
                    URI.create(api.base() + "/api/documents/upload?filename=scan.pdf"))
                .header("Content-Type", "application/octet-stream")
                .header("Accept-Language", "fr-FR,fr;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes("%PDF-1.4 only a header")))
                .build());
    assertThat(ApiClient.json(bad, 422).get("message").asText())
        .as("the file name stays, the reason is French")
        .startsWith("scan.pdf: PDF illisible");

    String lines =
        "{\"id\":\"up-fr-1\",\"text\":\"Gunmen attacked a market near Djibo.\"}\n"
            + "{\"id\":\"up-fr-2\",\"text\":\"   \"}\n";
    HttpResponse<String> mixed =
        api.send(
            HttpRequest.newBuilder(
                    URI.create(api.base() + "/api/documents/upload?filename=lot.jsonl"))
                .header("Content-Type", "application/octet-stream")
                .header("Accept-Language", "fr")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(lines)))
                .build());
    JsonNode r = ApiClient.json(mixed, 201);
    assertThat(r.get("results").get(1).get("error").asText())
        .isEqualTo("le « text » du document est vide");
  }

  @Test
  void refusalsNameTheProblem() throws IOException {
    JsonNode type = ApiClient.json(upload("report.docx", bytes("x")), 415);
    assertThat(type.get("error").asText()).isEqualTo("unsupported_file_type");
    assertThat(type.get("message").asText()).contains("report.docx").contains(".pdf");

    JsonNode media = ApiClient.json(upload("filename=a.txt", bytes("x"), "text/plain"), 415);
    assertThat(media.get("message").asText()).contains("application/octet-stream");

    JsonNode name = ApiClient.json(upload("", bytes("x"), "application/octet-stream"), 400);
    assertThat(name.get("parameter").asText()).isEqualTo("filename");

    JsonNode date =
        ApiClient.json(
            upload("filename=a.txt&published=May+2024", bytes("x y"), "application/octet-stream"),
            400);
    assertThat(date.get("parameter").asText()).isEqualTo("published");

    AnnouncedBody large =
        AnnouncedBody.post(
            api.base(),
            "/api/documents/upload?filename=big.txt",
            "application/octet-stream",
            WebServer.MAX_BODY_BYTES + 1);
    assertThat(large.status()).as(large.head()).isEqualTo(413);
    assertThat(ExchangeJson.parse(large.body()).get("message").asText())
        .contains(String.valueOf(WebServer.MAX_BODY_BYTES));
  }

  @Test
  void viewersCannotUpload() {
    HttpResponse<String> r =
        api.send(
            HttpRequest.newBuilder(URI.create(api.base() + "/api/documents/upload?filename=a.txt"))
                .header("Content-Type", "application/octet-stream")
                .header(TestUser.HEADER, "viewer1")
                .header(TestUser.ROLE_HEADER, "viewer")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes("Raiders burned a granary.")))
                .build());
    assertThat(r.statusCode()).isEqualTo(403);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A one-page PDF holding {@code line}, without a title. */
  static byte[] pdf(String line) {
    try (PDDocument pdf = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        content.newLineAtOffset(50, 700);
        content.showText(line);
        content.endText();
      }
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

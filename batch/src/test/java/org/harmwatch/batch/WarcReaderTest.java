package org.harmwatch.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.harmwatch.core.model.Document;
import org.harmwatch.ingest.DocumentReader;
import org.harmwatch.ingest.ReadResult;
import org.junit.jupiter.api.Test;

class WarcReaderTest {
  static final String PAGE =
      "<html><head><title>Attack in Djibo</title></head><body><p>Gunmen killed 4 civilians in"
          + " Djibo on Tuesday, residents said.</p></body></html>";

  static byte[] record(String type, String uri, String contentType, String block) {
    byte[] body = block.getBytes(StandardCharsets.UTF_8);
    String head =
        "WARC/1.0\r\nWARC-Type: "
            + type
            + "\r\nWARC-Target-URI: "
            + uri
            + "\r\nWARC-Date: 2024-05-02T10:00:00Z\r\nContent-Type: "
            + contentType
            + "\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    o.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    o.writeBytes(body);
    o.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    return o.toByteArray();
  }

  static String http(int status, String type, String body) {
    return "HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\n\r\n" + body;
  }

  static List<ReadResult> readAll(byte[] warc, String name) throws IOException {
    WarcReader r = new WarcReader(new DocumentReader(), new ByteArrayInputStream(warc), name);
    List<ReadResult> out = new ArrayList<>();
    for (List<ReadResult> next = r.next(); next != null; next = r.next()) {
      out.addAll(next);
    }
    return out;
  }

  static byte[] archive() {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    o.writeBytes(record("warcinfo", "", "application/warc-fields", "software: test\r\n"));
    o.writeBytes(record("request", "https://x.org/a", "application/http", "GET /a HTTP/1.1\r\n"));
    o.writeBytes(
        record(
            "response",
            "https://x.org/a",
            "application/http; msgtype=response",
            http(200, "text/html; charset=utf-8", PAGE)));
    o.writeBytes(
        record(
            "response",
            "https://x.org/missing",
            "application/http; msgtype=response",
            http(404, "text/html", "<html><body>not found</body></html>")));
    o.writeBytes(
        record(
            "response",
            "https://x.org/logo.png",
            "application/http; msgtype=response",
            http(200, "image/png", "PNG")));
    return o.toByteArray();
  }

  @Test
  void readsHtmlResponsesAsDocumentsAndSkipsTheRest() throws IOException {
    List<ReadResult> results = readAll(archive(), "crawl.warc");
    assertThat(results).hasSize(1);
    Document d = ((ReadResult.Read) results.get(0)).document();
    assertThat(d.title()).isEqualTo("Attack in Djibo");
    assertThat(d.text()).contains("Gunmen killed 4 civilians in Djibo");
    assertThat(d.url()).isEqualTo("https://x.org/a");
    assertThat(d.capturedAt()).hasToString("2024-05-02T10:00:00Z");
    assertThat(d.contentType()).isEqualTo("text/html");
  }

  @Test
  void readsGzipPerRecordFiles() throws IOException {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    for (byte[] rec :
        List.of(
            record("warcinfo", "", "application/warc-fields", "x\r\n"),
            record(
                "response", "https://x.org/a", "application/http", http(200, "text/html", PAGE)))) {
      try (GZIPOutputStream gz = new GZIPOutputStream(o)) {
        gz.write(rec);
      }
    }
    assertThat(readAll(o.toByteArray(), "crawl.warc.gz"))
        .singleElement()
        .isInstanceOf(ReadResult.Read.class);
  }

  @Test
  void rejectsATruncatedRecordAndAFileThatIsNotWarc() throws IOException {
    byte[] whole = archive();
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 20);
    List<ReadResult> results = readAll(cut, "cut.warc");
    assertThat(results).last().isInstanceOf(ReadResult.Failed.class);
    assertThat(((ReadResult.Failed) results.get(results.size() - 1)).rejected().reason())
        .contains("truncated");

    List<ReadResult> notWarc = readAll("hello\n".getBytes(StandardCharsets.UTF_8), "x.warc");
    assertThat(((ReadResult.Failed) notWarc.get(0)).rejected().reason())
        .contains("not a WARC record");
  }
}

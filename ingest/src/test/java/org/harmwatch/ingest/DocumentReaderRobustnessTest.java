package org.harmwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmwatch.ingest.ReadResults.all;
import static org.harmwatch.ingest.ReadResults.documents;
import static org.harmwatch.ingest.ReadResults.failures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.pipeline.Rejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderRobustnessTest {
  @TempDir Path dir;

  private final DocumentReader reader = new DocumentReader();

  /** An endless input: proves the reader streams instead of reading everything first. */
  private static InputStream endless(String prefix, String unit) {
    byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
    byte[] body = unit.getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      private long pos;

      @Override
      public int read() {
        long p = pos++;
        return p < head.length
            ? head[(int) p] & 0xFF
            : body[(int) ((p - head.length) % body.length)] & 0xFF;
      }
    };
  }

  @Test
  @Timeout(20)
  void jsonLinesAndJsonArraysAreStreamed() {
    try (Stream<ReadResult> s =
        reader.read(endless("", "{\"text\":\"Gunmen attacked Djibo.\"}\n"), "stdin")) {
      assertThat(documents(s.limit(3).toList())).hasSize(3);
    }
    try (Stream<ReadResult> s =
        reader.read(endless("[", "{\"text\":\"Gunmen attacked Djibo.\"},"), "stdin")) {
      assertThat(documents(s.limit(3).toList())).hasSize(3);
    }
  }

  @Test
  void aReadErrorInTheMiddleOfJsonLinesIsReportedWhereItHappened() {
    byte[] good =
        "{\"id\":\"a\",\"text\":\"one\"}\n{\"id\":\"b\",\"text\":\"two\"}\n"
            .getBytes(StandardCharsets.UTF_8);
    InputStream failing =
        new InputStream() {
          private int pos;

          @Override
          public int read() throws IOException {
            if (pos < good.length) {
              return good[pos++] & 0xFF;
            }
            throw new IOException("disk on fire");
          }
        };
    List<ReadResult> results = all(reader.read(failing, "stdin"));
    assertThat(documents(results)).extracting(Document::id).containsExactly("a", "b");
    assertThat(failures(results))
        .singleElement()
        .asString()
        .startsWith("stdin:3 ")
        .contains("disk on fire");
  }

  @Test
  void jsonFilesHoldOneDocumentOrAnArrayWithBadElementsRejectedByIndex() throws IOException {
    Path one = dir.resolve("one.json");
    Files.writeString(one, "{\"id\":\"x\",\"text\":\"Attack in Gao.\"}");
    assertThat(documents(all(reader.read(one)))).extracting(Document::id).containsExactly("x");

    Path many = dir.resolve("many.json");
    Files.writeString(
        many,
        "[{\"id\":\"a\",\"text\":\"one\"}, 42, {\"id\":\"c\"}, {\"id\":\"d\",\"text\":\"four\"}]");
    List<ReadResult> results = all(reader.read(many));
    assertThat(documents(results)).extracting(Document::id).containsExactly("a", "d");
    assertThat(failures(results))
        .containsExactly(
            many + "[1] a document must be a JSON object",
            many + "[2] document has no \"text\" string");

    Path truncated = dir.resolve("truncated.json");
    Files.writeString(truncated, "[{\"id\":\"a\",\"text\":\"one\"}, {\"id\":");
    results = all(reader.read(truncated));
    assertThat(documents(results)).hasSize(1);
    assertThat(failures(results))
        .singleElement()
        .asString()
        .startsWith(truncated + "[1] not valid JSON");

    Path empty = dir.resolve("empty.json");
    Files.writeString(empty, "  ");
    assertThat(failures(all(reader.read(empty)))).singleElement().asString().contains("empty");
    Path scalar = dir.resolve("scalar.json");
    Files.writeString(scalar, "\"just a string\"");
    assertThat(failures(all(reader.read(scalar))))
        .singleElement()
        .asString()
        .contains("one document object or an array");
  }

  @Test
  void aByteOrderMarkDoesNotSpoilTheFirstJsonLine() throws IOException {
    Path f = dir.resolve("bom.jsonl");
    Files.writeString(f, "\uFEFF{\"id\":\"a\",\"text\":\"one\"}\n");
    assertThat(documents(all(reader.read(f)))).extracting(Document::id).containsExactly("a");
    assertThat(documents(all(reader.read(Files.newInputStream(f), "stdin"))))
        .extracting(Document::id)
        .containsExactly("a");
  }

  @Test
  void htmlHonoursItsDeclaredCharsetAndAByteOrderMark() throws IOException {
    String page =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
            + "</head><body><p>Les habitants de Solhan ont été tués.</p></body></html>";
    Path latin = dir.resolve("latin.html");
    Files.write(latin, page.getBytes(StandardCharsets.ISO_8859_1));
    Document d = documents(all(reader.read(latin))).get(0);
    assertThat(d.text()).isEqualTo("Les habitants de Solhan ont été tués.");
    assertThat(d.original()).isEqualTo(page.getBytes(StandardCharsets.ISO_8859_1));

    Path utf16 = dir.resolve("utf16.htm");
    byte[] body = "<p>Attaque à Djibo.</p>".getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[body.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(body, 0, withBom, 2, body.length);
    Files.write(utf16, withBom);
    assertThat(documents(all(reader.read(utf16))))
        .singleElement()
        .extracting(Document::text)
        .isEqualTo("Attaque à Djibo.");
  }

  /** Bytes that are not text, by file name, and what the rejection must say. */
  private static final Object[][] UNDECODABLE = {
    {
      "latin.txt",
      "Des civils ont été tués à Kidal.".getBytes(Charset.forName("windows-1252")),
      "not valid UTF-8 at byte offset 15"
    },
    {
      "nul.txt",
      "Attack\u0000\u0001\u0002 in Gao".getBytes(StandardCharsets.UTF_8),
      "NUL byte at byte offset 6"
    },
    {
      "image.txt",
      new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13},
      "not valid UTF-8 at byte offset 0"
    },
    {
      "broken.html",
      "<meta charset=utf-8><p>Attack \u00ff here</p>".getBytes(StandardCharsets.ISO_8859_1),
      "not valid UTF-8 (the page declares UTF-8) at byte offset 30"
    },
    {
      "nul.html",
      "<p>Attaque à Gao\u0000</p>".getBytes(StandardCharsets.UTF_8),
      "NUL byte at byte offset 17"
    },
    {
      "bom.txt",
      new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'G', 'a', 'o', (byte) 0xC3},
      "not valid UTF-8 (its byte-order mark says UTF-8) at byte offset 6"
    },
  };

  @Test
  void textThatIsNotValidInItsEncodingIsRejectedNamingTheFileAndTheByteOffset() throws IOException {
    for (Object[] row : UNDECODABLE) {
      Path file = dir.resolve((String) row[0]);
      Files.write(file, (byte[]) row[1]);
      List<ReadResult> results = all(reader.read(file));
      assertThat(results)
          .as((String) row[0])
          .hasSize(1)
          .first()
          .isInstanceOf(ReadResult.Failed.class);
      Rejected r = ((ReadResult.Failed) results.get(0)).rejected();
      assertThat(r.source()).isEqualTo(file.toString());
      assertThat(r.reason()).as((String) row[0]).contains((String) row[2]);
      // The same bytes on standard input.
      List<ReadResult> piped = all(reader.read(new ByteArrayInputStream((byte[]) row[1]), "-"));
      assertThat(piped)
          .as("stdin " + row[0])
          .hasSize(1)
          .first()
          .isInstanceOf(ReadResult.Failed.class);
      assertThat(((ReadResult.Failed) piped.get(0)).rejected().reason()).contains("byte offset");
    }
  }

  @Test
  void aDeclaredLegacyCharsetIsHonoured() throws IOException {
    Path latin = dir.resolve("declared.html");
    Files.write(
        latin,
        "<meta charset=windows-1252><p>Des civils tués à Kidal.</p>"
            .getBytes(Charset.forName("windows-1252")));
    assertThat(documents(all(reader.read(latin))).get(0).text())
        .isEqualTo("Des civils tués à Kidal.");
  }

  @Test
  void directoryWalksSkipHiddenFilesAndMissingPathsAreNamed() throws IOException {
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main");
    Files.writeString(dir.resolve(".DS_Store"), "junk");
    Files.writeString(dir.resolve("a.txt"), "Report from Mopti.");
    Files.writeString(dir.resolve("README"), "no extension");
    List<ReadResult> results = all(reader.read(dir));
    assertThat(documents(results)).extracting(Document::text).containsExactly("Report from Mopti.");
    assertThat(failures(results))
        .singleElement()
        .asString()
        .contains("README")
        .contains("no extension");

    assertThat(failures(all(reader.read(dir.resolve("missing.jsonl")))))
        .singleElement()
        .asString()
        .contains("missing.jsonl")
        .contains("no such file");
  }

  @Test
  void standardInputSniffsArraysFeedsPdfAndTextThatMerelyStartsWithAnAngleBracket() {
    assertThat(documents(all(reader.read(stream("  [{\"text\":\"a\"},{\"text\":\"b\"}]"), "-"))))
        .hasSize(2);
    String atom =
        "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title>"
            + "<id>urn:x</id><updated>2024-01-02T00:00:00Z</updated>"
            + "<entry><title>Raid</title><id>urn:1</id><updated>2024-01-02T00:00:00Z</updated>"
            + "<content type=\"text\">Soldiers detained 20 men in Boni.</content></entry></feed>";
    Document entry = documents(all(reader.read(stream(atom), "-"))).get(0);
    assertThat(entry.contentType()).isEqualTo("text/plain");
    assertThat(entry.text()).isEqualTo("Soldiers detained 20 men in Boni.");
    assertThat(entry.published()).isEqualTo(java.time.LocalDate.of(2024, 1, 2));
    assertThat(failures(all(reader.read(stream("%PDF-1.4 garbage"), "-"))))
        .singleElement()
        .asString()
        .contains("not a readable PDF");
    assertThat(documents(all(reader.read(stream("<Reuters> Gunmen attacked Gao."), "-"))))
        .singleElement()
        .extracting(Document::contentType)
        .isEqualTo("text/plain");
  }

  @Test
  void closingTheResultStreamClosesTheInput() {
    AtomicBoolean closed = new AtomicBoolean();
    for (String input : List.of("{\"text\":\"a\"}", "plain text")) {
      closed.set(false);
      InputStream in =
          new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
              closed.set(true);
            }
          };
      all(reader.read(in, "-"));
      assertThat(closed).as(input).isTrue();
    }
  }

  @Test
  void atomHtmlContentIsConvertedAndAnEmptyFeedIsRejected() throws IOException {
    Path f = dir.resolve("wire.atom");
    Files.writeString(
        f,
        "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\">"
            + "<title>Wire</title><id>urn:x</id><updated>2024-01-02T00:00:00Z</updated>"
            + "<entry><title>Raid</title><id>urn:1</id><link href=\"https://example.org/raid\"/>"
            + "<published>2024-02-03T10:00:00Z</published><updated>2024-02-04T00:00:00Z</updated>"
            + "<content type=\"html\">&lt;p&gt;Premier paragraphe.&lt;/p&gt;&lt;p&gt;Second"
            + " paragraphe.&lt;/p&gt;</content></entry></feed>");
    Document d = documents(all(reader.read(f))).get(0);
    assertThat(d.text()).isEqualTo("Premier paragraphe.\n\nSecond paragraphe.");
    assertThat(d.contentType()).isEqualTo("text/html");
    assertThat(d.url()).isEqualTo("https://example.org/raid");
    assertThat(d.published()).isEqualTo(java.time.LocalDate.of(2024, 2, 3));
    assertThat(new String(d.original(), StandardCharsets.UTF_8))
        .isEqualTo("<p>Premier paragraphe.</p><p>Second paragraphe.</p>");

    Path empty = dir.resolve("empty.rss");
    Files.writeString(
        empty,
        "<rss version=\"2.0\"><channel><title>t</title><link>https://x</link>"
            + "<description>d</description></channel></rss>");
    assertThat(failures(all(reader.read(empty)))).singleElement().asString().contains("no entries");
  }

  @Test
  void htmlPrefersTheSingleArticleAndReadsOtherMetadataForms() throws IOException {
    Path f = dir.resolve("page.html");
    Files.writeString(
        f,
        "<html><head><meta name=\"DC.date\" content=\"2023-12-24\">"
            + "<meta property=\"og:title\" content=\"Kidal: civilians killed\">"
            + "<meta property=\"og:url\" content=\"https://example.org/kidal\"></head><body>"
            + "<div class=\"teasers\">Other story: floods in Niamey</div>"
            + "<article><h1>Kidal</h1><p>Gunmen&nbsp;killed 4 civilians on the road to Anefis,"
            + " witnesses said, and burned two trucks.</p><div hidden>share this</div></article>"
            + "</body></html>");
    Document d = documents(all(reader.read(f))).get(0);
    assertThat(d.text())
        .isEqualTo(
            "Kidal\n\nGunmen killed 4 civilians on the road to Anefis, witnesses said, and burned"
                + " two trucks.");
    assertThat(d.title()).isEqualTo("Kidal: civilians killed");
    assertThat(d.published()).isEqualTo(java.time.LocalDate.of(2023, 12, 24));
    assertThat(d.url()).isEqualTo("https://example.org/kidal");
    assertThat(d.language()).isEqualTo("en");
  }

  private static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}

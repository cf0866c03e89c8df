package org.harmwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmwatch.ingest.ReadResults.all;
import static org.harmwatch.ingest.ReadResults.documents;
import static org.harmwatch.ingest.ReadResults.failures;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.harmwatch.core.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
  @TempDir Path dir;

  private final DocumentReader reader = new DocumentReader();

  @Test
  void aBadJsonLineIsRejectedWithItsLineNumberAndTheRestIsRead() throws IOException {
    Path f = dir.resolve("batch.jsonl");
    Files.writeString(
        f,
        "{\"id\":\"a\",\"published\":\"2024-03-02\",\"text\":\"Gunmen attacked Djibo.\"}\n"
            + "\n"
            + "{\"id\":\"b\",\"text\":\n"
            + "{\"id\":\"c\",\"title\":\"no text\"}\n"
            + "{\"id\":\"d\",\"text\":\"Des hommes armés ont attaqué le village de Solhan.\"}\n");
    List<ReadResult> results = all(reader.read(f));
    assertThat(documents(results)).extracting(Document::id).containsExactly("a", "d");
    assertThat(failures(results))
        .hasSize(2)
        .anySatisfy(m -> assertThat(m).startsWith(f + ":3 ").contains("not valid JSON"))
        .anySatisfy(m -> assertThat(m).startsWith(f + ":4 ").contains("\"text\""));
    assertThat(documents(results).get(0).published()).isEqualTo(LocalDate.of(2024, 3, 2));
    assertThat(documents(results).get(1).language()).isEqualTo("fr");
  }

  @Test
  void htmlKeepsTheOriginalBytesAndExtractsParagraphsAndMetadata() throws IOException {
    String html =
        "<!doctype html><html lang=\"fr-FR\"><head><title>Attaque à Djibo</title>"
            + "<meta property=\"article:published_time\" content=\"2024-05-11T08:00:00Z\">"
            + "<meta property=\"og:site_name\" content=\"Sahel Hebdo\">"
            + "<link rel=\"canonical\" href=\"https://example.org/djibo\">"
            + "<script>var tracking = 1;</script></head><body><nav>Accueil | Politique</nav>"
            + "<h1>Attaque à Djibo</h1><p>Des hommes armés ont tué au moins <b>12</b> civils.</p>"
            + "<p>Selon des sources locales, l'attaque a eu lieu jeudi.</p>"
            + "<footer>© Sahel Hebdo</footer></body></html>";
    Path f = dir.resolve("djibo.html");
    Files.writeString(f, html);
    Document d = documents(all(reader.read(f))).get(0);
    assertThat(d.original()).isEqualTo(html.getBytes(StandardCharsets.UTF_8));
    assertThat(d.sha256()).isEqualTo(Document.sha256Hex(html.getBytes(StandardCharsets.UTF_8)));
    assertThat(d.id()).isEqualTo(d.sha256());
    assertThat(d.text())
        .isEqualTo(
            "Attaque à Djibo\n\nDes hommes armés ont tué au moins 12 civils.\n\n"
                + "Selon des sources locales, l'attaque a eu lieu jeudi.");
    assertThat(d.title()).isEqualTo("Attaque à Djibo");
    assertThat(d.published()).isEqualTo(LocalDate.of(2024, 5, 11));
    assertThat(d.publisher()).isEqualTo("Sahel Hebdo");
    assertThat(d.url()).isEqualTo("https://example.org/djibo");
    assertThat(d.language()).isEqualTo("fr");
    assertThat(d.contentType()).isEqualTo("text/html");
  }

  @Test
  void textFilesAreOneDocumentWithTheDefaultPublicationDate() throws IOException {
    Path f = dir.resolve("note.txt");
    Files.writeString(
        f,
        "Raid near Mopti\n\nSoldiers detained 20 men in the village, and the families said they were taken to the camp.");
    Document d = documents(all(new DocumentReader(LocalDate.of(2024, 1, 5)).read(f))).get(0);
    assertThat(d.title()).isEqualTo("Raid near Mopti");
    assertThat(d.published()).isEqualTo(LocalDate.of(2024, 1, 5));
    assertThat(d.language()).isEqualTo("en");
  }

  @Test
  void directoriesAreWalkedInPathOrderAndUnknownTypesAreNamed() throws IOException {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/2.txt"), "Second report about an attack in Gao.");
    Files.writeString(dir.resolve("1.txt"), "First report about an attack in Kidal.");
    Files.writeString(dir.resolve("notes.docx"), "binary");
    List<ReadResult> results = all(reader.read(dir));
    assertThat(documents(results))
        .extracting(Document::text)
        .containsExactly(
            "First report about an attack in Kidal.", "Second report about an attack in Gao.");
    assertThat(failures(results)).singleElement().asString().contains(".docx");
  }

  @Test
  void standardInputIsSniffed() {
    String jsonl = "{\"text\":\"one\"}\n{\"text\":\"two\"}\n";
    assertThat(documents(all(reader.read(stream(jsonl), "-")))).hasSize(2);
    assertThat(documents(all(reader.read(stream("<html><body><p>Hello</p></body></html>"), "-"))))
        .singleElement()
        .extracting(Document::contentType)
        .isEqualTo("text/html");
    assertThat(documents(all(reader.read(stream("Plain words."), "-"))))
        .singleElement()
        .extracting(Document::text)
        .isEqualTo("Plain words.");
    assertThat(failures(all(reader.read(stream("   "), "-"))))
        .singleElement()
        .asString()
        .contains("no text");
  }

  @Test
  void feedsGiveOneDocumentPerEntry() throws IOException {
    String rss =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Radio Sahel</title>"
            + "<link>https://example.org</link><description>news</description>"
            + "<item><title>Attack in Tillaberi</title><link>https://example.org/1</link>"
            + "<pubDate>Tue, 12 Mar 2024 10:00:00 GMT</pubDate>"
            + "<description>&lt;p&gt;Gunmen killed 8 villagers near Tillaberi.&lt;/p&gt;</description>"
            + "</item><item><title>Empty</title></item></channel></rss>";
    Path f = dir.resolve("feed.rss");
    Files.writeString(f, rss);
    List<ReadResult> results = all(reader.read(f));
    Document d = documents(results).get(0);
    assertThat(d.title()).isEqualTo("Attack in Tillaberi");
    assertThat(d.text()).isEqualTo("Gunmen killed 8 villagers near Tillaberi.");
    assertThat(d.published()).isEqualTo(LocalDate.of(2024, 3, 12));
    assertThat(d.url()).isEqualTo("https://example.org/1");
    assertThat(d.publisher()).isEqualTo("Radio Sahel");
    assertThat(failures(results)).singleElement().asString().contains("#2");

    Path broken = dir.resolve("broken.xml");
    Files.writeString(broken, "<rss><channel><item>");
    assertThat(failures(all(reader.read(broken)))).singleElement().asString().contains("RSS/Atom");
  }

  @Test
  void pdfTextIsExtractedAndACorruptPdfIsRejected() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText("Soldiers killed 5 civilians in Boni on 3 June 2024.");
        cs.endText();
      }
      pdf.getDocumentInformation().setTitle("Field report");
      pdf.save(bytes);
    }
    Path f = dir.resolve("report.pdf");
    Files.write(f, bytes.toByteArray());
    Document d = documents(all(reader.read(f))).get(0);
    assertThat(d.text()).contains("Soldiers killed 5 civilians in Boni");
    assertThat(d.title()).isEqualTo("Field report");
    assertThat(d.contentType()).isEqualTo("application/pdf");
    assertThat(d.original()).isEqualTo(bytes.toByteArray());

    Path corrupt = dir.resolve("corrupt.pdf");
    Files.writeString(corrupt, "%PDF-1.7 this is not really a pdf");
    assertThat(failures(all(reader.read(corrupt))))
        .singleElement()
        .asString()
        .contains("corrupt.pdf");
  }

  @Test
  void namedBytesAreReadByTheExtensionOfTheirName() {
    byte[] page =
        "<html><head><title>T</title></head><body><p>Words here.</p></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    Document html = documents(all(reader.read("Page.HTM", page))).get(0);
    assertThat(html.contentType()).isEqualTo("text/html");
    assertThat(html.text()).contains("Words here.");
    // The name decides, not the content: markup named .txt stays text.
    assertThat(documents(all(reader.read("page.txt", page))).get(0).contentType())
        .isEqualTo("text/plain");
    assertThat(failures(all(reader.read("notes.docx", page))))
        .singleElement()
        .asString()
        .startsWith("notes.docx unsupported file type '.docx'");
    assertThat(failures(all(reader.read("scan.pdf", page))))
        .singleElement()
        .asString()
        .startsWith("scan.pdf not a readable PDF");
    String lines = "{\"text\":\"One.\"}\n{oops\n{\"text\":\"Two.\"}\n";
    List<ReadResult> jsonl = all(reader.read("b.jsonl", lines.getBytes(StandardCharsets.UTF_8)));
    assertThat(documents(jsonl)).hasSize(2);
    assertThat(failures(jsonl)).singleElement().asString().startsWith("b.jsonl:2 ");
  }

  @Test
  void supportsTheTypesItReads() {
    for (String name :
        List.of(
            "a.txt",
            "a.HTML",
            "a.htm",
            "a.pdf",
            "a.jsonl",
            "a.json",
            "a.rss",
            "a.atom",
            "a.xml",
            "a.ndjson",
            "a.text")) {
      assertThat(DocumentReader.supports(name)).as(name).isTrue();
    }
    for (String name : List.of("a.docx", "a", "a.pdf.exe", "", "pdf")) {
      assertThat(DocumentReader.supports(name)).as(name).isFalse();
    }
  }

  private static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}

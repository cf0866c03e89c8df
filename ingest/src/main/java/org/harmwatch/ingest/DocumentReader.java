package org.harmwatch.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.harmwatch.core.json.ExchangeFormatException;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Document;
import org.xml.sax.InputSource;

/**
 * Reads documents from files, directories and streams: JSON Lines in the exchange input format,
 * {@code .json}, {@code .txt}, {@code .html}, {@code .pdf} and RSS/Atom feeds. Each item gives a
 * {@link ReadResult}: a bad item is a {@link ReadResult.Failed} naming the source and the reason,
 * and reading goes on. JSON Lines are streamed, so memory stays flat for any file size.
 *
 * <p>Returned streams hold open files: close them (try-with-resources). Thread-safe.
 */
public final class DocumentReader {
  private final LocalDate defaultPublished;
  private final LanguageGuesser languages = new LanguageGuesser();

  /** A reader that leaves documents without a publication date undated. */
  public DocumentReader() {
    this(null);
  }

  /** A reader that gives {@code defaultPublished} to documents that have no date of their own. */
  public DocumentReader(LocalDate defaultPublished) {
    this.defaultPublished = defaultPublished;
  }

  /** Reads a file, or every file below a directory in path order. */
  public Stream<ReadResult> read(Path path) {
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(path)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      } catch (IOException e) {
        return Stream.of(ReadResult.failed(path.toString(), "cannot list directory: " + e));
      }
      return files.stream().flatMap(this::readFile);
    }
    return readFile(path);
  }

  /**
   * Reads a stream (e.g. standard input) whose format is sniffed from its first bytes: JSON Lines
   * when it starts with '{', a feed for {@code <rss}/{@code <feed}, HTML for other markup, PDF for
   * {@code %PDF}, else one plain-text document.
   */
  public Stream<ReadResult> read(InputStream in, String sourceName) {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    String head;
    try {
      buffered.mark(4096);
      byte[] start = buffered.readNBytes(4096);
      buffered.reset();
      head = new String(start, StandardCharsets.UTF_8).stripLeading().toLowerCase(Locale.ROOT);
    } catch (IOException e) {
      return Stream.of(ReadResult.failed(sourceName, "cannot read: " + e.getMessage()));
    }
    if (head.startsWith("{")) {
      return jsonLines(buffered, sourceName);
    }
    return Stream.of(0)
        .flatMap(
            unused -> {
              byte[] bytes;
              try {
                bytes = buffered.readAllBytes();
              } catch (IOException e) {
                return Stream.of(ReadResult.failed(sourceName, "cannot read: " + e.getMessage()));
              }
              if (head.startsWith("%pdf")) {
                return Stream.of(pdf(bytes, sourceName));
              }
              if (head.startsWith("<")) {
                boolean feed =
                    head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
                return feed ? feed(bytes, sourceName) : Stream.of(html(bytes, sourceName));
              }
              return Stream.of(text(bytes, sourceName));
            });
  }

  private Stream<ReadResult> readFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    String source = file.toString();
    if (ext.equals("jsonl") || ext.equals("ndjson")) {
      try {
        return jsonLines(Files.newInputStream(file), source);
      } catch (IOException e) {
        return Stream.of(ReadResult.failed(source, "cannot open: " + e));
      }
    }
    if (!List.of("json", "txt", "text", "html", "htm", "pdf", "xml", "rss", "atom").contains(ext)) {
      return Stream.of(
          ReadResult.failed(
              source,
              "unsupported file type '."
                  + ext
                  + "' (use .jsonl, .json, .txt, .html, .pdf, .rss, .atom or .xml)"));
    }
    return Stream.of(0)
        .flatMap(
            unused -> {
              byte[] bytes;
              try {
                bytes = Files.readAllBytes(file);
              } catch (IOException e) {
                return Stream.of(ReadResult.failed(source, "cannot read: " + e));
              }
              return switch (ext) {
                case "json" -> json(bytes, source);
                case "txt", "text" -> Stream.of(text(bytes, source));
                case "html", "htm" -> Stream.of(html(bytes, source));
                case "pdf" -> Stream.of(pdf(bytes, source));
                default -> feed(bytes, source);
              };
            });
  }

  private Stream<ReadResult> jsonLines(InputStream in, String source) {
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)));
    Iterator<ReadResult> it =
        new Iterator<>() {
          private int lineNo;
          private ReadResult next;

          @Override
          public boolean hasNext() {
            while (next == null) {
              String line;
              try {
                line = reader.readLine();
              } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + source, e);
              }
              if (line == null) {
                return false;
              }
              lineNo++;
              if (!line.isBlank()) {
                next = jsonLine(line, source + ":" + lineNo);
              }
            }
            return true;
          }

          @Override
          public ReadResult next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            ReadResult r = next;
            next = null;
            return r;
          }
        };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
        .onClose(
            () -> {
              try {
                reader.close();
              } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + source, e);
              }
            });
  }

  private ReadResult jsonLine(String line, String source) {
    try {
      return new ReadResult.Read(finish(ExchangeJson.documentFromJson(ExchangeJson.parse(line))));
    } catch (ExchangeFormatException e) {
      return ReadResult.failed(source, e.getMessage());
    }
  }

  private Stream<ReadResult> json(byte[] bytes, String source) {
    try {
      var node = ExchangeJson.parse(new String(bytes, StandardCharsets.UTF_8));
      if (!node.isArray()) {
        return Stream.of(new ReadResult.Read(finish(ExchangeJson.documentFromJson(node))));
      }
      List<ReadResult> out = new ArrayList<>();
      int i = 0;
      for (var element : node) {
        try {
          out.add(new ReadResult.Read(finish(ExchangeJson.documentFromJson(element))));
        } catch (ExchangeFormatException e) {
          out.add(ReadResult.failed(source + "[" + i + "]", e.getMessage()));
        }
        i++;
      }
      return out.stream();
    } catch (ExchangeFormatException e) {
      return Stream.of(ReadResult.failed(source, e.getMessage()));
    }
  }

  private ReadResult text(byte[] bytes, String source) {
    String text = decode(bytes);
    if (text.isBlank()) {
      return ReadResult.failed(source, "the document has no text");
    }
    String title = text.strip().lines().findFirst().orElse("").strip();
    return new ReadResult.Read(
        finish(
            new Document(
                null,
                null,
                title.length() <= 200 ? title : null,
                null,
                null,
                null,
                null,
                text,
                "text/plain",
                bytes,
                null)));
  }

  private ReadResult html(byte[] bytes, String source) {
    HtmlText.Page page = HtmlText.page(decode(bytes), null);
    if (page.text().isBlank()) {
      return ReadResult.failed(source, "the HTML page has no readable text");
    }
    return new ReadResult.Read(
        finish(
            new Document(
                null,
                null,
                page.title(),
                page.url(),
                page.publisher(),
                page.published(),
                page.lang(),
                page.text(),
                "text/html",
                bytes,
                null)));
  }

  private ReadResult pdf(byte[] bytes, String source) {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(pdf).strip();
      if (text.isBlank()) {
        return ReadResult.failed(source, "the PDF has no extractable text (scanned image?)");
      }
      String title = pdf.getDocumentInformation().getTitle();
      return new ReadResult.Read(
          finish(
              new Document(
                  null,
                  null,
                  title == null || title.isBlank() ? null : title.strip(),
                  null,
                  null,
                  null,
                  null,
                  text,
                  "application/pdf",
                  bytes,
                  null)));
    } catch (IOException e) {
      return ReadResult.failed(source, "not a readable PDF: " + e.getMessage());
    }
  }

  private Stream<ReadResult> feed(byte[] bytes, String source) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IllegalArgumentException e) {
      return Stream.of(
          ReadResult.failed(source, "not a readable RSS/Atom feed: " + e.getMessage()));
    }
    List<ReadResult> out = new ArrayList<>();
    int i = 0;
    for (SyndEntry entry : feed.getEntries()) {
      i++;
      String html = entryHtml(entry);
      String text = html == null ? "" : HtmlText.fragmentText(html);
      if (text.isBlank()) {
        out.add(ReadResult.failed(source + "#" + i, "feed entry has no text"));
        continue;
      }
      Date when =
          entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      out.add(
          new ReadResult.Read(
              finish(
                  new Document(
                      null,
                      null,
                      entry.getTitle() == null ? null : entry.getTitle().strip(),
                      entry.getLink(),
                      feed.getTitle(),
                      when == null ? null : when.toInstant().atOffset(ZoneOffset.UTC).toLocalDate(),
                      feed.getLanguage() == null
                          ? null
                          : feed.getLanguage()
                              .substring(0, Math.min(2, feed.getLanguage().length())),
                      text,
                      "text/html",
                      html.getBytes(StandardCharsets.UTF_8),
                      null))));
    }
    return out.stream();
  }

  private static String entryHtml(SyndEntry entry) {
    StringBuilder sb = new StringBuilder();
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null) {
        sb.append(c.getValue()).append('\n');
      }
    }
    if (sb.length() == 0 && entry.getDescription() != null) {
      sb.append(entry.getDescription().getValue());
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private Document finish(Document d) {
    LocalDate published = d.published() == null ? defaultPublished : d.published();
    String language = d.language() == null ? languages.guess(d.text()) : d.language();
    if (published == d.published() && language == d.language()) {
      return d;
    }
    return new Document(
        d.id(),
        d.sha256(),
        d.title(),
        d.url(),
        d.publisher(),
        published,
        language,
        d.text(),
        d.contentType(),
        d.original(),
        d.capturedAt());
  }

  // Invalid bytes become U+FFFD instead of failing the document; a BOM is dropped.
  private static String decode(byte[] bytes) {
    String s = new String(bytes, StandardCharsets.UTF_8);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}

package org.harmwatch.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.harmwatch.core.json.ExchangeFormatException;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.text.LanguageGuesser;
import org.xml.sax.InputSource;

/**
 * Reads documents from files, directories and streams: JSON Lines in the exchange input format
 * ({@code .jsonl}, {@code .ndjson}), {@code .json} (one document or an array of them), {@code
 * .txt}, {@code .html}/{@code .htm}, {@code .pdf} and RSS/Atom feeds ({@code .rss}, {@code .atom},
 * {@code .xml}). Each item gives a {@link ReadResult}: a bad item is a {@link ReadResult.Failed}
 * naming its source ({@code file.jsonl:17}, {@code file.json[3]}, {@code feed.rss#2}) and the
 * reason, and reading goes on; nothing is dropped silently. JSON Lines and JSON arrays are
 * streamed, so memory stays flat for any number of documents; whole-file formats are limited to
 * {@value #MAX_FILE_BYTES} bytes and a JSON line to {@value #MAX_LINE_CHARS} characters.
 *
 * <p>Documents without a language get {@link LanguageGuesser}'s guess; documents without a date get
 * the reader's default publication date, if any.
 *
 * <p>Returned streams are lazy and hold open files: always close them (try-with-resources); {@link
 * #read(InputStream, String)} streams also close their input stream. Thread-safe: the reader is
 * immutable, each returned stream is for one thread.
 */
public final class DocumentReader {
  /** The largest PDF, HTML, text, feed or stdin document read whole, in bytes. */
  public static final int MAX_FILE_BYTES = 256 * 1024 * 1024;

  /** The longest JSON line accepted, in characters; longer lines are rejected and skipped. */
  public static final int MAX_LINE_CHARS = 32 * 1024 * 1024;

  private static final Set<String> WHOLE_FILE_TYPES =
      Set.of("txt", "text", "html", "htm", "pdf", "xml", "rss", "atom");

  private final LocalDate defaultPublished;
  private final LanguageGuesser languages = new LanguageGuesser();

  /** A reader that leaves documents without a publication date undated. */
  public DocumentReader() {
    this(null);
  }

  /**
   * A reader that gives {@code defaultPublished} (may be null) to documents that have no date of
   * their own.
   */
  public DocumentReader(LocalDate defaultPublished) {
    this.defaultPublished = defaultPublished;
  }

  /**
   * Reads a file, or every regular file below a directory (recursively, in sorted path order;
   * hidden files and directories, whose names start with '.', are skipped). The format is chosen by
   * extension; an unknown extension gives one {@link ReadResult.Failed} naming it.
   */
  public Stream<ReadResult> read(Path path) {
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(path)) {
        files =
            walk.filter(Files::isRegularFile)
                .filter(p -> !hidden(path.relativize(p)))
                .sorted()
                .toList();
      } catch (IOException | UncheckedIOException e) {
        return Stream.of(ReadResult.failed(path.toString(), "cannot list directory: " + e));
      }
      return files.stream().flatMap(this::readFile);
    }
    if (!Files.exists(path)) {
      return Stream.of(ReadResult.failed(path.toString(), "no such file or directory"));
    }
    return readFile(path);
  }

  /**
   * Reads a stream (e.g. standard input) whose format is sniffed from its first bytes: JSON Lines
   * when the first non-blank character is '{', a JSON array for '[', PDF for {@code %PDF}, a feed
   * for {@code <rss}, {@code <feed}, {@code <rdf:RDF} or other XML, HTML for markup that looks like
   * HTML, else one plain-text document. Closing the returned stream closes {@code in}.
   */
  public Stream<ReadResult> read(InputStream in, String sourceName) {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    String head;
    try {
      buffered.mark(4096);
      byte[] start = sniff(buffered);
      buffered.reset();
      Charset bom = TextDecoding.bomCharset(start);
      head =
          new String(start, bom == null ? StandardCharsets.UTF_8 : bom)
              .replace("\uFEFF", "")
              .stripLeading()
              .toLowerCase(Locale.ROOT);
    } catch (IOException e) {
      return closing(
          Stream.of(ReadResult.failed(sourceName, "cannot read: " + e.getMessage())), buffered);
    }
    if (head.startsWith("{")) {
      return jsonLines(buffered, sourceName);
    }
    if (head.startsWith("[")) {
      return closing(jsonDocuments(buffered, sourceName), buffered);
    }
    return closing(
        lazy(
            sourceName,
            () -> {
              byte[] bytes;
              try {
                bytes = buffered.readNBytes(MAX_FILE_BYTES + 1);
              } catch (IOException e) {
                return Stream.of(ReadResult.failed(sourceName, "cannot read: " + e.getMessage()));
              }
              if (bytes.length > MAX_FILE_BYTES) {
                return Stream.of(
                    ReadResult.failed(
                        sourceName, "input is larger than " + MAX_FILE_BYTES + " bytes"));
              }
              if (head.startsWith("%pdf")) {
                return Stream.of(pdf(bytes, sourceName));
              }
              if (head.startsWith("<")) {
                if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
                  return feed(bytes, sourceName);
                }
                if (looksLikeHtml(head)) {
                  return Stream.of(html(bytes, sourceName));
                }
                if (head.startsWith("<?xml")) {
                  return feed(bytes, sourceName);
                }
              }
              return Stream.of(text(bytes, sourceName));
            }),
        buffered);
  }

  // Up to 4 KiB of the input; a read error after the first bytes is left for the format's reader,
  // which reports it at the line where it happens.
  private static byte[] sniff(InputStream in) throws IOException {
    byte[] buf = new byte[4096];
    int n = 0;
    try {
      while (n < buf.length) {
        int r = in.read(buf, n, buf.length - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
    } catch (IOException e) {
      if (n == 0) {
        throw e;
      }
    }
    return Arrays.copyOf(buf, n);
  }

  private static boolean looksLikeHtml(String head) {
    for (String tag :
        List.of(
            "<!doctype html",
            "<html",
            "<head",
            "<body",
            "<meta",
            "<title",
            "<p",
            "<div",
            "<article",
            "<h1",
            "<h2",
            "<span",
            "<br",
            "<table",
            "<ul")) {
      if (head.contains(tag)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a file named {@code fileName} is of a type this reader reads, by its extension (case
   * does not matter).
   */
  public static boolean supports(String fileName) {
    String ext = extension(fileName);
    return ext.equals("jsonl")
        || ext.equals("ndjson")
        || ext.equals("json")
        || WHOLE_FILE_TYPES.contains(ext);
  }

  /**
   * Reads the bytes of a file named {@code fileName} (e.g. an upload), whose format is chosen by
   * extension as for {@link #read(Path)}; rejections name {@code fileName} as their source.
   */
  public Stream<ReadResult> read(String fileName, byte[] bytes) {
    String ext = extension(fileName);
    if (ext.equals("jsonl") || ext.equals("ndjson") || ext.equals("json")) {
      InputStream in = new ByteArrayInputStream(bytes);
      return ext.equals("json")
          ? closing(jsonDocuments(in, fileName), in)
          : jsonLines(in, fileName);
    }
    if (!WHOLE_FILE_TYPES.contains(ext)) {
      return Stream.of(ReadResult.failed(fileName, unsupported(ext)));
    }
    if (bytes.length > MAX_FILE_BYTES) {
      return Stream.of(
          ReadResult.failed(fileName, "input is larger than " + MAX_FILE_BYTES + " bytes"));
    }
    return lazy(fileName, () -> wholeFile(ext, bytes, fileName));
  }

  private static String extension(String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
  }

  private static String unsupported(String ext) {
    return (ext.isEmpty() ? "file has no extension" : "unsupported file type '." + ext + "'")
        + " (use .jsonl, .ndjson, .json, .txt, .html, .htm, .pdf, .rss, .atom or .xml)";
  }

  private Stream<ReadResult> wholeFile(String ext, byte[] bytes, String source) {
    return switch (ext) {
      case "txt", "text" -> Stream.of(text(bytes, source));
      case "html", "htm" -> Stream.of(html(bytes, source));
      case "pdf" -> Stream.of(pdf(bytes, source));
      default -> feed(bytes, source);
    };
  }

  private Stream<ReadResult> readFile(Path file) {
    String ext = extension(file.getFileName().toString());
    String source = file.toString();
    if (ext.equals("jsonl") || ext.equals("ndjson") || ext.equals("json")) {
      InputStream in;
      try {
        in = Files.newInputStream(file);
      } catch (IOException e) {
        return Stream.of(ReadResult.failed(source, "cannot open: " + e));
      }
      return ext.equals("json") ? closing(jsonDocuments(in, source), in) : jsonLines(in, source);
    }
    if (!WHOLE_FILE_TYPES.contains(ext)) {
      return Stream.of(ReadResult.failed(source, unsupported(ext)));
    }
    return lazy(
        source,
        () -> {
          byte[] bytes;
          try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
              return Stream.of(
                  ReadResult.failed(
                      source,
                      "file is " + size + " bytes, larger than the " + MAX_FILE_BYTES + " limit"));
            }
            bytes = Files.readAllBytes(file);
          } catch (IOException e) {
            return Stream.of(ReadResult.failed(source, "cannot read: " + e));
          }
          return wholeFile(ext, bytes, source);
        });
  }

  /**
   * Defers {@code body} until the stream is consumed, and turns any unexpected runtime failure of a
   * third-party parser into a rejection of {@code source}, so one hostile file never ends a batch.
   */
  private static Stream<ReadResult> lazy(String source, Supplier<Stream<ReadResult>> body) {
    return Stream.of(source)
        .flatMap(
            s -> {
              try {
                // Materialised here so that parser failures surface inside this try.
                return body.get().toList().stream();
              } catch (RuntimeException e) {
                return Stream.of(unexpected(s, e));
              }
            });
  }

  private static ReadResult unexpected(String source, RuntimeException e) {
    return ReadResult.failed(
        source, "could not be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
  }

  private static Stream<ReadResult> closing(Stream<ReadResult> results, InputStream in) {
    return results.onClose(
        () -> {
          try {
            in.close();
          } catch (IOException e) {
            throw new UncheckedIOException("cannot close input", e);
          }
        });
  }

  private Stream<ReadResult> jsonLines(InputStream in, String source) {
    LineReader lines =
        new LineReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)),
            MAX_LINE_CHARS);
    return ResultStream.of(
        new ResultStream.Step() {
          private long lastLine;
          private boolean done;

          @Override
          public ReadResult next() {
            while (!done) {
              LineReader.Line line;
              try {
                line = lines.next();
              } catch (IOException | UncheckedIOException e) {
                // The rest of the input is unreachable: say where reading stopped, then end.
                done = true;
                return ReadResult.failed(
                    source + ":" + (lastLine + 1), "read error, rest of input lost: " + e);
              }
              if (line == null) {
                done = true;
                return null;
              }
              lastLine = line.number();
              String where = source + ":" + line.number();
              if (line.text() == null) {
                return ReadResult.failed(
                    where, "line is longer than " + MAX_LINE_CHARS + " characters");
              }
              String text = line.number() == 1 ? line.text().replace("\uFEFF", "") : line.text();
              if (!text.isBlank()) {
                return jsonLine(text, where);
              }
            }
            return null;
          }
        },
        lines,
        source);
  }

  private ReadResult jsonLine(String line, String source) {
    try {
      return document(ExchangeJson.parse(line));
    } catch (ExchangeFormatException e) {
      return ReadResult.failed(source, e.getMessage());
    } catch (RuntimeException e) {
      return unexpected(source, e);
    }
  }

  private ReadResult document(JsonNode node) {
    return new ReadResult.Read(finish(ExchangeJson.documentFromJson(node)));
  }

  /** One JSON document, or a JSON array of documents read element by element. */
  private Stream<ReadResult> jsonDocuments(InputStream in, String source) {
    JsonParser parser;
    JsonToken first;
    try {
      parser = ExchangeJson.mapper().createParser(in);
      first = parser.nextToken();
    } catch (JsonProcessingException e) {
      return Stream.of(ReadResult.failed(source, "not valid JSON: " + e.getOriginalMessage()));
    } catch (IOException e) {
      return Stream.of(ReadResult.failed(source, "cannot read: " + e));
    }
    if (first == null) {
      return Stream.of(ReadResult.failed(source, "the JSON file is empty"));
    }
    if (first == JsonToken.START_OBJECT) {
      return Stream.of(jsonValue(parser, source));
    }
    if (first != JsonToken.START_ARRAY) {
      return Stream.of(
          ReadResult.failed(
              source, "a JSON file must hold one document object or an array of them"));
    }
    return ResultStream.of(
        new ResultStream.Step() {
          private int index;
          private boolean done;

          @Override
          public ReadResult next() {
            if (done) {
              return null;
            }
            String where = source + "[" + index + "]";
            ReadResult result;
            try {
              JsonToken t = parser.nextToken();
              if (t == null || t == JsonToken.END_ARRAY) {
                done = true;
                return null;
              }
              result = jsonValue(parser, where);
              index++;
            } catch (JsonProcessingException e) {
              done = true;
              return ReadResult.failed(where, "not valid JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
              done = true;
              return ReadResult.failed(where, "read error, rest of input lost: " + e);
            }
            if (result instanceof ReadResult.Failed f
                && f.rejected().reason().startsWith("not valid JSON")) {
              // The parser cannot find the next element after a syntax error.
              done = true;
            }
            return result;
          }
        },
        parser,
        source);
  }

  private ReadResult jsonValue(JsonParser parser, String where) {
    try {
      JsonNode node = parser.readValueAsTree();
      return document(node);
    } catch (JsonProcessingException e) {
      return ReadResult.failed(where, "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      return ReadResult.failed(where, "read error: " + e);
    } catch (ExchangeFormatException e) {
      return ReadResult.failed(where, e.getMessage());
    } catch (RuntimeException e) {
      return unexpected(where, e);
    }
  }

  private ReadResult text(byte[] bytes, String source) {
    String text;
    try {
      text = TextDecoding.text(bytes);
    } catch (TextDecoding.Undecodable e) {
      return ReadResult.failed(source, e.getMessage());
    }
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
    HtmlText.Page page;
    try {
      page = HtmlText.page(TextDecoding.html(bytes), null);
    } catch (TextDecoding.Undecodable e) {
      return ReadResult.failed(source, e.getMessage());
    }
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
      PDFTextStripper stripper = new PDFTextStripper();
      // Fixed separators so the text, and every evidence offset into it, is the same on any OS.
      stripper.setLineSeparator("\n");
      stripper.setParagraphEnd("\n");
      String text = stripper.getText(pdf).strip();
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
      String where = source + "#" + i;
      try {
        out.add(entry(feed, entry, where));
      } catch (RuntimeException e) {
        out.add(unexpected(where, e));
      }
    }
    if (out.isEmpty()) {
      out.add(ReadResult.failed(source, "the feed has no entries"));
    }
    return out.stream();
  }

  private ReadResult entry(SyndFeed feed, SyndEntry entry, String where) {
    SyndContent content = entryContent(entry);
    if (content == null) {
      return ReadResult.failed(where, "feed entry has no description or content");
    }
    String value = content.getValue();
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    boolean plain = type.equals("text") || type.equals("text/plain");
    String text = plain ? value.replace("\r\n", "\n").strip() : HtmlText.fragmentText(value);
    if (text.isBlank()) {
      return ReadResult.failed(where, "feed entry has no text");
    }
    Date when =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    String lang = feed.getLanguage();
    return new ReadResult.Read(
        finish(
            new Document(
                null,
                null,
                entry.getTitle() == null || entry.getTitle().isBlank()
                    ? null
                    : entry.getTitle().strip(),
                entry.getLink(),
                feed.getTitle() == null || feed.getTitle().isBlank()
                    ? null
                    : feed.getTitle().strip(),
                when == null ? null : when.toInstant().atOffset(ZoneOffset.UTC).toLocalDate(),
                lang == null || lang.isBlank()
                    ? null
                    : lang.strip()
                        .substring(0, Math.min(2, lang.strip().length()))
                        .toLowerCase(Locale.ROOT),
                text,
                plain ? "text/plain" : "text/html",
                value.getBytes(StandardCharsets.UTF_8),
                null)));
  }

  // Full content beats the summary; the first non-empty one is the entry's document.
  private static SyndContent entryContent(SyndEntry entry) {
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) {
        return c;
      }
    }
    SyndContent d = entry.getDescription();
    return d == null || d.getValue() == null || d.getValue().isBlank() ? null : d;
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
}

package org.harmwatch.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.harmwatch.core.text.LanguageGuesser;

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

  private final JsonReader json;
  private final FormatReader text;
  private final FormatReader html;
  private final FormatReader pdf;
  private final FormatReader feed;

  /** A reader that leaves documents without a publication date undated. */
  public DocumentReader() {
    this(null);
  }

  /**
   * A reader that gives {@code defaultPublished} (may be null) to documents that have no date of
   * their own.
   */
  public DocumentReader(LocalDate defaultPublished) {
    DocumentDefaults defaults = new DocumentDefaults(defaultPublished);
    this.json = new JsonReader(defaults, MAX_LINE_CHARS);
    this.text = new TextReader(defaults);
    this.html = new HtmlReader(defaults);
    this.pdf = new PdfReader(defaults);
    this.feed = new FeedReader(defaults);
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
      return json.lines(buffered, sourceName);
    }
    if (head.startsWith("[")) {
      return closing(json.documents(buffered, sourceName), buffered);
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
                return pdf.read(bytes, sourceName);
              }
              if (head.startsWith("<")) {
                if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
                  return feed.read(bytes, sourceName);
                }
                if (looksLikeHtml(head)) {
                  return html.read(bytes, sourceName);
                }
                if (head.startsWith("<?xml")) {
                  return feed.read(bytes, sourceName);
                }
              }
              return text.read(bytes, sourceName);
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
          ? closing(json.documents(in, fileName), in)
          : json.lines(in, fileName);
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
    FormatReader reader =
        switch (ext) {
          case "txt", "text" -> text;
          case "html", "htm" -> html;
          case "pdf" -> pdf;
          default -> feed;
        };
    return reader.read(bytes, source);
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
      return ext.equals("json") ? closing(json.documents(in, source), in) : json.lines(in, source);
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
                return Stream.of(FormatReader.unexpected(s, e));
              }
            });
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
}
